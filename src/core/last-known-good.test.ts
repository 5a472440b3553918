/**
 * Last known good, as a reader and a partner see it, on <dossier-quote> (the cache lives in the
 * shared data path, DossierController and DossierElement, so every widget behaves alike): the
 * copy shown at once on the next visit, updated in place when the feed changed, kept with a
 * note and a `dossier-stale` event through an outage served over HTTP (200, then 503, then a
 * closed port), `cache="none"`, a sandboxed frame's opaque origin, a quota error. Each test
 * deletes the cache it used and gets the page's feed store back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/dossier-quote/dossier-quote.js';
import '../components/dossier-feed/dossier-feed.js';
import type { DossierQuote } from '../components/dossier-quote/dossier-quote.component.js';
import { readCopy } from '../feed/feed-cache.js';
import { cache as enCache } from '../i18n/en/cache.js';
import { cache as frCache } from '../i18n/fr/cache.js';
import { format } from '../i18n/messages.js';
import { settled, shadowText } from '../test-support/elements.js';
import { captureWarnings } from '../test-support/feeds.js';
import { openOutageServer, type OutageServer } from '../test-support/outage.js';
import { copyStored, forgetCopies, newPageView, restoreStore, stubCaches } from '../test-support/page-views.js';

const NAME = 'Camille Exemple';
const WORDS = 'Une phrase inventée pour les tests, que personne n’a dite.';

/** The note a widget in `lang` shows for a copy fetched at `date`. */
const note = (lang: 'fr' | 'en', date: Date) =>
  format((lang === 'fr' ? frCache : enCache).stale, { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date) });

const recorders: (() => void)[] = [];

/** The dossier-* events fired by `el`, or by any <dossier-quote> (from before it exists), in order, heard on `document`. */
function recordEvents(el?: Element) {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => {
    const target = e.composedPath()[0] as Element;
    if (el ? target === el : target.localName === 'dossier-quote') events.push(e as CustomEvent);
  };
  const types = ['dossier-load', 'dossier-error', 'dossier-stale'];
  for (const type of types) document.addEventListener(type, listener);
  recorders.push(() => types.forEach((type) => document.removeEventListener(type, listener)));
  return events;
}

let server: OutageServer;
beforeEach(async () => {
  await forgetCopies();
  server = await openOutageServer();
  await server.serve({ feed: 'fictional' });
});
afterEach(async () => {
  recorders.splice(0).forEach((stop) => stop());
  restoreStore();
  await server.close();
  await forgetCopies();
});

/** A page view with one quote of the test server's feed, rendered (or failed). */
async function view(template = html`<dossier-quote feed=${server.url} quote="q-camille"></dossier-quote>`) {
  newPageView();
  return settled(await fixture<DossierQuote>(template));
}

/** A first page view that keeps the copy. */
async function firstVisit() {
  const el = await view();
  expect(shadowText(el, '.name')).to.equal(NAME);
  await copyStored(server.url);
  return (await readCopy(server.url))!.date;
}

