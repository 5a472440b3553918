/**
 * Feeds that are too big (issue #13, item 6), over real HTTP (test/big-feed-server.mjs): a feed
 * over its size limit fails with `too-large` without being downloaded (Content-Length) or as
 * soon as its bytes pass the limit (no Content-Length, or one that says less than what comes);
 * a big valid feed is parsed in slices and gives what the one-go parse gives.
 * test/node/big-feed.test.mjs checks the steps against JSON.parse and parseFeed at 25 MB.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/dossier-quote/dossier-quote.js';
import '../components/dossier-feed/dossier-feed.js';
import '../components/actor-card/actor-card.js';
import type { ActorCard } from '../components/actor-card/actor-card.component.js';
import type { DossierQuote } from '../components/dossier-quote/dossier-quote.component.js';
import type { DossierLoadDetail } from '../core/events.js';
import { core as enCore } from '../i18n/en/core.js';
import { core as frCore } from '../i18n/fr/core.js';
import { parseBigFeed } from './big-feed.js';
import { FeedError } from './feed-error.js';
import { absoluteUrl, FeedStore } from './feed-store.js';
import { parseFeed } from './parse-feed.js';
import { settled, shadowText } from '../test-support/elements.js';
import { captureWarnings, uniqueKey } from '../test-support/feeds.js';

/** The sample feed's size in bytes; the padded feeds below add spaces after it. */
const SAMPLE = (await (await fetch('/big-feeds/sample')).arrayBuffer()).byteLength;
const LIMIT = 100_000;
const PAD = 1_000_000;

type Transfer = 'length' | 'chunked' | 'gzip' | 'stall' | 'stall-chunked';

const sampleUrl = (key: string, pad: number, transfer: Transfer) => `/big-feeds/sample?${new URLSearchParams({ key, pad: String(pad), transfer })}`;

const served = async (key: string) => (await (await fetch(`/big-feeds/hits?key=${key}`)).json()) as { hits: number; closedEarly: number };

/** Loads `url` through a fresh store with `maxSize`, warnings captured. */
async function loadWith(url: string, maxSize?: number) {
  let outcome!: Awaited<ReturnType<FeedStore['load']>> | FeedError;
  const warnings = await captureWarnings(async () => {
    outcome = await new FeedStore().load(url, { maxSize }).catch((error: FeedError) => error);
  });
  return { outcome, warnings };
}

