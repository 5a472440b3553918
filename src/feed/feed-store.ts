/**
 * One place that loads feeds, keyed by absolute URL, shared by every widget on the page (and
 * by every bundle of this library on it: the default store lives on a global symbol).
 *
 * - Concurrent and repeated requests for a URL share one fetch: one request per feed per page.
 * - Each caller passes its own AbortSignal. Aborting drops that caller's interest only; the
 *   fetch itself is aborted when the last interested caller has gone.
 * - A timeout turns a hanging server into a typed error instead of an eternal skeleton.
 * - A failed load is forgotten, so a retry fetches again; a successful one is kept for the page.
 * - The request relies on ordinary HTTP caching: no cache-busting, no credentials.
 */
import { FeedError } from './feed-error.js';
import type { FeedProblem, ParseResult } from './model.js';
import { parseFeed } from './parse-feed.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up. Default: the store's `timeout`. */
  timeout?: number;
  /** The most bytes a feed may have; a bigger one fails with `too-large`. Default: the store's `maxSize`. */
  maxSize?: number;
}

interface Entry {
  promise: Promise<ParseResult>;
  controller: AbortController;
  /** Callers still waiting; the fetch is aborted when this drops to zero before it settles. */
  waiting: number;
  settled?: boolean;
}

/** One console warning per feed event, never per widget: 20 widgets on a bad feed log once. */
export const warn = (message: string, problems: FeedProblem[] = []) =>
  console.warn(`dossier-widgets: ${message}` + problems.map((p) => '\n  ' + p.path + ': ' + p.message).join(''));

/**
 * Bodies longer than this (in UTF-16 code units, about bytes) are parsed in slices by
 * big-feed.ts; shorter ones at once, which takes a few milliseconds (see `npm run bench`).
 */
const BIG_BODY = 1 << 20;

/** A fresh `AbortError` DOMException (the reason of a signal aborted without one). */
const abortError = () => AbortSignal.abort().reason as DOMException;

/** A feed URL made absolute against the document: the key of the store's entries. */
export const absoluteUrl = (url: string) => new URL(url, document.baseURI).href;

export class FeedStore {
  /** Default timeout in milliseconds: long enough for a slow phone network, short enough to give up. */
  timeout = 15_000;

  /**
   * Default size limit in bytes, 20 MiB: well above any dossier a reader can take in (the
   * sample is 16 KB), below what freezes a phone (parsing 20 MiB takes seconds there).
   */
  maxSize = 20 * 2 ** 20;

  private entries = new Map<string, Entry>();

  constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args)) {}

  /**
   * Loads and parses the feed at `url` (resolved against the document). Rejects with a
   * `FeedError`, or with an `AbortError` when `signal` aborts.
   */
  load(url: string, { signal, timeout = this.timeout, maxSize = this.maxSize }: LoadOptions = {}): Promise<ParseResult> {
    const href = absoluteUrl(url);
    if (signal?.aborted) return Promise.reject(abortError());
    let entry = this.entries.get(href);
    if (!entry) this.entries.set(href, (entry = this.start(href, timeout, maxSize)));
    if (entry.settled) return entry.promise;
    // A caller without a signal never leaves: it keeps the count above zero until the end.
    entry.waiting++;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        reject(abortError());
        if (!--entry.waiting && !entry.settled) {
          entry.controller.abort();
          this.drop(href, entry);
        }
      };
      // A signal aborts once: no `once` option needed.
      signal.addEventListener('abort', leave);
      // Once settled, the count no longer matters: a settled entry is returned as it is.
      entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  /** Forgets a URL so that the next `load` fetches it again. */
  forget(url: string) {
    this.entries.delete(absoluteUrl(url));
  }

  /** Forgets `entry` unless a newer load of its URL has replaced it. */
  private drop(href: string, entry: Entry) {
    if (this.entries.get(href) === entry) this.entries.delete(href);
  }

  private start(href: string, timeout: number, maxSize: number): Entry {
    const controller = new AbortController();
    // The abort's reason is what the fetch rejects with: the timeout's own typed error.
    const timer = setTimeout(() => controller.abort(new FeedError('timeout', href, 'The feed did not answer in time')), timeout);
    const entry: Entry = {
      controller,
      waiting: 0,
      promise: this.fetchFeed(href, controller.signal, maxSize)
        .catch((error: unknown) => {
          // Failures are not cached: the next load (a retry) fetches again.
          this.drop(href, entry);
          if (error instanceof FeedError) warn(error.message);
          throw error;
        })
        .finally(() => {
          clearTimeout(timer);
          entry.settled = true;
          // Closes a connection still open: a too-large body's cancelled reader alone left
          // Firefox's open for more than 20 s under load. After a complete read, it does nothing.
          controller.abort();
        }),
    };
    // Nobody may be listening any more (all callers aborted): never an unhandled rejection.
    entry.promise.catch(() => {});
    return entry;
  }

  private async fetchFeed(href: string, signal: AbortSignal, maxSize: number): Promise<ParseResult> {
    let response: Response;
    let body: string;
    /** The body's bytes: as announced (Content-Length) when over the limit, else as received. */
    let size: number;
    let big: false | typeof import('./big-feed.js');
    try {
      response = await this.fetcher(href, { signal, credentials: 'omit', headers: { accept: 'application/feed+json, application/json' } });
      // A Content-Length over the limit fails before any download. Without one, or when it says
      // less than what comes (a compressed body's is its compressed size), the bytes are
      // counted as they arrive, and reading stops as soon as they pass the limit.
      size = +response.headers.get('content-length')!;
      if (size <= maxSize) size = 0;
      const reader = response.body!.getReader();
      // Decoded as it arrives: a big body's decoding is spread over its chunks' tasks (at the
      // end, as Response.text() and Blob.text() do it, it is one long task: `npm run bench`).
      const decoder = new TextDecoder();
      body = '';
      for (let chunk; size <= maxSize && (chunk = (await reader.read()).value); size += chunk.length) {
        body += decoder.decode(chunk, { stream: true });
      }
      // Nothing left, or too much: either way the connection is done with.
      reader.cancel();
      body += decoder.decode();
      // A big body is parsed a few milliseconds at a time, by a chunk that only big feeds load
      // (not one refused as too large).
      big = size > BIG_BODY && size <= maxSize && (await import('./big-feed.js'));
    } catch (error) {
      // Aborted: the timeout's FeedError, or the AbortError of the last caller leaving.
      throw signal.aborted ? signal.reason : new FeedError('network', href, `The feed could not be reached: ${error}`);
    }
    if (!response.ok) {
      throw new FeedError('http', href, `The feed answered HTTP ${response.status}`, response.status);
    }
    if (size > maxSize) {
      throw new FeedError('too-large', href, `The feed is over max-size: ${size} > ${maxSize} bytes`);
    }
    let result: ParseResult;
    try {
      result = big ? await big.parseBigFeed(body, href, signal) : parseFeed(JSON.parse(body), href);
    } catch (error) {
      throw signal.aborted ? signal.reason : new FeedError('not-json', href, `The feed is not valid JSON: ${(error as Error).message}`);
    }
    const { dossier, problems } = result;
    if (!dossier) {
      throw new FeedError('invalid', href, `The feed is not a dossier feed: ${problems[0]!.path}: ${problems[0]!.message}`);
    }
    if (problems.length) warn(`${problems.length} problem(s) in feed ${href}`, problems);
    return result;
  }
}

const STORE_KEY = Symbol.for('dossier-widgets.feed-store');

/** The page's shared store, common to every copy of this library loaded on the page. */
export function defaultStore(): FeedStore {
  const g = globalThis as unknown as Record<symbol, FeedStore | undefined>;
  return (g[STORE_KEY] ??= new FeedStore());
}
