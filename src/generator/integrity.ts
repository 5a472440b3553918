/** The loader's Subresource Integrity hash, read from the `integrity.json` that the build writes next to it. */

/** How long to wait for `integrity.json` before giving the snippet without it. */
const TIMEOUT = 8000;
const SRI = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

export type Integrity = { status: 'ready'; hash: string } | { status: 'failed' };

/**
 * `loader.js`'s hash from `src` (resolved against the page). Never rejects: a missing, slow or
 * malformed file gives `failed` and one console warning, and the snippet goes without a hash.
 */
export async function loaderIntegrity(src: string, signal: AbortSignal): Promise<Integrity> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  const timer = setTimeout(abort, TIMEOUT);
  try {
    const response = await fetch(new URL(src, document.baseURI), { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const hash = ((await response.json()) as Record<string, unknown>)['loader.js'];
    if (typeof hash !== 'string' || !SRI.test(hash)) throw new Error('no valid hash for loader.js');
    return { status: 'ready', hash };
  } catch (error) {
    if (!signal.aborted) console.warn(`dossier-widgets: embed generator: no integrity hash from ${src} (${String(error)}); the snippet goes without one.`);
    return { status: 'failed' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
