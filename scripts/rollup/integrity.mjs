/**
 * Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of each entry file,
 * for the README snippet and the embed generator. The script tag's `integrity` covers its own
 * file only: the chunks that loader.js runs carry theirs in the loader itself
 * (chunk-integrity.mjs, which runs before this one, so the loader's hash here is that of its
 * final bytes, hashes included).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default function integrity() {
  return {
    name: 'integrity',
    writeBundle(options, bundle) {
      const file = join(options.dir, 'integrity.json');
      // Both builds (loader, single file) write here: merge with what the other wrote.
      const hashes = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.isEntry) {
          hashes[output.fileName] = `sha384-${createHash('sha384').update(output.code).digest('base64')}`;
        }
      }
      writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}
