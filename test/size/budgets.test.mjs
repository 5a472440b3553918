/**
 * Size budgets of the script-tag build, in gzip bytes (level 9), checked after `npm run build`
 * by `npm test`. A page pays for the loader plus the chunks its elements pull in.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { closure, dynamicImports, pageFiles, weigh } from '../../scripts/cdn-closure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = `${root}dist/cdn`;
const KB = 1024;

/** The map's own dynamic import: the geometry of the sample's region (Auvergne-Rhône-Alpes). */
const mapRegion = (tag, chunk) =>
  tag === 'initiative-map' ? [...closure(chunk)].flatMap(dynamicImports).filter((f) => f.includes('/FR-ARA-')) : [];

/*
 * The issue's target for the quote page is 12 KB. It is NOT met: the page downloads three files,
 * 13.4 KB (13,731 B when this was written): loader 0.6 KB, <dossier-quote> 1.4 KB, and the
 * shared core chunk 11.2 KB, with Lit in it. Lit's floor, the smallest Lit element built like
 * dist/cdn, is 5,817 B (`npm run bench`, SIZES): with the loader's 619 B, that leaves 5,852 B
 * for the feed parser, store, data controller, base element, theme, strings and the quote,
 * which take ~7,290 B. (The page was 14,969 B in four files before decorators, @lit/context's
 * consumer and a second shared chunk left.) Further trims measured
 * (a data-driven parser: −113 B; hidden source maps: −93 B; CSS, terser options, private
 * names: a few bytes each) were not worth their cost, and the quote's code
 * in the core chunk ~270 B at +1 KB for every other page. 12 KB would take dropping more than
 * features: a throwaway build without the English strings (−137 B), the parser's messages
 * (−263 B), the console messages (−114 B), pre-render adoption and custom states (−144 B), and
 * the error messages and retry button (−240 B) still weighed 12,669 B.
 * Three features since then cost 55 B (the parser's language-tag check), 93 B (theme="auto"
 * following the page's color-scheme) and ~70 B (the loader's iframe sizing: a listener, the
 * sizing itself being a chunk of its own). Trims of the code on this page paid for them: the
 * page was 13,799 B without the features and is 13,803 B with them (each trim says its bytes
 * in its commit): a CSS minifier that also drops spaces around / and *, and
 * leading zeros; source maps named after their chunk without the hash; the version inlined
 * rather than imported from loader.js; a widget as its own DataOptions; the parser's id
 * references resolved in one place; shorter CSS that renders the same. Hidden source maps
 * stay out (DevTools must find the maps, f5fe949).
 * Issue #13 then asked for three features that every widget page runs, and raised this
 * ceiling from 13,824 B to what they measure, 15,467 B, each paid down first (no saving of
 * their size was found elsewhere on the page; each branch measured its own):
 * - last known good: +139 B in the core (the cache chunk's import, a copy's newer feed in place,
 *   the stale note and event, cache="none"); the rest is the on-demand chunk below;
 * - feeds too big: +307 B in the core (the byte count as the body arrives, ~86 B; the parser
 *   written as steps, ~65 B; the on-demand sliced parser's import, ~68 B; the too-large error,
 *   its message and max-size); the sliced parser itself is a chunk of its own, over 1 MiB only;
 * - Subresource Integrity: +1,202 B, 1,046 B in the loader (below) and 154 B in the core, the
 *   hashes of the two chunks the core itself imports on demand.
 * Subresource Integrity for the chunks (#13 item 3; README, "Integrity") costs this page 1,046 B,
 * all in the loader: 13,819 B before it, 14,865 B with it. 745 B of it are the sha384 of the 13
 * files the loader may run (its elements' and size-frames' 12 chunks, and the failure path),
 * incompressible: the digests alone, 13 × 48 = 624 B, are the floor; base64 text and the shared
 * chunks' hashes repeated in several lists make the rest (one table of hashes instead measured
 * +75 B: gzip copies a repeat for ~3 B). 301 B are code and names: a modulepreload link with
 * `integrity` per file, and the files' names (94 B of them their six hash characters). What a
 * refusal needs (telling it from a network failure, the warning, `dossier-error`) is a chunk
 * downloaded after a failed import only. It is in the default loader because the snippet pins
 * loader.js by its `integrity` (the generator's always does), and a pinned loader that runs
 * unpinned chunks pins nothing. sha256 instead of sha384 would save 229 B (the issue asks for
 * sha384).
 * The budget below is a regression ceiling a little above the measured size, not the target;
 * `npm run bench` prints the target with PASS/OVER.
 */