describe('last known good', () => {
  it('the outage, 200 → 503 → connection refused: the copy stays, with a note in the page\'s language, dossier-stale, one warning, axe', async () => {
    const date = await firstVisit();

    await server.serve({ status: 503 });
    const events = recordEvents();
    let el!: DossierQuote;
    const warnings = await captureWarnings(async () => {
      el = await view();
    });
    expect(shadowText(el, '.name')).to.equal(NAME);
    expect(shadowText(el, 'blockquote p')).to.equal(WORDS);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.getAttribute('lang')).to.equal('fr');
    expect(status.querySelector('small[part=stale]')!.textContent).to.equal(note('fr', date));
    expect(note('fr', date)).to.match(/^Contenu du \d{1,2} \S+ \d{4} — le dossier n’a pas pu être mis à jour$/);
    expect(events.map((e) => e.type)).to.deep.equal(['dossier-load', 'dossier-stale']);
    const stale = events[1]!;
    expect([stale.bubbles, stale.composed]).to.deep.equal([true, true]);
    expect({ ...stale.detail }).to.deep.equal({ url: server.url, date, kind: 'http', status: 503 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('HTTP 503').and.contain(server.url);
    // No error state: no retry button, no error message.
    expect(el.shadowRoot!.querySelector('[part=error], [part=retry]')).to.equal(null);
    await expect(el).to.be.accessible();

    await server.close();
    let en!: DossierQuote;
    const refused = await captureWarnings(async () => {
      en = await view(html`<dossier-quote lang="en" feed=${server.url} quote="q-camille"></dossier-quote>`);
    });
    expect(shadowText(en, '.name')).to.equal(NAME);
    expect(en.shadowRoot!.querySelector('[part=stale]')!.textContent).to.equal(note('en', date));
    expect(note('en', date)).to.match(/^As of \S+ \d{1,2}, \d{4}: the dossier could not be updated$/);
    expect(refused).to.have.length(1);
    expect(refused[0]).to.contain('could not be reached');
    await expect(en).to.be.accessible();
    // In the dark theme too (the note takes the widget's colours).
    en.theme = 'dark';
    await en.updateComplete;
    await expect(en).to.be.accessible();
  });

  it('a feed that fails after the copy rendered (a timeout): the note and dossier-stale come then, on the same content', async () => {
    await firstVisit();
    await server.serve({ delay: 2000 });
    newPageView();
    const feed = html`<dossier-feed src=${server.url} timeout="800"><dossier-quote quote="q-camille"></dossier-quote></dossier-feed>`;
    const events = recordEvents();
    const warnings = await captureWarnings(async () => {
      const provider = await fixture(feed);
      const el = provider.querySelector<DossierQuote>('dossier-quote')!;
      await waitUntil(() => shadowText(el, '.name') === NAME, 'the copy did not render');
      const figure = el.shadowRoot!.querySelector('figure');
      expect(el.shadowRoot!.querySelector('[part=stale]')).to.equal(null);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part=stale]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('figure')).to.equal(figure);
      expect(events.map((e) => [e.type, e.detail.kind])).to.deep.equal([['dossier-load', undefined], ['dossier-stale', 'timeout']]);
    });
    expect(warnings).to.have.length(1);
  });

  it('renders the copy without waiting for a slow feed, then updates in place to the newer one: same nodes, focus kept, never pending again', async () => {
    await firstVisit();
    await server.serve({ feed: 'fictional', edit: ['que personne n’a dite', 'que personne n’a dite, mise à jour'], delay: 1500 });
    newPageView();
    const start = performance.now();
    const el = await fixture<DossierQuote>(html`<dossier-quote feed=${server.url} quote="q-camille"></dossier-quote>`);
    await waitUntil(() => shadowText(el, 'blockquote p') === WORDS, 'the copy did not render');
    expect(performance.now() - start).to.be.below(1200);
    const events = recordEvents(el);
    const figure = el.shadowRoot!.querySelector('figure')!;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;
    link.focus();
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(el);
    observer.disconnect();
    expect(shadowText(el, 'blockquote p')).to.equal('Une phrase inventée pour les tests, que personne n’a dite, mise à jour.');
    expect(el.shadowRoot!.querySelector('figure')).to.equal(figure);
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(removed.filter((node) => node instanceof Element)).to.deep.equal([]);
    expect(events.map((e) => e.type)).to.deep.equal(['dossier-load']);
    expect(el.shadowRoot!.querySelector('[part=stale]')).to.equal(null);
  });

  describe('cache="none": as without cache', () => {
    const cases: [string, () => ReturnType<typeof html>, (root: Element) => DossierQuote][] = [
      ['on the widget', () => html`<dossier-quote cache="none" feed=${server.url} quote="q-camille"></dossier-quote>`, (root) => root as DossierQuote],
      [
        'on its <dossier-feed>',
        () => html`<dossier-feed cache="none" src=${server.url}><dossier-quote quote="q-camille"></dossier-quote></dossier-feed>`,
        (root) => root.querySelector('dossier-quote')!,
      ],
    ];
    for (const [label, template, widget] of cases) {
      it(`${label}: keeps no copy, shows none when the feed fails (the error and the fallback)`, async () => {
        newPageView();
        const el = widget(await fixture(template()));
        await settled(el);
        expect(shadowText(el, '.name')).to.equal(NAME);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await readCopy(server.url)).to.equal(undefined);
        // A copy kept by another page of the site (without cache="none"), then the outage.
        await firstVisit();
        await server.serve({ status: 503 });
        newPageView();
        const events = recordEvents();
        let failed!: DossierQuote;
        await captureWarnings(async () => {
          failed = widget(await fixture(template()));
          await settled(failed);
        });
        expect(failed.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
        expect(failed.shadowRoot!.querySelector('.name, [part=stale]')).to.equal(null);
        expect(events.map((e) => e.type)).to.deep.equal(['dossier-error']);
      });
    }
  });

  it('in a sandboxed frame (opaque origin: no storage): renders from the network, then fails, as without cache; nothing thrown', async () => {
    /** One page view in a frame with sandbox="allow-scripts" (as WordPress embeds do): what it saw. */
    async function framedView() {
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      const origin = location.origin;
      frame.srcdoc = `<!doctype html><html lang="fr"><body><script type="module">
        const seen = { errors: [], warnings: [] };
        addEventListener('error', (e) => seen.errors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => seen.errors.push(String(e.reason)));
        // Lit's development build (the test server's) says so once: not ours.
        console.warn = (...args) => String(args[0]).includes('Lit is in dev mode') || seen.warnings.push(args.join(' '));
        try { void caches.keys().catch((e) => (seen.caches = e.name)); } catch (e) { seen.caches = e.name; }
        await import('${origin}/src/components/dossier-quote/dossier-quote.ts');
        const el = document.createElement('dossier-quote');
        el.setAttribute('feed', ${JSON.stringify(server.url)});
        el.setAttribute('quote', 'q-camille');
        document.body.append(el);
        await el.updateComplete;
        await el.loadComplete;
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        seen.status = el.data.status;
        seen.name = el.shadowRoot.querySelector('.name')?.textContent;
        seen.error = el.shadowRoot.querySelector('[part=error]')?.textContent;
        parent.postMessage({ seen }, '*');
      </script>`;
      const message = new Promise<Record<string, unknown>>((resolve) =>
        addEventListener('message', function listener(event) {
          if (event.source !== frame.contentWindow) return;
          removeEventListener('message', listener);
          resolve((event.data as { seen: Record<string, unknown> }).seen);
        }),
      );
      document.body.append(frame);
      try {
        return await message;
      } finally {
        frame.remove();
      }
    }

    const first = await framedView();
    expect(first).to.deep.include({ status: 'complete', name: NAME, errors: [], warnings: [] });
    // Whatever the engine says about storage there (a SecurityError, on reading `caches` or on
    // using it), it is caught.
    expect(first.caches).to.be.a('string');
    await server.serve({ status: 503 });
    const second = await framedView();
    expect(second).to.deep.include({ status: 'error', errors: [] });
    expect(second.warnings).to.have.length(1);
  });

  it('a quota error (caches.open rejects): renders from the network, warns and throws nothing', async () => {
    const restore = stubCaches(() => ({ open: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) }));
    try {
      const rejections: unknown[] = [];
      const listener = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      addEventListener('unhandledrejection', listener);
      const warnings = await captureWarnings(async () => {
        const el = await view();
        expect(shadowText(el, '.name')).to.equal(NAME);
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      removeEventListener('unhandledrejection', listener);
      expect(warnings).to.deep.equal([]);
      expect(rejections).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
