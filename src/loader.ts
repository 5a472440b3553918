/**
 * The script-tag entry: a few hundred bytes that define each element only when it appears in
 * the page, at load or later (added by a CMS, a framework, an infinite scroll), by importing
 * just that element's chunk, once. A page with only a quote never downloads the map.
 *
 * It reads no Lit and no element code itself. Elements rendered inside another component's
 * shadow root are out of its sight: such apps import `dossier-widgets/all.js` (or one
 * element) from npm instead, or call `dossierWidgets.load(root)`.
 */
import { importChecked, type IntegrityFailure } from './chunk-integrity.js';
import { ELEMENTS } from './elements.js';
import { VERSION } from './version.js';

/** The element table's chunks, each taken out while it loads (a copy: the table stays whole). */
const chunks: Record<string, () => Promise<unknown>> = { ...ELEMENTS };
// An array's string is its items, comma-separated: the selector of every tag.
const TAGS = String(Object.keys(chunks));

function define(tag: string) {
  const chunk = chunks[tag];
  // Taken out of the table while it loads, so that it loads once.
  if (!chunk || customElements.get(tag)) return;
  delete chunks[tag];
  chunk().catch((error: Error & IntegrityFailure) => {
    // Bytes that are not the build's stay refused: no other try. The elements keep their
    // fallback content and say why, as a feed error would (the failure path warned, naming
    // the file).
    if (error.report) return error.report(tag);
    // A flaky network must not leave the tag dead for the page's lifetime: allow another try.
    chunks[tag] = chunk;
    console.warn(`dossier-widgets: could not load <${tag}>: ${error}`);
  });
}

/** Defines every dossier element found in `root` (a document, an element or a shadow root). */
function load(root: ParentNode = document) {
  // The root too, when it is one of them (a document or a shadow root has no `matches`).
  if ((root as Element).matches?.(TAGS)) define((root as Element).localName);
  root.querySelectorAll(TAGS).forEach((el) => define(el.localName));
}

interface LoaderGlobal {
  version: string;
  load: typeof load;
  /** What the built chunks call for their own dynamic imports (scripts/rollup/chunk-integrity.mjs). */
  importChecked: typeof importChecked;
}
const KEY = Symbol.for('dossier-widgets.loader');
const global = globalThis as unknown as Record<symbol, LoaderGlobal | undefined> & { dossierWidgets?: LoaderGlobal };
const existing = global[KEY];

if (existing) {
  // The loader pasted twice, or two versions: the first one serves the page.
  if (existing.version !== VERSION) {
    console.warn(`dossier-widgets ${VERSION}: loader ${existing.version} is already running, and keeps serving this page.`);
  }
} else {
  global[KEY] = { version: VERSION, load, importChecked };
  global.dossierWidgets ??= global[KEY];
  load();
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && load(node));
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Exported embed pages in iframes post their height (size-frames.ts sizes their frames): that
  // code loads with the first message that carries a `height` (it checks the rest), so a page
  // without such frames never downloads it. A failed load leaves the frames as they are.
  addEventListener('message', (event) => {
    if (event.data?.height) import('./size-frames.js').then((frames) => frames.sizeFrame(event), () => {});
  });
}
