/**
 * The element table: every tag the package defines, and where each of its parts lives. Adding an
 * element means its folder (`src/components/<tag>/`, see CONTRIBUTING.md), its strings in each
 * language folder of `src/i18n/`, and one entry in each column below (and in `ELEMENT_CLASSES`, index.ts);
 * TypeScript fails the build while a column misses a tag, and `test/node/element-table.test.mjs` fails while anything that
 * derives from the table disagrees with it:
 *
 * - the script-tag loader's chunk map is `ELEMENTS` itself (src/loader.ts);
 * - `all.ts` registers each tag's class from `ELEMENT_CLASSES`, the one column that lives in
 *   `index.ts` (typed by `DossierTag`): its classes are static imports, and a module that also
 *   holds dynamic imports makes bundlers wrap every module they reach for lazy evaluation
 *   (esbuild: +2.2 KB gzip on `dossier-widgets/all.js`), so `all.ts` must not import this one;
 * - the React and Vue typings map over `DossierTag` (src/frameworks/);
 * - the embed generator offers the `EMBEDS` descriptors, in their order: each says what the
 *   element's options are, how its fallback content is written and whether it pre-renders;
 * - package.json's per-tag `exports` and `sideEffects` are written from `ELEMENTS` by
 *   `npm run sync-package`.
 *
 * Columns are separate exports so that each consumer keeps only its own: Rollup drops the unused
 * ones (and their dynamic imports) from the loader, which weighs on every partner page.
 */
import type { EmbedDescriptor } from './generator/embed-descriptor.js';

/** Each tag's registering module (`<tag>.js`: defines the tag), loaded on demand. */
export const ELEMENTS = {
  'dossier-feed': () => import('./components/dossier-feed/dossier-feed.js'),
  'dossier-quote': () => import('./components/dossier-quote/dossier-quote.js'),
  'actor-card': () => import('./components/actor-card/actor-card.js'),
  'actor-list': () => import('./components/actor-list/actor-list.js'),
  'initiative-map': () => import('./components/initiative-map/initiative-map.js'),
  'dossier-intro': () => import('./components/dossier-intro/dossier-intro.js'),
};

/** A tag the package defines. */
export type DossierTag = keyof typeof ELEMENTS;

/**
 * The widgets a partner embeds, in the order the generator offers them, with their embed
 * descriptor (`<tag>.embed.ts`). `<dossier-feed>` is not one: it wraps widgets.
 */
export const EMBEDS = {
  'dossier-quote': () => import('./components/dossier-quote/dossier-quote.embed.js'),
  'actor-card': () => import('./components/actor-card/actor-card.embed.js'),
  'dossier-intro': () => import('./components/dossier-intro/dossier-intro.embed.js'),
  'actor-list': () => import('./components/actor-list/actor-list.embed.js'),
  'initiative-map': () => import('./components/initiative-map/initiative-map.embed.js'),
} satisfies Partial<Record<DossierTag, () => Promise<{ embed: EmbedDescriptor }>>>;

/** A tag the embed generator offers. */
export type WidgetTag = keyof typeof EMBEDS;
