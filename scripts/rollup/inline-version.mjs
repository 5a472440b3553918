/**
 * Writes the library's version (src/version.ts) as a literal into each module that imports it,
 * in the script-tag builds only. Otherwise the loader and the core chunk share version.ts as a
 * module: the core chunk then imports it from loader.js, and loader.js exports it, an import
 * and an export statement on every page for a five-character string (−23 B on the quote page).
 */
import { readFileSync } from 'node:fs';

const IMPORT = /^import \{ VERSION \} from '(?:\.\.?\/)+version\.js';$/m;

export default function inlineVersion() {
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  const version = /export const VERSION = ('[^']+');/.exec(source)?.[1];
  if (!version) throw new Error('inline-version: no `export const VERSION = \'…\';` in src/version.ts');
  return {
    name: 'inline-version',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('node_modules') || !IMPORT.test(code)) return null;
      return { code: code.replace(IMPORT, `const VERSION = ${version};`), map: null };
    },
  };
}
