import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing, render } from 'lit';
import './dossier-quote.js';
import '../dossier-feed/dossier-feed.js';
import type { DossierQuote } from './dossier-quote.component.js';
import { quote as enQuote } from '../../i18n/en/quote.js';
import { quote as frQuote } from '../../i18n/fr/quote.js';
import { format } from '../../i18n/messages.js';
import { settled, shadowText as text } from '../../test-support/elements.js';
import { runDossierElementTests } from '../../test-support/element-suite.js';
import { captureWarnings, feedUrl, hits, uniqueKey } from '../../test-support/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;

async function quote(template: ReturnType<typeof html>) {
  return settled(await fixture<DossierQuote>(template));
}

const links = (t: typeof frQuote) => [t.readMore, format(t.dossier, { title: 'Dossier fictif' })];

runDossierElementTests({
  tag: 'dossier-quote',
  markup: (feed, id = 'q-camille') => html`<dossier-quote feed=${feed ?? nothing} quote=${id}></dossier-quote>`,
  fixture: 'fictional',
  content: { selector: '.name', text: 'Camille Exemple' },
  skeleton: { selector: '.skeleton-shape', minHeight: 60 },
  surface: 'figure',
  notFound: { id: 'q-nobody', names: 'quote "q-nobody"' },
  strings: { fr: { a: links(frQuote) }, en: { a: links(enQuote) } },
});

