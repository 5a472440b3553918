/** The element table (src/elements.ts) read from plain Node, for the scripts and Node tests that derive files from it. */
import { importTs } from './import-ts.mjs';

/** `{ tags, widgets }`: every tag in table order, and the tags the generator offers. */
export async function readElementTable() {
  const table = await importTs('src/elements.ts');
  return { tags: Object.keys(table.ELEMENTS), widgets: Object.keys(table.EMBEDS) };
}
