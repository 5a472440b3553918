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
 */

/** The absolute URL of a chunk whose bytes did not match, on the rejection of `importChecked`. */
export interface IntegrityFailure {
  integrity?: string;
}

/** The `detail` of the `dossier-error` event that the loader fires on the elements of a refused tag. */
export interface IntegrityErrorDetail {
  /** The refused chunk's URL. */
  url: string;
  kind: 'integrity';
  error: Error;
}

/** Files whose bytes were refused once: a later import that needs them fails at once, unannounced. */
const refused = new Set<string>();

/**
 * Declares the integrity of `files` (the build's list: `path hash path hash…`, the paths
 * relative to `base`, the hashes base64 sha384), then runs `load` (the `import()` of the first).
 * When the import fails because a file's bytes did not match, logs one warning naming that file
 * (once per file and page) and rejects with its URL as `integrity` on the error; other failures
 * (network, HTTP status) reject as they are.
 */
export function importChecked(files: string, base: string, load: () => Promise<unknown>) {
  const words = files.split(' ');
  const outcomes: Promise<string | void>[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const link = document.createElement('link');
    const url = (link.href = new URL(words[i]!, base).href);
    if (refused.has(url)) return Promise.reject(Object.assign(Error(url), { integrity: url }));
    // Safari before 17 has no modulepreload (and no event would come): nothing to declare there.
    if (!link.relList.supports('modulepreload')) continue;
    link.rel = 'modulepreload';
    link.integrity = `sha384-${words[i + 1]}`;
    // Module scripts are CORS requests without credentials: the preload must be the same request.
    link.crossOrigin = '';
    outcomes.push(new Promise((resolve) => ((link.onload = () => resolve()), (link.onerror = () => resolve(url)))));
    document.head.append(link);
  }
  return load().catch(async (error: Error & IntegrityFailure) => {
    for (const url of await Promise.all(outcomes)) {
      // A preload fails on a network error, an HTTP error or a digest mismatch, and its event
      // does not say which: its Resource Timing entry does, a 2xx status meaning that the bytes
      // arrived and were refused. (With the timing buffer full, it counts as a network error.)
      if (url && performance.getEntriesByName(url).some((entry) => `${(entry as PerformanceResourceTiming).responseStatus}`[0] == '2')) {
        refused.add(url);
        console.warn(`dossier-widgets: ${url} does not match its integrity hash: not run.`);
        error.integrity = url;
        break;
      }
    }
    throw error;
  });
}
