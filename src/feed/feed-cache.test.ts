/**
 * The last good copy of each feed (feed-cache.ts), as a widget loads it (lastGood over the
 * page's FeedStore): what is stored and when, stale-while-revalidate, the copy shown when the
 * feed fails (served over HTTP by a server of the test's own: 200, then 503, then a closed
 * port), the LRU bounds, and storage that is missing or failing. Each test deletes the cache it
 * used and gets the page's store back.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CACHE_NAME, lastGood, LIMITS, readCopy, storeCopy, StaleCopy, type LoadResult } from './feed-cache.js';
import { FeedError } from './feed-error.js';
import { FeedStore } from './feed-store.js';
import type { Dossier } from './model.js';
import { parseFeed } from './parse-feed.js';
import { writeFeed } from './write-feed.js';
import { captureWarnings } from '../test-support/feeds.js';
import { openOutageServer, type OutageServer } from '../test-support/outage.js';
import { copyStored, forgetCopies, newPageView, restoreStore, stubCaches } from '../test-support/page-views.js';

/** A widget's load of `url` with the cache, on a new page view (a new shared store). */
function visit(url: string, timeout?: number): Promise<LoadResult> {
  const store = newPageView();
  if (timeout) store.timeout = timeout;
  return lastGood(url, store.load(url));
}

/** Unhandled rejections while `run` runs (none may escape into a partner's page). */
async function unhandledRejections(run: () => Promise<unknown>) {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  addEventListener('unhandledrejection', listener);
  try {
    await run();
    // Reported after the microtasks of the task they happened in.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    removeEventListener('unhandledrejection', listener);
  }
  return reasons;
}

const urls = (n: number, label: string) => Array.from({ length: n }, (_, i) => `https://media.example/${label}/${i}/feed.json`);
const stored = async (list: string[]) => Promise.all(list.map(async (url) => !!(await readCopy(url))));

let server: OutageServer;
beforeEach(async () => {
  await forgetCopies();
  server = await openOutageServer();
});
afterEach(async () => {
  restoreStore();
  await server.close();
  await forgetCopies();
});

/**
 * Every field of every entry of a model, whatever the model's fields are (not the writer's
 * list): references (and back-references, an actor's quotes) as ids, dates as ISO strings.
 */
function flatten(dossier: Dossier) {
  const value = (v: unknown): unknown =>
    v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.map(value) : v && typeof v === 'object' ? ('id' in v ? v.id : JSON.stringify(v)) : v;
  const entries = (map: Map<string, object>) =>
    [...map.values()].map((entry) => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined).map(([k, v]) => [k, value(v)])));
  const { themes, places, actors, initiatives, quotes, items, ...rest } = dossier;
  return { rest: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, value(v)])), themes: entries(themes), places: entries(places), actors: entries(actors), initiatives: entries(initiatives), quotes: entries(quotes), items: entries(items) };
}

