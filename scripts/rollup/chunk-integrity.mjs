/**
 * Subresource Integrity for the chunks of the script-tag build. The tag's `integrity` checks
 * loader.js only; every chunk the page then runs is named by a file that was itself checked,
 * along with its sha384, so a CDN that serves other bytes under a chunk's name gets them
 * refused (src/chunk-integrity.ts says which engines enforce it).
 *
 * Each dynamic import of a chunk of this build, in any chunk (the loader's elements and its
 * size-frames, the map's geometry regions), is rendered as
 *
 *   globalThis[Symbol.for("dossier-widgets.loader")].importChecked(
 *     "chunks/x-Ab12Cd.js <sha384> chunks/core-Ef34Gh.js <sha384>", import.meta.url, () => import("./chunks/x-Ab12Cd.js"))
 *
 * that is, the import itself, kept as it was, behind the list of the files it runs: the target
 * chunk and every chunk it imports statically, transitively, each with the base64 sha384 of its
 * final bytes (without the `sha384-` prefix, which the loader adds). `importChecked` is the
 * loader's (src/chunk-integrity.ts): it declares them all before it imports.
 *
 * A chunk's hash is known only once its own bytes are final, and the lists are written into
 * their importers' bytes: so a chunk's list is written when its targets are final, which also
 * makes the order strict (the loader's bytes depend on the chunks' hashes, never the reverse;
 * a cycle of dynamic imports would fail the build). The lists are first written with
 * placeholders of the hashes' exact length, so source maps stay right when they are filled in.
 */
import { createHash } from 'node:crypto';
import { dirname, posix } from 'node:path';
import MagicString from 'magic-string';

/** What renderDynamicImport leaves around the target's (preliminary) file name, for renderChunk. */
const MARK = '__dossier_sri__';
const MARKED = new RegExp(`${MARK}([^"'\`]+?)${MARK}`, 'g');
/** A sha384 in base64 is 64 characters: its placeholder has that length, and no base64 character but digits. */
const HASH_LENGTH = 64;
const placeholderFor = (index) => `~sri~${index}~`.padEnd(HASH_LENGTH, '~');
const PLACEHOLDER = /~sri~(\d+)~+/g;

export default function chunkIntegrity() {
  /** Preliminary file name of each chunk whose hash a list names, by placeholder index. */
  let named = [];

  return {
    name: 'chunk-integrity',

    renderStart() {
      named = [];
    },

    renderDynamicImport({ targetChunk }) {
      // Imports that are not chunks of this build (inlined, external) stay as they are.
      if (!targetChunk) return null;
      return {
        left: `globalThis[Symbol.for("dossier-widgets.loader")].importChecked("${MARK}${targetChunk.fileName}${MARK}",import.meta.url,()=>import(`,
        right: '))',
      };
    },

    /** After minification (this plugin comes last): the marks become lists of files and hash placeholders. */
    renderChunk(code, chunk, _options, { chunks }) {
      if (!code.includes(MARK)) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(MARKED)) {
        const files = [];
        const visit = (fileName) => {
          if (files.includes(fileName)) return;
          files.push(fileName);
          for (const dependency of chunks[fileName].imports) visit(dependency);
        };
        visit(match[1]);
        const list = files.map((fileName) => {
          if (!named.includes(fileName)) named.push(fileName);
          return `${posix.relative(dirname(chunk.fileName), fileName)} ${placeholderFor(named.indexOf(fileName))}`;
        });
        output.overwrite(match.index, match.index + match[0].length, list.join(' '));
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },

    /** The chunks' bytes are final (Rollup put their names in): fill in each hash, leaves first. */
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const byPreliminaryName = new Map(chunks.map((output) => [output.preliminaryFileName, output]));
      const hashes = new Map();
      const pending = new Set(chunks);
      while (pending.size) {
        let progressed = false;
        for (const output of pending) {
          const waitsFor = [...output.code.matchAll(PLACEHOLDER)].map(([, index]) => byPreliminaryName.get(named[index]));
          if (waitsFor.some((target) => !hashes.has(target))) continue;
          output.code = output.code.replace(PLACEHOLDER, (_, index) => hashes.get(byPreliminaryName.get(named[index])));
          hashes.set(output, createHash('sha384').update(output.code).digest('base64'));
          pending.delete(output);
          progressed = true;
        }
        if (!progressed) this.error(`chunk-integrity: these chunks name each other's hashes: ${[...pending].map((o) => o.fileName).join(', ')}`);
      }
    },
  };
}
