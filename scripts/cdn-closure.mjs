/**
 * What a page downloads from the script-tag build: an entry file plus the chunks it imports
 * statically (followed transitively), and optionally the chunks of some dynamic imports.
 * Shared by the size budgets (test/size) and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
/**
 * A dynamic import as the build renders it (scripts/rollup/chunk-integrity.mjs): the list of the
 * files it runs, `name sha384 name sha384…`, names without `.js`; the last is the import's target.
 */
const CHECKED_IMPORT = /["'](?:[\w./-]+ [A-Za-z0-9+/]{64} )*([\w./-]+) [A-Za-z0-9+/]{64}["']/g;

/** Static import closure of `file` (absolute paths), itself included. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) closure(join(dirname(file), spec), seen);
  return seen;
}

/**
 * The dynamic imports a file makes, resolved to absolute paths. A checked import's names are
 * relative to a chunk's own folder, or for the loader to its chunks/ folder.
 */
export function dynamicImports(file) {
  const code = readFileSync(file, 'utf8');
  const base = basename(file) === 'loader.js' ? join(dirname(file), 'chunks') : dirname(file);
  return [
    ...[...code.matchAll(DYNAMIC_IMPORT)].map(([, spec]) => join(dirname(file), spec)),
    ...[...code.matchAll(CHECKED_IMPORT)].map(([, name]) => join(base, `${name}.js`)),
  ];
}

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Total gzip bytes of a set of files, and the list, relative to `root`. */
export function weigh(files, root) {
  const list = [...files].map((f) => ({ file: relative(root, f), gzip: gzipSize(f) }));
  return { gzip: list.reduce((n, f) => n + f.gzip, 0), files: list };
}

/**
 * Files a page with `tags` downloads through the loader: the loader, then for each tag its
 * chunk and that chunk's static closure. `extra(tag)` may add dynamic imports an element makes
 * itself (the map's geometry region).
 */
export function pageFiles(cdnDir, tags, extra = () => []) {
  const loader = join(cdnDir, 'loader.js');
  const files = new Set([loader]);
  const chunks = dynamicImports(loader);
  for (const tag of tags) {
    const chunk = chunks.find((c) => c.includes(`/${tag}-`));
    if (!chunk) throw new Error(`no chunk for <${tag}> in ${loader}`);
    for (const f of closure(chunk)) files.add(f);
    for (const f of extra(tag, chunk)) for (const g of closure(f)) files.add(g);
  }
  return files;
}
