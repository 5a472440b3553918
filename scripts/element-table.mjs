/**
 * The element table (src/elements.ts) read from plain Node, for the scripts and Node tests that
 * derive files from it: esbuild strips the types, and the module is imported from memory (its
 * dynamic imports are functions that nothing here calls).
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const ROOT = new URL('../', import.meta.url);

/** `{ tags, widgets }`: every tag in table order, and the tags the generator offers. */
export async function readElementTable() {
  const source = readFileSync(new URL('src/elements.ts', ROOT), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const table = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { tags: Object.keys(table.ELEMENTS), widgets: Object.keys(table.EMBEDS) };
}
