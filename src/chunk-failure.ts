/**
 * The failure path of `importChecked` (chunk-integrity.ts): a chunk of its own, which a page
 * downloads only once an import has failed, so that the loader every page downloads holds
 * none of it. It says whether the browser refused a file's bytes or could not get them.
 *
 * It imports nothing at run time (types only): a static import of a shared chunk would make it
 * depend on the very file that may have been refused.
 */
import type { DossierErrorDetail } from './core/events.js';
import type { IntegrityFailure } from './chunk-integrity.js';

/** Files whose bytes were refused on this page: each is warned about once. */
const refused = new Set<string>();

/** A chunk whose bytes are not the build's: the browser did not run it. */
export class IntegrityError extends Error implements IntegrityFailure {
  override name = 'IntegrityError';

  constructor(
    /** The refused file's absolute URL. */
    readonly integrity: string,
    /** The import's own error. */
    cause: unknown,
  ) {
    super(`dossier-widgets: ${integrity} does not match its integrity hash: not run.`, { cause });
  }

  report(tag: string) {
    // Those in shadow roots given to load() are not found here.
    for (const element of document.querySelectorAll(tag)) {
      element.dispatchEvent(
        new CustomEvent<DossierErrorDetail>('dossier-error', {
          bubbles: true,
          composed: true,
          detail: { url: this.integrity, kind: 'integrity', error: this },
        }),
      );
    }
  }
}

/**
 * Why the import that declared `settled` (one promise per modulepreload link, settled with
 * nothing once it loaded, with the link if it failed) failed with `error`: rejects with an
 * `IntegrityError` when the browser refused a file's bytes, after one console warning naming
 * the file (once per file and page), and with `error` itself otherwise (network, HTTP status).
 */
export async function explain(error: unknown, settled: Promise<HTMLLinkElement | void>[]): Promise<never> {
  // Safari before 17 has no modulepreload: no event would come, and nothing was checked.
  if (document.createElement('link').relList.supports('modulepreload')) {
    for (const failed of await Promise.all(settled)) {
      const url = failed?.href;
      // A preload fails on a network error, an HTTP error or a digest mismatch, and its event
      // does not say which: its Resource Timing entry does, a 2xx status meaning that the bytes
      // arrived and were refused. (With the timing buffer full, it counts as a network error.)
      if (url && performance.getEntriesByName(url).some((entry) => `${(entry as PerformanceResourceTiming).responseStatus}`[0] == '2')) {
        const failure = new IntegrityError(url, error);
        if (!refused.has(url)) console.warn(failure.message);
        refused.add(url);
        throw failure;
      }
    }
  }
  throw error;
}