const budgets = [
  { name: 'loader', tags: [], limit: 3 * KB },
  { name: 'loader + <dossier-quote> + shared core (ceiling; target 12 KB not met)', tags: ['dossier-quote'], limit: 15_488 },
  { name: 'everything for the map page (feed, map, geometry)', tags: ['dossier-feed', 'initiative-map'], limit: 40 * KB },
];

/*
 * The last-known-good chunk (src/feed/feed-cache.ts: read, write, LRU, the stale note and its
 * strings, the feed writer) is a figure of its own, not counted in the quote page above: the
 * core imports it when a widget loads a feed with the cache (the default), while the feed's
 * request is already under way. On a first visit it downloads in parallel with the feed, and
 * the first render does not wait for it when the feed answers first; on a repeat visit (HTTP
 * cache) it is what reads the copy that renders first. Its ceiling, like the others, is a
 * little above its measured size (1,683 B when this was written).
 */
const CACHE_CHUNK_LIMIT = 1.75 * KB;

test('the script-tag build exists (npm test builds before this)', () => {
  assert.ok(existsSync(`${cdn}/loader.js`), 'dist/cdn/loader.js is missing: run npm run build');
});

for (const { name, tags, limit } of budgets) {
  test(`${name} ≤ ${(limit / KB).toFixed(1)} KB gzip`, () => {
    const { gzip, files } = weigh(pageFiles(cdn, tags, mapRegion), root);
    assert.ok(gzip <= limit, `${name}: ${gzip} B > ${limit} B\n${files.map((f) => `  ${f.gzip}\t${f.file}`).join('\n')}`);
  });
}

/*
 * Issue #12: "all of France's geometry is at most 30 KB gzip", read strictly, as `npm run bench`
 * prints it: with the map's own code (its files that no other element loads), since the geometry
 * alone was already under 30 KB when the issue measured 36.2 KB. A map of all France loads every
 * region's chunk and the decoder they import. And Auvergne-Rhône-Alpes, the region of the sample
 * and of the map page above, no bigger than it was then: 3,016 B, its chunk alone at the time;
 * now its chunk and the decoder.
 */
const elementChunks = () => dynamicImports(`${cdn}/loader.js`);
const mapChunk = () => elementChunks().find((c) => c.includes('/initiative-map-'));
const regionChunks = (only = /\/FR-[A-Z]+-/) => [...closure(mapChunk())].flatMap(dynamicImports).filter((f) => only.test(f));
const closureOf = (files) => new Set(files.flatMap((f) => [...closure(f)]));

test('all of France: the map\'s own code and every region\'s geometry ≤ 30.0 KB gzip', () => {
  const shared = closureOf(elementChunks().filter((c) => c !== mapChunk()));
  const own = [...closure(mapChunk())].filter((f) => !shared.has(f));
  const geometry = closureOf(regionChunks());
  assert.equal(regionChunks().length, 13, 'the map loads 13 regions');
  const { gzip, files } = weigh(new Set([...own, ...geometry]), root);
  assert.ok(gzip <= 30 * KB, `all of France: ${gzip} B > ${30 * KB} B\n${files.map((f) => `  ${f.gzip}\t${f.file}`).join('\n')}`);
});

test('Auvergne-Rhône-Alpes\' geometry (its chunk and what it imports) ≤ 3,016 B gzip, its size when issue #12 was filed', () => {
  const files = closureOf(regionChunks(/\/FR-ARA-/));
  assert.ok(files.size >= 1, 'no FR-ARA chunk');
  const { gzip, files: list } = weigh(files, root);
  assert.ok(gzip <= 3016, `FR-ARA: ${gzip} B > 3016 B\n${list.map((f) => `  ${f.gzip}\t${f.file}`).join('\n')}`);
});

test(`the last-known-good chunk (loaded with the first feed, beside it) ≤ ${(CACHE_CHUNK_LIMIT / KB).toFixed(2)} KB gzip`, () => {
  const cores = [...pageFiles(cdn, ['dossier-quote'])].filter((f) => /\/core-[\w-]+\.js$/.test(f));
  const chunk = cores.flatMap(dynamicImports).find((f) => /\/feed-cache-[\w-]+\.js$/.test(f));
  assert.ok(chunk, 'the core chunk imports no feed-cache chunk');
  // Its static imports are the core chunk's, already counted on every widget page.
  assert.deepEqual([...closure(chunk)].filter((f) => f !== chunk && !cores.includes(f)), [], 'the cache chunk pulls in another chunk');
  const { gzip } = weigh([chunk], root);
  assert.ok(gzip <= CACHE_CHUNK_LIMIT, `${chunk}: ${gzip} B > ${CACHE_CHUNK_LIMIT} B`);
});
