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
 * Why the import of `files` (importChecked's list, relative to `base`) failed with `error`:
 * rejects with an `IntegrityError` when the browser refused a file's bytes, after one console
 * warning naming the file (once per file and page), and with `error` itself otherwise
 * (network, HTTP status).
 *
 * A modulepreload's `error` event does not say whether the file could not be fetched or did
 * not match, and the loader listens to none (bytes on every page): a file's Resource Timing
 * entry says whether its bytes arrived (a 2xx status), and a `fetch` with the same integrity,
 * served from the HTTP cache where the preload left them, whether they match. (With the
 * timing buffer full, a refusal counts as a network error.)
 */
export async function explain(error: unknown, files: string, base: string | URL): Promise<never> {
  for (const [, name, hash] of files.matchAll(/(\S+) (\S+)/g)) {
    const url = new URL(`${name}.js`, base).href;
    const arrived = performance.getEntriesByName(url).some((entry) => `${(entry as PerformanceResourceTiming).responseStatus}`[0] == '2');
    if (arrived && !(await fetch(url, { integrity: `sha384-${hash}`, cache: 'force-cache' }).then(() => true, () => false))) {
      const failure = new IntegrityError(url, error);
      if (!refused.has(url)) console.warn(failure.message);
      refused.add(url);
      throw failure;
    }
  }
  throw error;
}
