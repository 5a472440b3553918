/**
 * Page views for the last-known-good tests: the page's shared FeedStore is what a page view
 * forgets, Cache Storage what it keeps. Tests share the test page's origin, so each clears the
 * cache it used (`forgetCopies`) and gets the page's store back (`restoreStore`).
 */
import { waitUntil } from '@open-wc/testing';
import { CACHE_NAME, readCopy } from '../feed/feed-cache.js';
import { FeedStore } from '../feed/feed-store.js';

const STORE_KEY = Symbol.for('dossier-widgets.feed-store');
const global = globalThis as unknown as Record<symbol, unknown>;
/** The store in place before the first page view of a test (a test file may have its own). */
let before: { store: unknown } | undefined;

/** A new page view: a fresh shared store (nothing loaded yet), the same Cache Storage. */
export function newPageView(): FeedStore {
  before ??= { store: global[STORE_KEY] };
  const store = new FeedStore();
  global[STORE_KEY] = store;
  return store;
}

/** Puts back the store that was there before the test's first page view. */
export function restoreStore() {
  if (before) global[STORE_KEY] = before.store;
  before = undefined;
}

/** Deletes the cache the copies live in (a test's own, on the shared test origin). */
export const forgetCopies = () => caches.delete(CACHE_NAME);

/** Waits until `url` has a stored copy (copies are written in the background, after the render). */
export const copyStored = (url: string) => waitUntil(async () => !!(await readCopy(url)), `no copy of ${url} was stored`, { timeout: 5000 });

/**
 * Replaces `caches` (an own accessor of the global object, from WindowOrWorkerGlobalScope) with
 * `get` until the returned function is called: a sandboxed frame's throwing getter, an insecure
 * page's undefined, or a CacheStorage whose `open` rejects.
 */
export function stubCaches(get: () => unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'caches');
  Object.defineProperty(globalThis, 'caches', { get, configurable: true });
  return () => {
    if (own) Object.defineProperty(globalThis, 'caches', own);
    else delete (globalThis as { caches?: unknown }).caches;
  };
}