describe('<dossier-quote>', () => {
  describe('selection', () => {
    it('shows a quote by id as figure > blockquote + figcaption, with speaker, role, organisation, avatar, links', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
      const figure = shadow(el).querySelector('figure')!;
      expect(figure.querySelector(':scope > blockquote[part=text] > p')!.textContent).to.equal(
        'Une phrase inventée pour les tests, que personne n’a dite.',
      );
      expect(figure.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://media.example/dossiers/fictif/camille-exemple');
      expect(text(el, '.name')).to.equal('Camille Exemple');
      expect(text(el, '.role')).to.equal('Coordinatrice, Association Fictive');
      const img = figure.querySelector<HTMLImageElement>('[part=avatar] img')!;
      expect(img.src).to.match(/avatar\.svg$/);
      const links = [...figure.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]);
      expect(links).to.deep.equal([
        ['Lire le témoignage', 'https://media.example/dossiers/fictif/camille-exemple'],
        ['Dossier « Dossier fictif »', 'https://media.example/dossiers/fictif'],
      ]);
    });

    it('shows the quote of an actor, and of an item', async () => {
      const byActor = await quote(html`<dossier-quote feed=${feedUrl('fictional')} actor="dominique-test"></dossier-quote>`);
      expect(text(byActor, '.name')).to.equal('Dominique Test');
      const byItem = await quote(html`<dossier-quote feed=${feedUrl('fictional')} item="temoignage-camille"></dossier-quote>`);
      expect(text(byItem, '.name')).to.equal('Camille Exemple');
    });

    it('an actor without quotes is "not found" too', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} actor="sans-citation"></dossier-quote>`);
        expect(text(el, '[part=error]')).to.contain('introuvable');
      });
      expect(warnings[0]).to.contain('quote by actor "sans-citation"');
    });

    it('follows a change of attribute without fetching again', async () => {
      const key = uniqueKey('switch');
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional', { key })} quote="q-camille"></dossier-quote>`);
      el.quote = 'q-dominique';
      await settled(el);
      expect(text(el, '.name')).to.equal('Dominique Test');
      expect(await hits(key)).to.equal(1);
    });
  });

  describe('untrusted content', () => {
    it('renders hostile HTML in a quote as text', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-dominique"></dossier-quote>`);
      const p = shadow(el).querySelector('blockquote p')!;
      expect(p.textContent).to.contain('<img src=x onerror=');
      expect(p.querySelector('img')).to.equal(null);
      await aTimeout(50);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('falls back to initials when the picture fails to load', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} actor="dominique-test"></dossier-quote>`);
      await waitUntil(() => !shadow(el).querySelector('[part=avatar] img'), 'image error not handled');
      expect(text(el, '[part=avatar]')).to.equal('DT');
    });
  });

  describe('one data path', () => {
    it('20 widgets in one <dossier-feed> make exactly one request and all render', async () => {
      const key = uniqueKey('twenty');
      const ids = ['q-camille', 'q-dominique'];
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('fictional', { key, delay: 30 })}>
        ${Array.from({ length: 20 }, (_, i) => html`<dossier-quote quote=${ids[i % 2]!}></dossier-quote>`)}
      </dossier-feed>`);
      const quotes = [...container.querySelectorAll('dossier-quote')];
      await Promise.all(quotes.map(settled));
      expect(quotes.every((q) => q.shadowRoot!.querySelector('figure'))).to.equal(true);
      expect(await hits(key)).to.equal(1);
    });

    it('a widget\'s own feed attribute wins over the provider, through the same store', async () => {
      const key = uniqueKey('own');
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('sample')}>
        <dossier-quote feed=${feedUrl('fictional', { key })} quote="q-camille"></dossier-quote>
        <dossier-quote feed=${feedUrl('fictional', { key })} quote="q-dominique"></dossier-quote>
      </dossier-feed>`);
      const quotes = [...container.querySelectorAll('dossier-quote')];
      await Promise.all(quotes.map(settled));
      expect(text(quotes[0]!, '.name')).to.equal('Camille Exemple');
      expect(await hits(key)).to.equal(1);
    });

    it('a widget removed while loading stops waiting without breaking its siblings', async () => {
      const key = uniqueKey('disconnect');
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('fictional', { key, delay: 200 })}>
        <dossier-quote quote="q-camille"></dossier-quote>
        <dossier-quote quote="q-dominique"></dossier-quote>
      </dossier-feed>`);
      const [leaving, staying] = [...container.querySelectorAll('dossier-quote')];
      await aTimeout(20);
      leaving!.remove();
      await settled(staying!);
      expect(text(staying!, '.name')).to.equal('Dominique Test');
      expect(await hits(key)).to.equal(1);
      // Put back in the page, it loads again (from the store: no new request).
      container.append(leaving!);
      await settled(leaving!);
      expect(text(leaving!, '.name')).to.equal('Camille Exemple');
      expect(await hits(key)).to.equal(1);
    });

    it('picks up a provider defined after it (chunks may load in any order)', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // An undefined provider tag first: the quote asks for context before anyone answers.
      render(html`<late-feed-provider><dossier-quote quote="q-camille"></dossier-quote></late-feed-provider>`, host);
      const el = host.querySelector('dossier-quote')!;
      await el.updateComplete;
      const { DossierFeed } = await import('../dossier-feed/dossier-feed.component.js');
      class LateFeedProvider extends DossierFeed {}
      host.querySelector('late-feed-provider')!.setAttribute('src', feedUrl('fictional'));
      customElements.define('late-feed-provider', LateFeedProvider);
      await waitUntil(() => el.shadowRoot!.querySelector('figure'), 'late provider not used');
    });
  });

  it('inside a partner\'s <form>, the retry button reloads and submits nothing (a button in a shadow root has no form)', async () => {
    let submits = 0;
    const key = uniqueKey('form');
    const form = await fixture<HTMLFormElement>(html`<form action="/never" @submit=${(e: Event) => (submits++, e.preventDefault())}>
      <dossier-quote feed=${feedUrl('fictional', { key, fail: 1 })} quote="q-camille"></dossier-quote>
    </form>`);
    const el = form.querySelector('dossier-quote')!;
    await captureWarnings(async () => {
      await waitUntil(() => shadow(el).querySelector('[part=retry]'), 'no retry button');
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part=retry]')!;
      expect(retry.form).to.equal(null);
      retry.click();
      await waitUntil(() => shadow(el).querySelector('.name'), 'did not reload');
    });
    expect(submits).to.equal(0);
    expect(await hits(key)).to.equal(2);
  });

  describe('look', () => {
    it('is accessible as an inline pull quote, in the light and dark themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille" theme=${theme} variant="inline"></dossier-quote>`);
        await expect(el).to.be.accessible();
      }
    });

    it('follows --dossier-* custom properties set by the host page', async () => {
      const el = await quote(html`<dossier-quote style="--dossier-accent: rgb(200, 0, 100); --dossier-radius: 0px" feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
      const link = shadow(el).querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(shadow(el).querySelector('figure')!).borderRadius).to.equal('0px');
    });
  });
});
