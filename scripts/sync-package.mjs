/**
 * Writes package.json's per-tag entries from the element table (src/elements.ts): an `exports`
 * subpath `./<tag>.js` (its registering module and types) and the `sideEffects` paths of that
 * module, built and source. Everything else in package.json is left as it is.
 *
 *   npm run sync-package            rewrite package.json
 *   node scripts/sync-package.mjs --check   exit 1, naming the difference, when it is stale (npm test)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readElementTable } from './element-table.mjs';

const FILE = new URL('../package.json', import.meta.url);
const perTag = (path) => /^\.\/(dist|src)\/components\/([a-z-]+)\/\2\.(js|ts|d\.ts)$/.test(path);

/** package.json with its per-tag entries written from `tags`, in the table's order. */
export function syncedPackage(pkg, tags) {
  const exports = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    // The per-tag subpaths go right after ".", where the table's order is easy to read.
    if (key === '.') {
      exports[key] = value;
      for (const tag of tags) {
        exports[`./${tag}.js`] = { types: `./dist/components/${tag}/${tag}.d.ts`, default: `./dist/components/${tag}/${tag}.js` };
      }
    } else if (!(typeof value === 'object' && perTag(value.default ?? ''))) {
      exports[key] = value;
    }
  }
  const others = pkg.sideEffects.filter((path) => !perTag(path));
  const sideEffects = [...others, ...tags.flatMap((tag) => [`./dist/components/${tag}/${tag}.js`, `./src/components/${tag}/${tag}.ts`])];
  return { ...pkg, exports, sideEffects };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = readFileSync(FILE, 'utf8');
  const { tags } = await readElementTable();
  const synced = `${JSON.stringify(syncedPackage(JSON.parse(source), tags), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (synced !== source) {
      console.error('package.json: its per-tag exports or sideEffects disagree with src/elements.ts. Run `npm run sync-package`.');
      process.exit(1);
    }
  } else if (synced !== source) {
    writeFileSync(FILE, synced);
    console.log(`package.json: per-tag exports and sideEffects written for ${tags.join(', ')}`);
  }
}
