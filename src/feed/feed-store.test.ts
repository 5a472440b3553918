import { expect, waitUntil } from '@open-wc/testing';
import { FeedError } from './feed-error.js';
import { FeedStore } from './feed-store.js';
import { engineSupport } from '../../test/engine-support.js';
import { captureWarnings, feedUrl, hits, requests, uniqueKey } from '../test-support/feeds.js';

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
};

describe('FeedStore', () => {
  it('a feed refused as too large (its Content-Length over the limit) does not download the big-feed parser', async () => {
    // This file imports nothing of big-feed.ts: only the store could have asked for it.
    const url = `/big-feeds/sample?${new URLSearchParams({ key: uniqueKey('too-large'), pad: String(2_000_000), transfer: 'stall' })}`;
    let error!: FeedError;
    await captureWarnings(async () => {
      error = (await rejection(new FeedStore().load(url, { maxSize: 1_500_000 }))) as FeedError;
    });
    expect(error.kind).to.equal('too-large');
    // The module, served here as /src/feed/big-feed.ts (the stalled feed itself never ends, so it has no entry).
    const modules = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(modules.filter((path) => path.includes('/big-feed.'))).to.deep.equal([]);
  });

  it('makes one request for concurrent and repeated loads of one URL', async () => {
    const store = new FeedStore();
    const key = uniqueKey('store');
    const url = feedUrl('sample', { key, delay: 50 });
    const results = await Promise.all(Array.from({ length: 10 }, () => store.load(url)));
    await store.load(url);
    expect(results.every((r) => r === results[0])).to.equal(true);
    expect(await hits(key)).to.equal(1);
  });

  it('aborting one caller does not cancel the request for the others', async () => {
    const store = new FeedStore();
    const key = uniqueKey('abort');
    const url = feedUrl('sample', { key, delay: 100 });
    const leaving = new AbortController();
    const gone = store.load(url, { signal: leaving.signal });
    const staying = store.load(url, { signal: new AbortController().signal });
    leaving.abort();
    expect((await rejection(gone)).name).to.equal('AbortError');
    expect((await staying).dossier!.id).to.equal('pratiques-collaboratives');
    expect(await hits(key)).to.equal(1);
  });

  it('aborts the fetch when the last caller leaves, and fetches anew afterwards', async () => {
    const store = new FeedStore();
    const key = uniqueKey('abort-all');
    // Portability: delay 500 (was 200) leaves room for the wait below on a busy machine.
    const url = feedUrl('sample', { key, delay: 500 });
    const controller = new AbortController();
    const first = store.load(url, { signal: controller.signal });
    // Portability: abort once the server has the request. Chromium sends a fetch aborted in the
    // same task, Firefox does not, which made the count below 1 instead of 2 there.
    await waitUntil(async () => (await hits(key)) === 1, 'the first request did not reach the server', { interval: 10 });
    controller.abort();
    expect((await rejection(first)).name).to.equal('AbortError');
    expect((await store.load(url)).dossier).to.not.equal(null);
    expect(await hits(key)).to.equal(2);
  });

  describe('HTTP caching: the publisher\'s headers decide, the library never defeats them', () => {
    // Two stores stand for two page views in one browser: the page's store is gone, the HTTP cache is not.
    it('requests the feed URL exactly as given (no cache-busting query string)', async () => {
      const key = uniqueKey('exact');
      const url = feedUrl('sample', { key });
      await new FeedStore().load(url);
      expect((await requests(key)).url).to.equal(url);
    });

    it('a feed sent with a max-age is read from the browser cache on the next page view', async function () {
      // WebKitGTK here browses without an HTTP cache (see test/launchers.mjs): nothing to show there.
      if (!(await engineSupport()).httpCache) this.skip();
      const key = uniqueKey('max-age');
      const url = feedUrl('sample', { key, cache: 'max-age' });
      const first = await new FeedStore().load(url);
      const second = await new FeedStore().load(url);
      expect(second.dossier!.id).to.equal(first.dossier!.id);
      expect(await hits(key)).to.equal(1);
    });

    it('a feed sent with an ETag is revalidated (304) and still renders', async function () {
      // Same reason: no cache to revalidate under WebKitGTK's automation.
      if (!(await engineSupport()).httpCache) this.skip();
      const key = uniqueKey('etag');
      const url = feedUrl('sample', { key, cache: 'etag' });
      await new FeedStore().load(url);
      const { dossier, problems } = await new FeedStore().load(url);
      expect([dossier!.id, problems.length]).to.deep.equal(['pratiques-collaboratives', 0]);
      expect(await requests(key)).to.deep.include({ hits: 2, revalidated: 1 });
    });
  });

  const cases: [string, string, Partial<FeedError>][] = [
    ['HTTP status', feedUrl('sample', { status: 404 }), { kind: 'http', status: 404 }],
    ['server error', feedUrl('sample', { status: 503 }), { kind: 'http', status: 503 }],
    ['not JSON', feedUrl('sample', { body: 'not-json' }), { kind: 'not-json' }],
    ['not a dossier', feedUrl('not-a-dossier'), { kind: 'invalid' }],
    ['network', 'http://127.0.0.1:9/feed.json', { kind: 'network' }],
  ];
  for (const [label, url, expected] of cases) {
    it(`types the error: ${label}, and warns once with the URL`, async () => {
      const store = new FeedStore();
      let error: Error | undefined;
      const warnings = await captureWarnings(async () => (error = await rejection(store.load(url))));
      expect(error).to.be.instanceOf(FeedError);
      expect(error).to.include(expected);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain((error as FeedError).url);
    });
  }

  it('times out a feed that does not answer', async () => {
    const store = new FeedStore();
    store.timeout = 100;
    const error = (await rejection(store.load(feedUrl('sample', { delay: 2000 })))) as FeedError;
    expect(error.kind).to.equal('timeout');
  });

  it('forgets a failure so that a retry fetches again', async () => {
    const store = new FeedStore();
    const key = uniqueKey('retry');
    const url = feedUrl('sample', { key, status: 500 });
    await rejection(store.load(url));
    await rejection(store.load(url));
    expect(await hits(key)).to.equal(2);
  });

  it('warns once, with every problem and its path, for a feed that parses with problems', async () => {
    const store = new FeedStore();
    const url = feedUrl('broken');
    const warnings = await captureWarnings(() => Promise.all([store.load(url), store.load(url)]));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('/test-feeds/broken');
    expect(warnings[0]).to.contain('_dossier.quotes[1].actor: unknown actor "fantome"');
  });
});