describe('Feeds too big to read', () => {
  it('the served variants are what they claim (a precondition of the tests below)', async () => {
    const length = await fetch(sampleUrl(uniqueKey('h'), 10, 'length'));
    expect(length.headers.get('content-length')).to.equal(String(SAMPLE + 10));
    const chunked = await fetch(sampleUrl(uniqueKey('h'), 10, 'chunked'));
    expect(chunked.headers.get('content-length')).to.equal(null);
    const gzip = await fetch(sampleUrl(uniqueKey('h'), PAD, 'gzip'));
    expect(Number(gzip.headers.get('content-length'))).to.be.below(LIMIT);
    expect((await gzip.arrayBuffer()).byteLength).to.equal(SAMPLE + PAD);
  });

  it('Content-Length over the limit: too-large at once, the body never downloaded (the server never sends it)', async function () {
    this.timeout(30_000);
    const key = uniqueKey('stall');
    const url = sampleUrl(key, PAD, 'stall');
    const { outcome, warnings } = await loadWith(url, LIMIT);
    expect(outcome).to.be.instanceOf(FeedError);
    const error = outcome as FeedError;
    expect([error.kind, error.url]).to.deep.equal(['too-large', absoluteUrl(url)]);
    expect(warnings).to.deep.equal([`dossier-widgets: The feed is over max-size: ${SAMPLE + PAD} > ${LIMIT} bytes (${absoluteUrl(url)})`]);
    // The connection is closed, not left to download. Firefox closes it a moment later: more than
    // 5 s once, with three engines running side by side on two cores, hence the longer wait.
    await waitUntil(async () => (await served(key)).closedEarly === 1, 'the connection stayed open', { timeout: 20_000 });
    expect((await served(key)).hits).to.equal(1);
  });

  it('no Content-Length (chunked): reading stops as soon as the bytes pass the limit (the server never ends)', async function () {
    this.timeout(30_000);
    const key = uniqueKey('chunked');
    const url = sampleUrl(key, PAD, 'stall-chunked');
    const { outcome, warnings } = await loadWith(url, LIMIT);
    const error = outcome as FeedError;
    expect(error.kind).to.equal('too-large');
    // Stopped at the first read past the limit, before the end of the body (which never comes:
    // the wait would be endless). A read returns whatever the browser has buffered since the
    // last one, 16 KB pieces or, seen here, 223 KB and 616 KB at once, and once (Chromium under
    // load) the whole body in one read: so the bound is the whole body, counted at most once. That
    // the load ended at all says reading stopped (the body's end never comes); the server's count
    // of an early close says the connection was closed.
    const [, size] = /over max-size: (\d+) > /.exec(error.message)!;
    expect(Number(size)).to.be.above(LIMIT).and.at.most(SAMPLE + PAD);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`> ${LIMIT} bytes (${absoluteUrl(url)})`);
    await waitUntil(async () => (await served(key)).closedEarly === 1, 'the connection stayed open', { timeout: 20_000 });
  });

  it('a Content-Length that says less than what comes (gzip): the bytes received count', async () => {
    const { outcome } = await loadWith(sampleUrl(uniqueKey('gzip'), PAD, 'gzip'), LIMIT);
    expect((outcome as FeedError).kind).to.equal('too-large');
  });

  it('at or under the limit, in every transfer, the feed loads whole: the limit counts bytes, to the byte', async () => {
    for (const transfer of ['length', 'chunked', 'gzip'] as const) {
      const { outcome, warnings } = await loadWith(sampleUrl(uniqueKey(transfer), LIMIT - SAMPLE, transfer), LIMIT);
      expect(warnings, transfer).to.deep.equal([]);
      expect((outcome as { dossier: { id: string } }).dossier.id, transfer).to.equal('pratiques-collaboratives');
      const over = await loadWith(sampleUrl(uniqueKey(transfer), LIMIT - SAMPLE + 1, transfer), LIMIT);
      expect((over.outcome as FeedError).kind, transfer).to.equal('too-large');
    }
  });

  it('the default limit is 20 MiB', async () => {
    expect(new FeedStore().maxSize).to.equal(20 * 1024 * 1024);
    const url = sampleUrl(uniqueKey('default'), 20 * 1024 * 1024 + 1 - SAMPLE, 'stall');
    const { outcome } = await loadWith(url);
    expect((outcome as FeedError).message).to.contain(`${20 * 1024 * 1024 + 1} > ${20 * 1024 * 1024} bytes`);
  });

  for (const [lang, strings] of [['fr', frCore], ['en', enCore]] as const) {
    it(`<dossier-feed max-size>: the widget says so (${lang}), keeps its fallback, fires dossier-error "too-large", warns once`, async () => {
      const url = sampleUrl(uniqueKey(`el-${lang}`), PAD, 'stall');
      const events: CustomEvent[] = [];
      let quote!: DossierQuote;
      const warnings = await captureWarnings(async () => {
        const feed = await fixture(html`<dossier-feed lang=${lang} src=${url} max-size=${LIMIT} @dossier-error=${(e: CustomEvent) => events.push(e)}>
          <dossier-quote><blockquote>Le texte de repli du partenaire.</blockquote></dossier-quote>
        </dossier-feed>`);
        quote = await settled(feed.querySelector<DossierQuote>('dossier-quote')!);
      });
      expect(shadowText(quote, '[part=error]')).to.equal(strings.errors['too-large']);
      expect(quote.querySelector('blockquote')!.textContent).to.equal('Le texte de repli du partenaire.');
      expect(quote.shadowRoot!.querySelector('slot')!.assignedElements()).to.deep.equal([quote.querySelector('blockquote')]);
      expect(events.map((e) => e.detail.kind)).to.deep.equal(['too-large']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${SAMPLE + PAD} > ${LIMIT} bytes (${absoluteUrl(url)})`);
      await expect(quote).to.be.accessible();
    });
  }
});

describe('Big valid feeds, parsed in slices', function () {
  // 5 MB fetched, parsed in slices and once more in one go for comparison: 10-20 s in
  // WebKitGTK on a busy machine, over the suite's 10 s default.
  this.timeout(60_000);
  /** 20,000 initiatives: 5.4 MB, over the 1 MiB from which the store parses in slices. */
  const BIG = '/big-feeds/synthetic?initiatives=20000';

  it('a 5 MB feed loads through the sliced parse, the page getting the thread back every few ms, and equals the one-go parse', async () => {
    const text = await (await fetch(BIG)).text();
    expect(text.length).to.be.above(5_000_000);
    // The slices' driver yields through scheduler.yield when there is one: count its calls.
    const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const original = g.scheduler;
    const yields: number[] = [];
    g.scheduler = { yield: () => (yields.push(performance.now()), new Promise((resolve) => setTimeout(resolve))) };
    let result;
    try {
      result = await new FeedStore().load(`${BIG}&key=${uniqueKey('big')}`);
    } finally {
      g.scheduler = original;
    }
    expect(yields.length).to.be.above(3);
    const expected = parseFeed(JSON.parse(text), absoluteUrl(BIG));
    expect(result.dossier!.initiatives.size).to.equal(20_000);
    expect([...result.dossier!.initiatives.keys()]).to.deep.equal([...expected.dossier!.initiatives.keys()]);
    expect([...result.dossier!.places.values()].at(-1)).to.deep.equal([...expected.dossier!.places.values()].at(-1));
    expect(result.problems).to.deep.equal(expected.problems);
  });

  it('a 2.7 MB feed (under 4 MiB: JSON.parse at once) still has its feed parser run in slices, and equals the one-go parse', async () => {
    const url = '/big-feeds/synthetic?initiatives=10000';
    const text = await (await fetch(url)).text();
    expect(text.length).to.be.within(2_000_000, 1 << 22);
    // A clock that moves 10 ms per reading, so that slices end whatever the engine's speed (a
    // quiet WebKitGTK parsed the whole feed inside one real 30 ms slice), and yields counted.
    const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const original = g.scheduler;
    let yields = 0;
    let clock = 0;
    g.scheduler = { yield: () => (yields++, Promise.resolve()) };
    Object.defineProperty(performance, 'now', { configurable: true, value: () => (clock += 10) });
    let result;
    try {
      result = await parseBigFeed(text, absoluteUrl(url));
    } finally {
      g.scheduler = original;
      delete (performance as { now?: unknown }).now;
    }
    expect(yields).to.be.above(0);
    const expected = parseFeed(JSON.parse(text), absoluteUrl(url));
    expect([...result.dossier!.initiatives.keys()]).to.deep.equal([...expected.dossier!.initiatives.keys()]);
    expect(result.problems).to.deep.equal(expected.problems);
    expect(result.length).to.equal(text.length);
  });

  it('parseBigFeed rejects a body that is not JSON with a SyntaxError, whatever its size', async () => {
    const text = await (await fetch(BIG)).text();
    for (const body of [text.slice(0, -100), text.slice(0, 3_000_000)]) {
      const error = await parseBigFeed(body, 'https://media.example/feed.json').catch((e: Error) => e);
      expect(error).to.be.instanceOf(SyntaxError);
    }
  });

  it('a widget renders from a 5 MB feed', async () => {
    let detail!: DossierLoadDetail;
    const card = await settled(
      await fixture<ActorCard>(
        html`<actor-card feed=${`${BIG}&key=${uniqueKey('big-el')}`} actor="acteur-fictif" @dossier-load=${(e: CustomEvent<DossierLoadDetail>) => (detail = e.detail)}></actor-card>`,
      ),
    );
    expect(shadowText(card, '[part=name]')).to.equal('Association Fictive');
    expect(detail.dossier.initiatives.size).to.equal(20_000);
  });
});
