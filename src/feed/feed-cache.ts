/**
 * Last known good: the last valid copy of each feed, kept in the partner origin's Cache Storage,
 * so that a widget read once still shows when the feed is down, and shows at once on the next
 * visit while the network revalidates it (stale-while-revalidate).
 *
 * Its own chunk: DossierController imports it when a widget loads a feed (unless it says
 * `cache="none"`), while the feed's request is already on its way, so a first visit never waits
 * for it, and the core chunk carries only that import and what a widget does with a copy.
 *
 * Why Cache Storage rather than IndexedDB: a copy is a feed URL and a feed's text, which is
 * what Cache Storage holds (a Request and a Response), with three calls (open, match, put) where
 * IndexedDB needs a schema, versions and a transaction per operation, in more code. Both count
 * against the same origin quota and both are unavailable in the same places (opaque origins,
 * some private modes, blocked storage); Cache Storage is also absent from insecure (http:)
 * pages, which then behave as without cache.
 *
 * The copy is the parsed feed written back (write-feed.ts): what the widgets show, and nothing
 * the parser dropped. It is parsed again when read, by the parser of the version reading it,
 * like any feed: storage is no more trusted than the network.
 *
 * What it stores is the public feed only: its URL, its content as the widgets read it, when it
 * was fetched and when it was last shown. Nothing about the reader. It never throws and never
 * rejects for a storage reason: where storage fails, the widget behaves as without cache.
 */
import { html, type TemplateResult } from 'lit';
import { FeedError, type FeedErrorKind } from './feed-error.js';
import { defaultStore, type FeedStore } from './feed-store.js';
import type { ParseResult } from './model.js';
import { parseFeed } from './parse-feed.js';
import { writeFeed } from './write-feed.js';
import { pick } from '../i18n/languages.js';
import { format } from '../i18n/messages.js';
import { cache as strings } from '../i18n/tables/cache.js';

/** The Cache Storage cache that holds the copies (one per feed URL). */
export const CACHE_NAME = 'dossier-widgets-feeds';

/**
 * How much it keeps: a few feeds, a few MB in all (the sample feed is 50 KB). Beyond either,
 * the least recently used copies go first; a feed bigger than `bytes` is not kept.
 */
export const LIMITS = { feeds: 5, bytes: 5 * 2 ** 20 };

export type Limits = typeof LIMITS;

/** Headers of a stored copy: when it was fetched, last used (shown or refreshed), its size in bytes. */
const FETCHED = 'x-dossier-fetched';
const USED = 'x-dossier-used';
const SIZE = 'x-dossier-size';

/** A widget's load result: the parsed feed, or its last good copy, which may be followed by `next`. */
export interface LoadResult extends ParseResult {
  /**
   * On a copy from the cache: settles with what the network said since, the newer feed, or
   * the copy marked `stale` (the feed failed), or undefined (the copy is current). Never rejects.
   */
  next?: Promise<LoadResult | undefined>;
  /** On a copy shown because the feed failed: when it was fetched, and how the feed failed. */
  stale?: StaleCopy;
}

/** A copy read back: its text and when it was fetched. */
export interface Copy {
  text: string;
  date: Date;
}

/**
 * The content a widget shows because the feed failed: the `detail` of `dossier-stale`, and the
 * note the widget shows with it.
 */
export class StaleCopy {
  constructor(
    /** Absolute feed URL. */
    readonly url: string,
    /** When the content shown was fetched. */
    readonly date: Date,
    /** How the feed failed: `network`, `http`, `not-json`, `invalid` or `timeout`. */
    readonly kind: FeedErrorKind,
    /** HTTP status, for `kind === 'http'`. */
    readonly status?: number,
  ) {}

  /** The note, in the interface language `lang`: "As of <date>: the dossier could not be updated". */
  note(lang: string): TemplateResult {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(this.date);
    // Small print, in the live region (role=status): announced once, politely, when it appears.
    return html`<small part="stale">${format(pick(lang, strings).stale, { date })}</small>`;
  }
}

/** The cache, or undefined where there is none: no `caches` (http: pages), an opaque origin, blocked storage. */
async function open(): Promise<Cache | undefined> {
  try {
    // Reading `caches` itself throws a SecurityError in a sandboxed frame (Chromium).
    return await caches.open(CACHE_NAME);
  } catch {
    return undefined;
  }
}

/** The stored copy of `href`, or undefined (none, or no storage). */
export async function readCopy(href: string): Promise<Copy | undefined> {
  try {
    const response = await (await open())?.match(href);
    return response && { text: await response.text(), date: new Date(+response.headers.get(FETCHED)!) };
  } catch {
    return undefined;
  }
}

/**
 * Stores `text` as the copy of `href`, fetched at `date`, used now; then drops the least
 * recently used copies beyond `limits`. A quota error, or no storage, leaves things as they
 * were (a failed write may have left the older copy of `href`, which is still valid).
 */
export async function storeCopy(href: string, text: string, date = new Date(), limits: Limits = LIMITS): Promise<void> {
  try {
    const cache = await open();
    if (!cache) return;
    // Encoded once, for both its size and its body: a Blob for the size and then a Response of
    // the text encoded 2.7 MB (10,000 initiatives) twice, 70 to 260 ms each on this machine.
    const body = new TextEncoder().encode(text);
    const size = body.length;
    if (size > limits.bytes) {
      // Too big to keep: an older copy would no longer be the last good one.
      await cache.delete(href);
      return;
    }
    // Fractional milliseconds: two writes in one millisecond still have an order.
    const used = String(performance.timeOrigin + performance.now());
    const headers = { 'content-type': 'application/feed+json', [FETCHED]: String(+date), [USED]: used, [SIZE]: String(size) };
    await cache.put(href, new Response(body, { headers }));
    await evict(cache, limits);
  } catch {
    // Quota exceeded, storage blocked or cleared meanwhile: the copy is simply not kept.
  }
}