describe('feed cache: last known good', () => {
  it('stores what the parser read, written back (write-feed.ts): read again, every field of every entry is the same', async () => {
    const base = 'https://media.example/dossiers/x/feed.json';
    for (const name of ['sample', 'fictional', 'fictional-en', 'broken']) {
      const feed = await (await fetch(`/test-feeds/${name}`)).json();
      const { dossier } = parseFeed(feed, base);
      const again = parseFeed(JSON.parse(JSON.stringify(writeFeed(dossier!))), base);
      expect(again.problems, name).to.deep.equal([]);
      expect(flatten(again.dossier!), name).to.deep.equal(flatten(dossier!));
    }
  });

  it('keeps a valid feed\'s body, and when it was fetched; without `cache`, keeps nothing', async () => {
    const before = Date.now();
    await new FeedStore().load(server.url);
    // Give a write, if there were one, the time to land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readCopy(server.url)).to.equal(undefined);
    await visit(server.url);
    await copyStored(server.url);
    const copy = (await readCopy(server.url))!;
    expect(JSON.parse(copy.text)._dossier.id).to.equal('pratiques-collaboratives');
    expect(copy.date.getTime()).to.be.within(before, Date.now());
  });

  it('keeps no invalid feed: not a dossier, not JSON, an HTTP error', async () => {
    for (const feed of ['not-a-dossier', 'not-json']) {
      await server.serve({ feed });
      await captureWarnings(() => visit(server.url).catch(() => {}));
    }
    await server.serve({ status: 500 });
    await captureWarnings(() => visit(server.url).catch(() => {}));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readCopy(server.url)).to.equal(undefined);
  });

  it('shows the copy at once on the next visit, before a slow feed answers; then nothing new when it is the same', async () => {
    await visit(server.url);
    await copyStored(server.url);
    await server.serve({ delay: 2500 });
    const start = performance.now();
    const shown = await visit(server.url);
    const waited = performance.now() - start;
    expect(shown.dossier!.id).to.equal('pratiques-collaboratives');
    expect(waited).to.be.below(2000);
    expect(shown.stale).to.equal(undefined);
    // The network's answer, the same feed: the copy was current.
    expect(await shown.next).to.equal(undefined);
    expect(await server.hits()).to.equal(2);
  });

  it('gives the newer feed as `next` when the network brings one, and keeps it as the new copy', async () => {
    await server.serve({ feed: 'fictional' });
    await visit(server.url);
    await copyStored(server.url);
    await server.serve({ feed: 'fictional', edit: ['que personne n’a dite', 'que personne n’a dite, mise à jour'], delay: 300 });
    const shown = await visit(server.url);
    expect(shown.dossier!.quotes.get('q-camille')!.text).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
    const fresh = (await shown.next)!;
    expect(fresh.dossier!.quotes.get('q-camille')!.text).to.contain('mise à jour');
    expect([fresh.next, fresh.stale]).to.deep.equal([undefined, undefined]);
    await waitUntil(async () => (await readCopy(server.url))?.text.includes('mise à jour'), 'the newer feed was not kept');
  });

  describe('the outage, served over HTTP: 200, then 503, then connection refused', () => {
    /** Loads once more after the feed failed: the copy, then `next`, the copy marked stale. */
    async function staleVisit(): Promise<{ shown: LoadResult; stale: LoadResult; warnings: string[] }> {
      let shown!: LoadResult;
      let stale!: LoadResult;
      const warnings = await captureWarnings(async () => {
        shown = await visit(server.url, 1000);
        stale = (await shown.next)!;
      });
      return { shown, stale, warnings };
    }

    it('shows the copy, marked stale with its date and how the feed failed; FeedStore\'s one warning, as without cache', async () => {
      await visit(server.url);
      await copyStored(server.url);
      const { date } = (await readCopy(server.url))!;

      await server.serve({ status: 503 });
      const http = await staleVisit();
      expect(http.shown.dossier!.id).to.equal('pratiques-collaboratives');
      expect(http.stale.dossier).to.equal(http.shown.dossier);
      expect(http.stale.stale).to.be.instanceOf(StaleCopy);
      expect({ ...http.stale.stale }).to.deep.equal({ url: server.url, date, kind: 'http', status: 503 });
      expect(http.warnings).to.have.length(1);
      expect(http.warnings[0]).to.contain('HTTP 503').and.contain(server.url);

      await server.close();
      const refused = await staleVisit();
      expect({ ...refused.stale.stale }).to.deep.include({ url: server.url, date, kind: 'network' });
      expect(refused.warnings).to.have.length(1);
      expect(refused.warnings[0]).to.contain('could not be reached').and.contain(server.url);
    });

    it('also when the feed times out, is not JSON, or is no dossier feed', async () => {
      await visit(server.url);
      await copyStored(server.url);
      const kinds: string[] = [];
      for (const answer of [{ delay: 3000 }, { feed: 'not-json' }, { feed: 'not-a-dossier' }]) {
        await server.serve(answer);
        kinds.push((await staleVisit()).stale.stale!.kind);
      }
      expect(kinds).to.deep.equal(['timeout', 'not-json', 'invalid']);
      // The copy is still the first one: a failed feed never replaces it.
      expect(JSON.parse((await readCopy(server.url))!.text)._dossier.id).to.equal('pratiques-collaboratives');
    });

    it('without a copy, fails as without cache: the typed error, one warning', async () => {
      await server.serve({ status: 503 });
      let error: unknown;
      const warnings = await captureWarnings(() => visit(server.url).catch((e) => (error = e)));
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).status).to.equal(503);
      expect(warnings).to.have.length(1);
    });
  });

  describe('bounds: a few feeds, a few MB, least recently used out first', () => {
    it(`keeps at most ${LIMITS.feeds} feeds: storing a sixth drops the least recently used`, async () => {
      const list = urls(6, 'count');
      for (const url of list.slice(0, 5)) await storeCopy(url, '{}');
      // The first one is used again (shown, or fetched again): the second is now the oldest.
      await storeCopy(list[0]!, '{}');
      await storeCopy(list[5]!, '{}');
      expect(await stored(list)).to.deep.equal([true, false, true, true, true, true]);
      expect((await (await caches.open(CACHE_NAME)).keys()).length).to.equal(5);
    });

    it(`keeps at most ${LIMITS.bytes / 2 ** 20} MB in all, dropping the least recently used`, async () => {
      const list = urls(3, 'bytes');
      const twoMB = 'x'.repeat(2 * 2 ** 20);
      for (const url of list) await storeCopy(url, twoMB);
      // 3 × 2 MB is over 5 MB: the oldest goes.
      expect(await stored(list)).to.deep.equal([false, true, true]);
    });

    it('keeps no feed bigger than the bound, and drops the older copy it replaces', async () => {
      const [url] = urls(1, 'big');
      await storeCopy(url!, '{"old":true}');
      await storeCopy(url!, 'x'.repeat(1001), new Date(), { feeds: 5, bytes: 1000 });
      expect(await readCopy(url!)).to.equal(undefined);
    });

    it('counts bytes, not characters', async () => {
      const list = urls(2, 'utf8');
      // 400 characters of 2 bytes each in UTF-8: 800 bytes each, over 1,000 together.
      for (const url of list) await storeCopy(url, 'é'.repeat(400), new Date(), { feeds: 5, bytes: 1000 });
      expect(await stored(list)).to.deep.equal([false, true]);
    });
  });

  describe('where storage is unavailable: as without cache, nothing thrown', () => {
    const cases: [string, () => unknown][] = [
      // A sandboxed frame's opaque origin: Chromium throws on reading `caches` itself.
      ['reading `caches` throws a SecurityError (opaque origin)', () => {
        throw new DOMException('Cache storage is disabled', 'SecurityError');
      }],
      // http: pages are no secure context: no `caches` at all.
      ['no `caches` (insecure context)', () => undefined],
      // Private modes and blocked storage: the open rejects.
      ['caches.open rejects (private mode, blocked storage)', () => ({ open: () => Promise.reject(new DOMException('blocked', 'SecurityError')) })],
      // The origin's quota is used up: writes reject.
      ['a quota error: cache.put rejects', () => ({
        open: async () => ({ match: async () => undefined, put: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')), keys: async () => [], delete: async () => true }),
      })],
    ];
    for (const [label, get] of cases) {
      it(label, async () => {
        const restore = stubCaches(get);
        let result: LoadResult | undefined;
        let warnings: string[] = [];
        let rejections: unknown[];
        try {
          rejections = await unhandledRejections(async () => {
            warnings = await captureWarnings(async () => {
              result = await visit(server.url);
              await storeCopy(server.url, '{}');
              expect(await readCopy(server.url)).to.equal(undefined);
            });
          });
        } finally {
          restore();
        }
        expect(result!.dossier!.id).to.equal('pratiques-collaboratives');
        expect([result!.next, result!.stale]).to.deep.equal([undefined, undefined]);
        expect(warnings).to.deep.equal([]);
        expect(rejections).to.deep.equal([]);
        // The next visit fails as without cache.
        await server.serve({ status: 503 });
        const again = stubCaches(get);
        try {
          let error: unknown;
          await captureWarnings(() => visit(server.url).catch((e) => (error = e)));
          expect((error as FeedError).kind).to.equal('http');
        } finally {
          again();
        }
      });
    }
  });
});
