// @ts-check
/* global document, performance, requestAnimationFrame -- runs in the page */
/**
 * Mounts and removes widgets, for the memory test (test/memory.test.ts) and the bench's memory
 * section (scripts/bench/memory.mjs), which share the plan below. `mountCycles` is
 * self-contained (no import, no outer name): the bench sends its source to the page.
 */

/** @typedef {[tag: string, attributes: Record<string, string>]} Kind */

/** Every widget kind, each showing something of the sample feed (demo/feeds/pratiques-collaboratives.json). */
export const MEMORY_KINDS = /** @type {Kind[]} */ ([
  ['dossier-quote', {}],
  ['actor-card', { actor: 'damien-caillard', 'with-quote': '' }],
  ['actor-list', {}],
  ['initiative-map', {}],
  ['dossier-intro', {}],
]);

/**
 * Mounts of each kind before the first measure: what is made once and kept (styles, templates,
 * the map's geometry chunk, i18n tables, the engine's compiled code) is made by then.
 */
export const MEMORY_WARM_UP = 100;
/** Mounts of each kind measured, and how many stand in the page at once. */
export const MEMORY_MOUNTS = 1000;
export const MEMORY_BATCH = 100;

/**
 * The bound on heap growth (V8 + Blink, after forced GC) over the 5,000 measured mounts and
 * removals. See the figures it is set from below.
 */
export const MEMORY_BOUND = 1024 * 1024;

/**
 * Mounts `count` elements `tag` with the attributes `attributes` inside `host` (a
 * `<dossier-feed>`), `batch` at a time: each batch is appended, awaited until every element
 * rendered its content (`dossier-load`) and a frame was drawn, then removed.
 * @param {Element} host
 * @param {string} tag
 * @param {Record<string, string>} attributes
 * @param {number} count
 * @param {number} batch
 * @returns {Promise<number>} milliseconds taken
 */
export async function mountCycles(host, tag, attributes, count, batch) {
  const started = performance.now();
  for (let done = 0; done < count; done += batch) {
    /** @type {HTMLElement[]} */
    const elements = [];
    /** @type {Promise<unknown>[]} */
    const loaded = [];
    for (let i = 0; i < Math.min(batch, count - done); i++) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      loaded.push(
        new Promise((resolve, reject) => {
          element.addEventListener('dossier-load', resolve, { once: true });
          element.addEventListener('dossier-error', (event) => reject(new Error(`<${tag}>: ${JSON.stringify(/** @type {CustomEvent} */ (event).detail?.kind)}`)), { once: true });
        }),
      );
      elements.push(element);
    }
    host.append(...elements);
    await Promise.all(loaded);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const element of elements) element.remove();
  }
  return performance.now() - started;
}
