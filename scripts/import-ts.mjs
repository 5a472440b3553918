/**
 * Imports one of the project's TypeScript modules from plain Node 20 (no TS loader): esbuild
 * strips the types and the module is imported from memory. For self-contained modules only —
 * data tables, a regular expression — whose runtime imports are none, or dynamic ones that
 * nothing here calls.
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const ROOT = new URL('../', import.meta.url);

/** The module at `path` (from the repository's root), e.g. `importTs('src/elements.ts')`. */
export async function importTs(path) {
  const { code } = transformSync(readFileSync(new URL(path, ROOT), 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