/** The next task, in idle time where the browser says when (WebKit has no requestIdleCallback). */
const idle = () => new Promise((resolve) => (self.requestIdleCallback ?? setTimeout)(resolve, { timeout: 2000 }));

/** Drops the least recently used copies until at most `feeds` remain, weighing at most `bytes` in all. */
async function evict(cache: Cache, { feeds, bytes }: Limits) {
  const copies = await Promise.all(
    (await cache.keys()).map(async (request) => {
      const headers = (await cache.match(request))?.headers;
      return { request, used: +(headers?.get(USED) ?? 0), size: +(headers?.get(SIZE) ?? 0) };
    }),
  );
  copies.sort((a, b) => b.used - a.used);
  let total = 0;
  for (const [rank, copy] of copies.entries()) {
    total += copy.size;
    if (rank >= feeds || total > bytes) await cache.delete(copy.request);
  }
}

/** A stored copy parsed again (the parser of this version); undefined when it is no dossier any more. */
function parseCopy(href: string, text: string): ParseResult | undefined {
  try {
    const result = parseFeed(JSON.parse(text), href);
    return result.dossier ? result : undefined;
  } catch {
    return undefined;
  }
}

/** The copy of each feed, read and parsed once per page view (per FeedStore: a test makes several). */
const copies = new WeakMap<FeedStore, Map<string, Promise<{ stored: Copy; result: ParseResult } | undefined>>>();

function copyOf(href: string) {
  const store = defaultStore();
  let page = copies.get(store);
  if (!page) copies.set(store, (page = new Map()));
  let copy = page.get(href);
  if (!copy) {
    copy = readCopy(href).then((stored) => {
      const result = stored && parseCopy(href, stored.text);
      return result && { stored, result };
    });
    page.set(href, copy);
  }
  return copy;
}

/**
 * Each valid feed from the network written as a copy once (every widget of the feed gets the same
 * result): whether it is the page's copy, word for word. Only that answer is kept, not the text:
 * a big feed's text would otherwise stay in memory for the page's life (10,000 initiatives: the
 * map's heap after render went from 0.41 to 0.65 times Leaflet's).
 */
const written = new WeakMap<ParseResult, Promise<boolean>>();

function write(href: string, result: ParseResult) {
  let same = written.get(result);
  // A feed too big to keep (its characters alone over the bound) is not written back: writing
  // 27 MB (100,000 initiatives) took one task of 0.9 s, after the sliced parse had taken none.
  if (!same && (result.length ?? 0) > LIMITS.bytes) same = Promise.resolve(false);
  if (!same) {
    // In idle time, after the render the feed allows: at 10,000 initiatives, writing is a few
    // hundred ms of stringify and encoding that a reader's input should not wait behind.
    same = idle().then(async () => {
      const text = JSON.stringify(writeFeed(result.dossier!));
      // The page's copy read before this one replaces it.
      const copy = await copyOf(href);
      void storeCopy(href, text);
      return copy?.stored.text === text;
    });
    written.set(result, same);
  }
  return same;
}

/** Failures whose copy was marked used again (each widget of the feed gets the same error). */
const touched = new WeakSet<object>();

/**
 * A widget's load of `href` with the feed's last good copy: what DossierController awaits
 * unless the widget says `cache="none"`. `fetched` is the widget's load from the page's
 * FeedStore, already under way (shared with the other widgets of that feed, as without cache).
 *
 * - The network answers first with a valid feed: that feed (as without cache), stored.
 * - Otherwise, when there is a copy: the copy, as soon as it is read, with `next`: the
 *   network's newer feed; or undefined when the copy is current; or, when the feed failed, the
 *   copy again, marked `stale` (FeedStore has logged the failure, once, as without cache).
 * - No copy: the network's answer, as without cache.
 *
 * `next` never rejects. An error that is no FeedError (the AbortError of a widget that left)
 * marks nothing stale.
 */
export function lastGood(href: string, fetched: Promise<ParseResult>): Promise<LoadResult> {
  const text = fetched.then((result) => write(href, result));
  // A failure reaches the caller through the promise returned below (and `next`), not this one.
  text.catch(() => {});
  const cached = copyOf(href).then(
    (copy): LoadResult | undefined =>
      copy && {
        ...copy.result,
        next: text.then(
          (same) => (same ? undefined : fetched),
          (error: unknown) => {
            if (!(error instanceof FeedError)) return undefined;
            const { stored } = copy;
            if (!touched.has(error)) {
              touched.add(error);
              // Shown again: recently used.
              void storeCopy(href, stored.text, stored.date);
            }
            return { ...copy.result, stale: new StaleCopy(error.url, stored.date, error.kind, error.status) };
          },
        ),
      },
  );
  // Whichever comes first, a valid feed or a copy, is shown (a second resolve is ignored).
  return new Promise((resolve, reject) => {
    fetched.then(resolve, (error: unknown) => cached.then((copy) => (copy ? resolve(copy) : reject(error))));
    void cached.then((copy) => copy && resolve(copy));
  });
}
