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
  { name: 'loader + <dossier-quote> + shared core (ceiling; target 12 KB not met)', tags: ['dossier-quote'], limit: 14_880 },
  { name: 'everything for the map page (feed, map, geometry)', tags: ['dossier-feed', 'initiative-map'], limit: 40 * KB },
];

test('the script-tag build exists (npm test builds before this)', () => {
  assert.ok(existsSync(`${cdn}/loader.js`), 'dist/cdn/loader.js is missing: run npm run build');
});

for (const { name, tags, limit } of budgets) {
  test(`${name} ≤ ${(limit / KB).toFixed(1)} KB gzip`, () => {
    const { gzip, files } = weigh(pageFiles(cdn, tags, mapRegion), root);
    assert.ok(gzip <= limit, `${name}: ${gzip} B > ${limit} B\n${files.map((f) => `  ${f.gzip}\t${f.file}`).join('\n')}`);
  });
}
