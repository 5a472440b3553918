/**
 * The script-tag loader (dist/cdn/loader.js, built by `npm test` before the browser tests):
 * it defines each element when it appears, downloads only that element's chunks, and is
 * harmless when loaded twice.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
});
