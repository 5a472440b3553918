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
 * removals in test/memory.test.ts: 1 MB. Measured on this project's machine (Chromium 156, 2
 * cores), four runs of the test: +478, +516, +585 and +651 KB, from idle to a load average of
 * 20; the DOM nodes and listeners came back exactly every time. That is the rate of the figure
 * measured before the test existed (about 100 KB per 1,100 mounts), and mostly the engine
 * settling, not widgets kept: quotes mounted 1,000 at a time after the first 1,000 added 36,
 * 12, 12, 10 and 0 KB. 1 MB is 1.5 times the worst run. Against it, a widget kept after its
 * removal weighs 10 KB (a quote), 13 KB (a card), 54 KB (an intro), 76 KB (a map) and 134 KB
 * (a list of the sample's 15 actors) (`BENCH_ONLY=memory npm run bench`): keeping one quote in
 * ten, one map in 75 or one list in 130 crosses it; and a single widget kept leaves DOM nodes
 * behind, which the test counts too.
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
