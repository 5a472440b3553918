/**
 * Feed content carries the feed's language; the interface follows the page (WCAG 2.2 AA 3.1.2,
 * Language of Parts). Found in a WordPress with its default en_US locale: a French quote was
 * rendered inside `lang="en-US"`, read with an English voice, between English quotation marks.
 *
 * For each element: an English page (`lang="en-US"` on an ancestor, as WordPress writes it) with
 * a French feed, and a French page with an English feed (`_dossier.language: "en-GB"`, and one
 * testimony in French: an item's own `language`). Each node is checked twice: the `lang` it gets
 * from the nearest `[lang]` in the shadow root (else the host's), and the engine's own verdict,
 * `:lang()`, which also proves that the language crosses the shadow boundary.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/components/actor-card/actor-card.js';
import '../src/components/actor-list/actor-list.js';
import '../src/components/dossier-intro/dossier-intro.js';
import '../src/components/dossier-quote/dossier-quote.js';
import '../src/components/initiative-map/initiative-map.js';
import { resolveLang } from '../src/core/lang.js';
import { captureWarnings, feedUrl, fetchJson } from '../src/test-support/feeds.js';
import { dataUrl } from '../src/test-support/synthetic.js';
import { settled } from '../src/test-support/elements.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; loadComplete: Promise<unknown> };

const FR = 'fictional';
const EN = 'fictional-en';
const NONE = 'fictional-no-language';

/** The element inside a page (an ancestor) in `pageLang`, once rendered. */
async function onPage<T extends Widget>(pageLang: string, widget: TemplateResult): Promise<T> {
  const page = await fixture<HTMLElement>(html`<div lang=${pageLang}>${widget}</div>`);
  return settled(page.firstElementChild as T);
}

