/**
 * The script-tag loader (dist/cdn/loader.js, built by `npm test` before the browser tests):
 * it defines each element when it appears, downloads only that element's chunks, is
 * harmless when loaded twice, and sizes the iframes of exported embed pages.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SIZE_MESSAGE } from '../src/embed-site/size-message.js';
import { captureWarnings } from '../src/test-support/feeds.js';

const LOADER = '/dist/cdn/loader.js';
const chunksLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('/dist/cdn/chunks/'))
    .map((n) => n.split('/').pop()!);

describe('script-tag loader', () => {
  it('a page with only a quote loads the quote\'s chunks and never the map; later elements are defined when added', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <dossier-quote feed="/demo/feeds/pratiques-collaboratives.json" quote="pratiques-et-economie"><blockquote>Fallback</blockquote></dossier-quote>
    </div>`);
    await captureWarnings(() => import(/* @vite-ignore */ LOADER));
    const quote = root.querySelector('dossier-quote')!;
    await waitUntil(() => quote.shadowRoot?.querySelector('figure'), 'the quote was not defined by the loader', { timeout: 5000 });
    expect(chunksLoaded().some((c) => c.startsWith('initiative-map'))).to.equal(false);
    expect(chunksLoaded().some((c) => c.startsWith('FR-'))).to.equal(false);
    expect(customElements.get('initiative-map')).to.equal(undefined);

    // A CMS adds an element later: the loader sees it and loads its chunk, once.
    const card = document.createElement('actor-card');
    card.setAttribute('feed', '/demo/feeds/pratiques-collaboratives.json');
    card.setAttribute('actor', 'marie-carreaud');
    root.append(card);
    await waitUntil(() => card.shadowRoot?.querySelector('article'), 'a later element was not defined', { timeout: 5000 });
    expect(chunksLoaded().filter((c) => c.startsWith('actor-card-'))).to.have.length(1);
    expect(customElements.get('initiative-map')).to.equal(undefined);
  });

  it('loaded twice: no exception, no second observer, the first loader keeps serving', async () => {
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ LOADER);
      await import(/* @vite-ignore */ `${LOADER}?pasted-twice`);
    });
    expect(warnings).to.deep.equal([]);
    const global = (globalThis as unknown as { dossierWidgets: { version: string; load: unknown } }).dossierWidgets;
    expect(global.version).to.match(/^\d+\.\d+\.\d+/);
    expect(global.load).to.be.a('function');
  });

  it('another version already on the page: one warning naming both versions, the first keeps serving', async () => {
    const key = Symbol.for('dossier-widgets.loader');
    const global = globalThis as unknown as Record<symbol, { version: string }>;
    await import(/* @vite-ignore */ LOADER);
    const real = global[key]!.version;
    global[key]!.version = '0.0.9';
    try {
      const warnings = await captureWarnings(() => import(/* @vite-ignore */ `${LOADER}?other-version`));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.9').and.contain(real);
    } finally {
      global[key]!.version = real;
    }
  });

  describe('sizing the iframes of exported embed pages (their SIZE_MESSAGE)', () => {
    /** Errors and rejections the page reports while a test runs: the loader must throw none. */
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    const frames: HTMLIFrameElement[] = [];

    before(() => import(/* @vite-ignore */ LOADER));
    beforeEach(() => {
      errors.length = 0;
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
    });
    afterEach(() => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      for (const frame of frames.splice(0)) frame.remove();
    });

    /** An iframe in the page, 150 px tall (the default) until its page says otherwise, once loaded. */
    async function frame(set: (iframe: HTMLIFrameElement) => void) {
      const iframe = document.createElement('iframe');
      iframe.style.border = '0';
      set(iframe);
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      document.body.append(iframe);
      frames.push(iframe);
      await loaded;
      return iframe;
    }
    const height = (iframe: HTMLIFrameElement) => iframe.getBoundingClientRect().height;

    it('an exported page (its real embed-page.js) gets its height, and again when its content grows', async () => {
      const iframe = await frame((f) => (f.src = '/src/test-support/fixtures/embed-page.html'));
      await waitUntil(() => height(iframe) === 432, `the frame is ${height(iframe)} px, not the page's 432`, { timeout: 5000 });
      expect(iframe.style.height).to.equal('432px');
      iframe.contentDocument!.getElementById('box')!.style.height = '610px';
      await waitUntil(() => height(iframe) === 610, `the frame is ${height(iframe)} px after the page grew to 610`, { timeout: 5000 });
      expect(errors).to.deep.equal([]);
    });

    it('only the frame whose page posted it, only a finite height, clamped to 0–10,000 px; nothing else, and it never throws', async () => {
      // Pages whose script the test drives: send() posts from the frame's own window.
      const page = '<script>window.send = (message) => parent.postMessage(message, "*");</script>';
      const [a, b] = await Promise.all([frame((f) => (f.srcdoc = page)), frame((f) => (f.srcdoc = page))]);
      type Sender = Window & { send: (message: unknown) => void };
      const send = (iframe: HTMLIFrameElement, message: unknown) => (iframe.contentWindow as Sender).send(message);
      /** Posts from `a`, then a sizing message from `b`: once `b` took its height, `a`'s was handled. */
      let mark = 200;
      async function fromA(message: unknown) {
        send(a, message);
        send(b, { type: SIZE_MESSAGE, height: ++mark });
        await waitUntil(() => height(b) === mark, `frame b is not ${mark} px`, { timeout: 5000 });
      }

      await fromA({ type: SIZE_MESSAGE, height: 321 });
      expect(height(a)).to.equal(321);
      for (const message of [
        { type: SIZE_MESSAGE, height: '500' },
        { type: SIZE_MESSAGE, height: NaN },
        { type: SIZE_MESSAGE, height: Infinity },
        { type: SIZE_MESSAGE, height: 500n },
        { type: SIZE_MESSAGE, height: { valueOf: 500 } },
        { type: SIZE_MESSAGE },
        { type: 'embed-size', sentinel: 'amp', height: 500 },
        { message: 'height', value: 500 },
        { height: 500 },
        null,
        'dossier-widgets:size',
        500,
      ]) {
        await fromA(message);
        expect(height(a), JSON.stringify(message, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))).to.equal(321);
      }
      // A message from the page itself names no frame.
      postMessage({ type: SIZE_MESSAGE, height: 77 }, '*');
      await fromA({ type: 'nothing' });
      expect([height(a), height(b)]).to.deep.equal([321, mark]);

      await fromA({ type: SIZE_MESSAGE, height: 1e9 });
      expect(a.style.height).to.equal('10000px');
      await fromA({ type: SIZE_MESSAGE, height: -40 });
      expect(a.style.height).to.equal('0px');
      await fromA({ type: SIZE_MESSAGE, height: 123.5 });
      expect(height(a)).to.equal(123.5);
      await aTimeout(50);
      expect(errors).to.deep.equal([]);
    });
  });
});
