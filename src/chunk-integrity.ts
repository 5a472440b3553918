/**
 * Subresource Integrity for the chunks the loader runs. The script tag's `integrity` checks
 * loader.js; the build (scripts/rollup/chunk-integrity.mjs) renders each dynamic import of a
 * chunk as a call to `importChecked`, with the sha384 of every file that import runs, so that
 * the browser refuses a chunk whose bytes are not the build's.
 *
 * The declaration is a `<link rel="modulepreload" integrity crossorigin>` per file, inserted
 * before the `import()`: the browser fetches the module once, checks it, and the import (and
 * every static import of that URL) gets that module, or fails. Measured, not assumed
 * (test/chunk-integrity.test.ts):
 * - Chromium and Firefox refuse a modulepreload whose bytes do not match: covered.
 * - WebKit (WebKitGTK 2.50, so Safari) fires `load` and runs the module whatever its bytes:
 *   NOT covered. It does check an import map's `integrity`, but an import map is an inline
 *   script, which a strict Content-Security-Policy (script-src without 'unsafe-inline',
 *   Trusted Types) refuses with a violation, and Firefox ignores one added once modules have
 *   run: the loader does not insert one. Partners who need every byte checked in WebKit use
 *   the single file, dossier-widgets.js, whose one `integrity` covers it all.
 *
 * This module is in the loader, which every partner page downloads: it only declares and
 * imports. Telling a refused file from a network failure, the warning and the `dossier-error`
 * are the failure path's (chunk-failure.ts), a chunk that a page downloads only when an import
 * has failed, its own integrity declared like any other chunk's.
 */

/** What `importChecked` rejects with when the browser refused a file's bytes (chunk-failure.ts). */
export interface IntegrityFailure {
  /** The refused file's absolute URL. */
  integrity?: string;
  /** Fires `dossier-error` (kind `integrity`) on the document's `tag` elements, which keep their fallback content. */
  report?(tag: string): void;
}

/**
 * Declares the integrity of `files`, then imports the last of them. `files` is the build's
 * list, `name hash name hash…`: each name a chunk's file name without `.js`, relative to `base`
 * (by default the loader's `chunks/`; other chunks pass their own URL), each hash the base64
 * sha384 of its bytes, the last file being the one imported and the others those it imports
 * (scripts/rollup/chunk-integrity.mjs).
 *
 * When the import fails, the failure path is loaded: it rejects with an `IntegrityFailure`
 * (after one warning naming the file, once per file and page) when a file's bytes were
 * refused, and with the import's own error otherwise (network, HTTP status). `plain` is for
 * the failure path's own import: if it fails too, its error is the answer, as a network
 * failure's is (explaining it would load it again).
 */
export function importChecked(files: string, base: string | URL = new URL('chunks/', import.meta.url), plain?: 1): Promise<unknown> {
  // The imported file's URL: a URL object, typed as its string, which import() and the link's
  // href convert it to (5 B fewer than `.href` on every page).
  let target!: string;
  for (const [, name, hash] of files.matchAll(/(\S+) (\S+)/g)) {
    // Safari before 17 knows no modulepreload: the link is inert there.
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = target = new URL(`${name}.js`, base) as unknown as string;
    link.integrity = `sha384-${hash}`;
    // Module scripts are CORS requests without credentials: the preload must be the same request.
    link.crossOrigin = '';
    document.head.append(link);
  }
  return import(target).catch((error: unknown) =>
    plain
      ? Promise.reject(error)
      : import('./chunk-failure.js').then(
          (failure) => failure.explain(error, files, base),
          () => Promise.reject(error),
        ),
  );
}