const $ = (el: Element, selector: string) => {
  const node = el.shadowRoot!.querySelector(selector);
  expect(node, selector).not.to.equal(null);
  return node!;
};
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** The map's first initiative marker, once its region's geometry has loaded. */
async function waitForMarker(el: Element) {
  for (let waited = 0; waited < 5000; waited += 20) {
    const marker = el.shadowRoot!.querySelector('[part=marker]:not(.cluster)');
    if (marker) return marker;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no initiative marker');
}
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The node's language: the nearest `lang` in the shadow root, else the host's (its page's). */
const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? resolveLang((node.getRootNode() as ShadowRoot).host);

/**
 * `node` is in `lang` (a full tag: `en-US`), by its attribute and by the engine's `:lang()`.
 * Every node an element renders has a `lang` in its shadow tree: Firefox (ESR 153 here) does
 * not let a shadow tree inherit its host's language, so each element sets the page's on its
 * root node.
 */
function expectLang(node: Element, lang: string, what = text(node)) {
  expect(langOf(node), what).to.equal(lang);
  expect(node.matches(`:lang(${lang})`), `${what} :lang(${lang})`).to.equal(true);
}

/** The quotation marks the engine puts around the words (the `quotes` the `::before`/`::after` draw from). */
const marks = (node: Element) => getComputedStyle(node).quotes;

describe('content language apart from interface language', () => {
  describe('<dossier-quote>', () => {
    it('English page, French feed: the words, speaker and title are French, with French marks; the links English', async () => {
      const el = await onPage('en-US', html`<dossier-quote feed=${feedUrl(FR)} quote="q-camille"></dossier-quote>`);
      const words = $(el, 'blockquote p');
      expectLang(words, 'fr');
      expect(marks(words)).to.contain('«').and.to.contain('»');
      expectLang($(el, '.name'), 'fr');
      expectLang($(el, '.role'), 'fr');
      expectLang($(el, 'cite'), 'fr');
      const [testimony, dossier] = $$(el, 'a');
      expect(text(testimony!)).to.equal('Read the testimony');
      expectLang(testimony!, 'en-US');
      // The words around the title are the interface's, and so are its marks.
      expect(text(dossier!)).to.equal('Dossier “Dossier fictif”');
      expectLang(dossier!, 'en-US');
    });

    it('French page, English feed: the words, speaker and title are English, with English marks; the links French', async () => {
      const el = await onPage('fr-FR', html`<dossier-quote feed=${feedUrl(EN)} quote="q-robin"></dossier-quote>`);
      const words = $(el, 'blockquote p');
      expectLang(words, 'en-GB');
      expect(marks(words)).to.contain('“').and.not.to.contain('«');
      for (const selector of ['.name', '.role', 'cite', '[part=avatar] img']) expectLang($(el, selector), 'en-GB', selector);
      expect($$(el, 'a').map(text)).to.deep.equal(['Lire le témoignage', 'Dossier « A fictional dossier »']);
      for (const link of $$(el, 'a')) expectLang(link, 'fr-FR');
    });

    it('a testimony in another language than its dossier: the words in the testimony’s, the speaker in the dossier’s', async () => {
      const el = await onPage('en-US', html`<dossier-quote feed=${feedUrl(EN)} quote="q-alex"></dossier-quote>`);
      const words = $(el, 'blockquote p');
      expectLang(words, 'fr');
      expect(marks(words)).to.contain('«');
      expectLang($(el, '.name'), 'en-GB');
      expectLang($(el, '.role'), 'en-GB');
      expectLang($(el, 'a'), 'en-US');
    });

    it('a language that is not a language tag is never a lang attribute: the words take the dossier’s, the dossier the feed’s', async () => {
      type Raw = { language?: string; _dossier: { language?: string }; items: { id: string; language?: string }[] };
      const feed = (await fetchJson(EN)) as Raw;
      feed.language = 'en-GB';
      feed._dossier.language = 'English (UK)';
      feed.items.find((item) => item.id === 'temoignage-alex')!.language = 'fr"><b>x</b>';
      let el!: Widget;
      const warnings = await captureWarnings(async () => {
        el = await onPage('fr-FR', html`<dossier-quote feed=${dataUrl(feed)} quote="q-alex"></dossier-quote>`);
      });
      expect(warnings.join('\n')).to.contain('_dossier.language: expected a language tag').and.contain('items[1].language: expected a language tag');
      expectLang($(el, 'blockquote p'), 'en-GB');
      expectLang($(el, '.name'), 'en-GB');
      const langs = $$(el, '[lang]').map((node) => node.getAttribute('lang'));
      expect(langs.filter((lang) => lang !== 'fr-FR' && lang !== 'en-GB')).to.deep.equal([]);
    });

    it('a feed that does not say its language: the content inherits the page’s (no lang attribute of its own)', async () => {
      const el = await onPage('en-US', html`<dossier-quote feed=${feedUrl(NONE)}></dossier-quote>`);
      const quote = $(el, 'blockquote');
      expect(quote.hasAttribute('lang')).to.equal(false);
      expect($(el, 'figcaption').hasAttribute('lang')).to.equal(false);
      expectLang(quote, 'en-US');
      expect(marks($(el, 'blockquote p'))).to.contain('“');
    });
  });

  describe('<actor-card>', () => {
    it('English page, French feed: name, role, organisation, place, themes, picture’s alt and quote in French; kind, themes’ label and links in English', async () => {
      const el = await onPage('en-US', html`<actor-card feed=${feedUrl(FR)} actor="camille-exemple" with-quote></actor-card>`);
      for (const selector of ['[part=name]', '[part=meta] span', '.place', '[part=tags] li', '.media img', '[part=quote]']) {
        expectLang($(el, selector), 'fr', selector);
      }
      const meta = $(el, '[part=meta]');
      expect(text(meta)).to.equal('Person · Coordinatrice · Association Fictive');
      expectLang(meta, 'en-US', 'the kind');
      const tags = $(el, '[part=tags]');
      expect(tags.getAttribute('aria-label')).to.equal('Themes');
      expectLang(tags, 'en-US', 'the themes’ label');
      expect($$(el, 'a').map(text)).to.deep.equal(['Read the testimony', 'Website']);
      for (const link of $$(el, 'a')) expectLang(link, 'en-US');
    });

    it('French page, English feed: the actor’s words in English (the summary too), the interface in French', async () => {
      const el = await onPage('fr-FR', html`<actor-card feed=${feedUrl(EN)} actor="robin-example"></actor-card>`);
      for (const selector of ['[part=name]', '[part=meta] span', '.place', '[part=summary]', '[part=tags] li', '.media img']) {
        expectLang($(el, selector), 'en-GB', selector);
      }
      expect(text($(el, '[part=meta]'))).to.equal('Personne · Coordinator · Example Cooperative');
      expectLang($(el, '[part=meta]'), 'fr-FR', 'the kind');
      expect($$(el, 'a').map(text)).to.deep.equal(['Lire le témoignage', 'Site web']);
      for (const link of $$(el, 'a')) expectLang(link, 'fr-FR');
    });

    it('with-quote: the quote of a testimony in another language is in that language', async () => {
      const el = await onPage('fr-FR', html`<actor-card feed=${feedUrl(EN)} actor="alex-bilingual" with-quote></actor-card>`);
      expectLang($(el, '[part=quote]'), 'fr');
      expectLang($(el, '[part=name]'), 'en-GB');
    });
  });

  describe('<actor-list>', () => {
    it('English page, French feed: each card’s words in French; the count, the list’s label and the links in English', async () => {
      const el = await onPage('en-US', html`<actor-list feed=${feedUrl(FR)}></actor-list>`);
      expect(text($(el, '[part=count]'))).to.equal('4 actors');
      expectLang($(el, '[part=count]'), 'en-US');
      expect($(el, '[part=list]').getAttribute('aria-label')).to.equal('Actors of the dossier “Dossier fictif”');
      expectLang($(el, '[part=list]'), 'en-US', 'the list’s label');
      for (const name of $$(el, '[part=name]')) expectLang(name, 'fr');
      for (const role of $$(el, '[part=meta] span')) expectLang(role, 'fr');
      expectLang($(el, '[part=tags] li'), 'fr');
      for (const link of $$(el, 'a')) expectLang(link, 'en-US');
    });

    it('French page, English feed: each card’s words in English; the interface in French', async () => {
      const el = await onPage('fr-FR', html`<actor-list feed=${feedUrl(EN)}></actor-list>`);
      expect(text($(el, '[part=count]'))).to.equal('3 acteurs');
      expectLang($(el, '[part=count]'), 'fr-FR');
      for (const name of $$(el, '[part=name]')) expectLang(name, 'en-GB');
      expectLang($(el, '[part=summary]'), 'en-GB');
      expect(text($(el, 'a'))).to.equal('Lire le témoignage');
      expectLang($(el, 'a'), 'fr-FR');
    });
  });

  describe('<initiative-map>', () => {
    it('English page, French feed: initiatives’ names, places, summaries, themes and actors in French; toolbar, count, labels and links in English', async () => {
      const el = await onPage('en-US', html`<initiative-map view="list" feed=${feedUrl(FR)}></initiative-map>`);
      expect(text($(el, '.count'))).to.match(/initiative/);
      expectLang($(el, '.count'), 'en-US');
      expectLang($(el, '.views button'), 'en-US');
      for (const name of $$(el, '[part=list] h3')) expectLang(name, 'fr');
      for (const place of $$(el, '[part=list] .place')) expectLang(place, 'fr');
      expectLang($(el, '[part=list] .themes span:not(.sr-only)'), 'fr');
      expectLang($(el, '[part=list] .actors a'), 'fr');
      expectLang($(el, '[part=legend] li span:not(.swatch)'), 'fr');
      for (const option of $$(el, '.filters option')) expectLang(option, option.getAttribute('value') && option.closest('label')!.textContent!.includes('Theme') ? 'fr' : 'en-US');
    });

    it('French page, English feed: the initiative in English, on the map’s marker too; the interface in French', async () => {
      const el = await onPage('fr-FR', html`<initiative-map feed=${feedUrl(EN)}></initiative-map>`);
      expectLang($(el, '.views button'), 'fr-FR');
      const marker = await waitForMarker(el);
      expectLang(marker, 'en-GB', 'the marker, named after the initiative');
      (marker as HTMLElement).click();
      await (el as unknown as Widget).updateComplete;
      expectLang($(el, '[part=panel] h3'), 'en-GB');
      expectLang($(el, '[part=panel] .close'), 'fr-FR');
    });
  });

  describe('<dossier-intro>', () => {
    it('English page, French feed: title, standfirst, text, authors’ and actors’ names in French; byline words, date, links and labels in English', async () => {
      const el = await onPage('en-US', html`<dossier-intro collapsed feed=${feedUrl(FR)}></dossier-intro>`);
      for (const selector of ['[part=title]', '[part=standfirst]', '[part=body] p', '[part=byline] span span', '[part=actor] .name']) {
        expectLang($(el, selector), 'fr', selector);
      }
      const by = $(el, '[part=byline] > span');
      expect(text(by)).to.equal('By Rédaction Exemple');
      expectLang(by, 'en-US', 'the byline’s words');
      expectLang($(el, '[part=toggle]'), 'en-US', 'the toggle');
      expect(text($(el, '[part=byline] a'))).to.equal('See the full dossier');
      expectLang($(el, '[part=byline] a'), 'en-US');
      expect(text($(el, '.actors-label'))).to.equal('The dossier’s actors');
      expectLang($(el, '.actors-label'), 'en-US');
    });

    it('French page, English feed: the dossier’s words and names in English; "Par", "et", the date and links in French', async () => {
      const el = await onPage('fr-FR', html`<dossier-intro feed=${feedUrl(EN)}></dossier-intro>`);
      for (const selector of ['[part=title]', '[part=standfirst]', '[part=body] p', '[part=actor] .name']) expectLang($(el, selector), 'en-GB', selector);
      const by = $(el, '[part=byline] > span');
      expect(text(by)).to.equal('Par Robin Example et Sam Placeholder');
      expectLang(by, 'fr-FR', 'the byline’s words');
      expect($$(el, '[part=byline] span span').map((name) => [text(name), langOf(name)])).to.deep.equal([
        ['Robin Example', 'en-GB'],
        ['Sam Placeholder', 'en-GB'],
      ]);
      expect(text($(el, '[part=byline] time'))).to.equal('Publié le 15 janvier 2026');
      expectLang($(el, '[part=byline] time'), 'fr-FR');
      expectLang($(el, '.actors-label'), 'fr-FR');
    });

    it('a feed that does not say its language: the dossier’s words inherit the page’s', async () => {
      const el = await onPage('en-US', html`<dossier-intro feed=${feedUrl(NONE)}></dossier-intro>`);
      for (const selector of ['[part=title]', '[part=standfirst]', '[part=body]', '[part=byline] span span']) {
        expect($(el, selector).hasAttribute('lang'), selector).to.equal(false);
        expectLang($(el, selector), 'en-US', selector);
      }
    });
  });

  describe('loading and errors follow the page, whatever the feed', () => {
    const tags = ['dossier-quote', 'actor-card', 'actor-list', 'dossier-intro'];
    /** The states are the base element's (core/dossier-element.ts): they carry the page's language too. */
    const expectStateLang = (node: Element, lang: string) => expectLang(node, lang);
    const widget = (tag: string, url: string) => {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('feed', url);
      if (tag === 'actor-card') el.setAttribute('actor', 'camille-exemple');
      return el;
    };

    for (const tag of tags) {
      it(`<${tag}>: loading and error in English on an English page, in French on a French page`, async () => {
        for (const [pageLang, loading, error] of [
          ['en-US', 'Loading the dossier…', 'The dossier is unavailable right now (error 500).'],
          ['fr-FR', 'Chargement du dossier…', 'Le dossier est indisponible pour le moment (erreur 500).'],
        ] as const) {
          const page = await fixture<HTMLElement>(html`<div lang=${pageLang}></div>`);
          const slow = page.appendChild(widget(tag, feedUrl(FR, { delay: 2000 })));
          await slow.updateComplete;
          expect(text($(slow, '[part=status]'))).to.equal(loading);
          expectStateLang($(slow, '[part=status]'), pageLang);
          slow.remove();
          const warnings = await captureWarnings(async () => {
            const failing = page.appendChild(widget(tag, feedUrl(FR, { status: 500 })));
            await oneEvent(failing, 'dossier-error');
            await failing.updateComplete;
            expect(text($(failing, '[part=error]'))).to.equal(error);
            expectStateLang($(failing, '[part=error]'), pageLang);
          });
          expect(warnings).to.have.length(1);
        }
      });
    }
  });
});
