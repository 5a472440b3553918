/**
 * Subresource Integrity for the chunks of the script-tag build. The tag's `integrity` checks
 * loader.js only; every chunk the page then runs is named by a file that was itself checked,
 * along with its sha384, so a CDN that serves other bytes under a chunk's name gets them
 * refused (src/chunk-integrity.ts says which engines enforce it).
 *
 * Each dynamic import of a chunk of this build, in any chunk (the loader's elements, its
 * size-frames and failure path, the map's geometry regions), is rendered as a call of
 * `importChecked` (src/chunk-integrity.ts) with the list of the files it runs: every chunk the
 * target imports statically, transitively, then the target chunk, each as its file name without
 * `.js` and the base64 sha384 of its final bytes (without the `sha384-` prefix, which the
 * loader adds). Chunks that the importing chunk imports statically itself are left out: they
 * are running already (and a chunk whose lazy import imports it back would otherwise wait for
 * its own hash).
 *
 *   in the loader:     importChecked("core-Ef34Gh <sha384> x-Ab12Cd <sha384>")
 *   in other chunks:   globalThis[Symbol.for("dossier-widgets.loader")].importChecked("FR-ARA-Ij56Kl <sha384>",import.meta.url)
 *
 * The loader calls its own function, named once (terser shortens it): names relative to its
 * `chunks/` folder, the function's default base. Other chunks call the loader's, through the
 * page's global (they cannot import the loader), with their own URL as the base. The loader's
 * own import of the failure path passes `plain` (a failure of it is not explained again). The
 * import itself is gone from the output: `importChecked` imports the list's last file. Each
 * file's name and hash are bytes on every page that runs the loader, hence the short form.
 *
 * A chunk's hash is known only once its own bytes are final, and the lists are written into
 * their importers' bytes: so a chunk's list is written when its targets are final, which also
 * makes the order strict (the loader's bytes depend on the chunks' hashes, never the reverse;
 * a cycle of dynamic imports would fail the build). The lists are first written with
 * placeholders of the hashes' exact length, so source maps stay right when they are filled in.
 * (Files named after their digest would spare the lists their names, −52 B on the loader,
 * measured, but a lazy chunk that imports its importer back, as the core's feed cache does,
 * would then hold a name that waits for its own hash.)
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
/** The loader's function, as other chunks reach it. */
const GLOBAL = 'globalThis[Symbol.for("dossier-widgets.loader")].importChecked';
const LOCAL = 'importChecked';

/**
 * @param {{ module: RegExp, chunksDir: string }} options `module`: the id of the module that
 *   defines `importChecked` (its chunk calls it by name, and its own import is the failure
 *   path's); `chunksDir`: the folder of the chunks, relative to the output directory, from
 *   which that chunk's lists name files (the function's default base).
 */
export default function chunkIntegrity({ module, chunksDir }) {
  /** Preliminary file name of each chunk whose hash a list names, by placeholder index. */
  let named = [];

  return {
    name: 'chunk-integrity',

    renderStart() {
      named = [];
    },

    renderDynamicImport({ moduleId, chunk, targetChunk }) {
      // Imports that are not chunks of this build (inlined, external) stay as they are.
      if (!targetChunk) return null;
      const list = `"${MARK}${targetChunk.fileName}${MARK}"`;
      // The specifier stays, in a comment that terser drops: importChecked imports the list's last file.
      if (!chunk.moduleIds.some((id) => module.test(id))) return { left: `${GLOBAL}(${list},import.meta.url/*`, right: '*/)' };
      return { left: `${LOCAL}(${list}${module.test(moduleId) ? ',void 0,1' : ''}/*`, right: '*/)' };
    },

    /** After minification (this plugin comes last): the marks become lists of files and hash placeholders. */
    renderChunk(code, chunk, _options, { chunks }) {
      if (!code.includes(MARK)) return null;
      const local = chunk.moduleIds.some((id) => module.test(id));
      // Terser renames the loader's function, and every call of it: a call left with the
      // source's name would be a global's, which does not exist.
      if (local && new RegExp(`(?<![.\\w$])${LOCAL}\\(`).test(code)) {
        this.error(`chunk-integrity: ${chunk.fileName} calls ${LOCAL} as a global: Rollup renamed the function?`);
      }
      const base = local ? chunksDir : dirname(chunk.fileName);
      const matches = [...code.matchAll(MARKED)];
      // The chunks a chunk imports statically, transitively, itself included.
      const closure = (fileName, files = new Set()) => {
        if (files.has(fileName)) return files;
        files.add(fileName);
        for (const dependency of chunks[fileName].imports) closure(dependency, files);
        return files;
      };
      // Per import: those its target imports, but for those this chunk runs already.
      const running = closure(chunk.fileName);
      const dependencies = matches.map(([, target]) => [...closure(target)].filter((fileName) => fileName !== target && !running.has(fileName)));
      // The most shared first, the target last: lists then begin alike, which gzip copies as
      // one run (−14 B gzip on the loader, measured, against the target first).
      const shared = (fileName) => dependencies.filter((files) => files.includes(fileName)).length;
      const output = new MagicString(code);
      for (const [i, match] of matches.entries()) {
        const files = dependencies[i].sort((a, b) => shared(b) - shared(a) || (a < b ? -1 : 1)).concat(match[1]);
        const list = files.map((fileName) => {
          if (!named.includes(fileName)) named.push(fileName);
          return `${posix.relative(base, fileName).replace(/\.js$/, '')} ${placeholderFor(named.indexOf(fileName))}`;
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
