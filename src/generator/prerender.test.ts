import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../components/dossier-quote/dossier-quote.js';
import '../components/actor-card/actor-card.js';
import '../components/actor-list/actor-list.js';
import '../components/dossier-intro/dossier-intro.js';
import type { DossierElement } from '../core/dossier-element.js';
import { DossierQuote } from '../components/dossier-quote/dossier-quote.component.js';
import type { WidgetTag } from '../elements.js';
import { parseFeed } from '../feed/parse-feed.js';
import type { Attributes } from '../ssr/render-element.js';
import { shadowStyleText } from '../ssr/render-element.js';
import { captureWarnings, feedUrl } from '../test-support/feeds.js';
import { settled } from '../test-support/elements.js';
import { prerender, styleHash } from './prerender.js';
import { shape } from '../../test/dom-shape.js';

type Widget = DossierElement<unknown>;
const height = (el: Element) => el.getBoundingClientRect().height;
const top = (el: Element) => el.getBoundingClientRect().top;
/** What a reader sees in the shadow root (style sheets left out). */
const shownText = (el: Element) =>
  [...el.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => child.textContent).join(' ').replace(/\s+/g, ' ').trim();

/** The whole page moves with `#after`: where it stands says whether anything shifted. */
const page = (widget: string) => `<p>Avant.</p>${widget}<p id="after">Après.</p>`;

/** Parses HTML with its declarative shadow roots, as the browser does for a page. */
async function parseInto(box: HTMLElement, markup: string, tag: string) {
  (box as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  // Firefox upgrades the parsed elements a little later than Chromium: wait for the first update.
  const el = box.querySelector(tag) as Widget;
  await waitUntil(() => el.hasUpdated, `<${tag}> was not upgraded`);
  return el;
}

/** A template's content, parsed as a page's source is (no script runs in a DOMParser document). */
const templateOf = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').querySelector('template')!;

/** The fixture feed's dossier, parsed as the generator has it. */
async function fictional() {
  const url = new URL(feedUrl('fictional'), location.href).href;
  const { dossier } = parseFeed(await (await fetch(url)).json(), url);
  return { dossier: dossier!, url };
}

/** The generator's pre-render of this widget (its snippet's attributes, in this order), from the fixture feed. */
async function frozen(tag: WidgetTag, attributes: Attributes) {
  const { dossier, url } = await fictional();
  return prerender({ tag, attributes: [['feed', url], ...attributes], dossier, url });
}

/** Every engine run here parses declarative shadow roots; an older one would show the fallback. */
const hasDeclarativeShadowDom = 'setHTMLUnsafe' in Element.prototype;

describe('pre-rendered widgets (declarative shadow DOM)', () => {
  before(function () {
    // WebKitGTK, Firefox ESR and Chromium here all have it; say so if one day one does not.
    if (!hasDeclarativeShadowDom) this.skip();
  });

  it('prerender(): the widget as a declarative shadow root, its style block first, from the server renderer', async () => {
    const markup = await frozen('dossier-quote', [['quote', 'q-camille'], ['lang', 'fr']]);
    const template = templateOf(markup);
    expect(markup.startsWith('<template shadowrootmode="open"><style>')).to.equal(true);
    expect([...template.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(['shadowrootmode=open']);
    const [style, ...rest] = template.content.children;
    expect(style!.localName).to.equal('style');
    expect(style!.textContent).to.equal(shadowStyleText('dossier-quote'));
    expect(rest.map((child) => child.localName)).to.deep.equal(['div', 'figure']);
    expect(template.content.querySelector('blockquote p')!.textContent).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
    expect(template.content.querySelector('slot, .skeleton')).to.equal(null);
  });

  it('prerender(): the style hash is that of the very block in the markup', async () => {
    const css = templateOf(await frozen('actor-list', [['lang', 'en']])).content.querySelector('style')!.textContent!;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    expect(await styleHash('actor-list')).to.equal(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
  });

  for (const tag of ['dossier-quote', 'actor-card', 'actor-list', 'dossier-intro'] as const) {
    it(`prerender(): <${tag}> parsed back is the live element's tree`, async () => {
      const options: Attributes = tag === 'dossier-quote' ? [['quote', 'q-camille']] : tag === 'actor-card' ? [['actor', 'camille-exemple'], ['with-quote', true]] : [];
      const attributes: Attributes = [...options, ['theme', 'dark'], ['lang', 'en']];
      const template = templateOf(await frozen(tag, attributes));
      template.content.querySelector('style')!.remove();
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const live = document.createElement(tag) as Widget;
      live.setAttribute('feed', feedUrl('fictional'));
      for (const [name, value] of attributes) live.setAttribute(name, value === true ? '' : value);
      box.append(live);
      // Read as soon as it has rendered: an avatar whose image fails turns into initials later.
      await settled(live);
      // Comments (Lit's markers) aside, the same elements, attributes and text.
      expect(shape(template.content.childNodes)).to.equal(shape(live.shadowRoot!.childNodes));
    });
  }

  it('prerender(): nothing when the dossier lacks what the attributes ask for', async () => {
    expect(await frozen('dossier-quote', [['quote', 'no-such-quote'], ['lang', 'fr']])).to.equal('');
    expect(await frozen('actor-card', [['actor', 'no-such-actor'], ['lang', 'fr']])).to.equal('');
  });

  it('prerender(live element): the same, from what it rendered; nothing while loading or after an error', async () => {
    const el = await settled(await fixture<Widget>(html`<dossier-quote lang="en" feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`));
    expect(prerender(el as unknown as LitElement)).to.equal(await frozen('dossier-quote', [['quote', 'q-camille'], ['variant', 'card'], ['lang', 'en']]));
    const pending = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional', { delay: 2000 })}></dossier-quote>`);
    expect(prerender(pending as unknown as LitElement)).to.equal('');
    const failed = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional', { status: 404 })}></dossier-quote>`);
    await captureWarnings(() => settled(failed));
    expect(prerender(failed as unknown as LitElement)).to.equal('');
  });

  for (const [tag, name, value] of [
    ['dossier-quote', 'quote', 'q-camille'],
    ['actor-list', 'layout', 'list'],
  ] as const) {
    it(`<${tag}>: shown from parsing, kept while loading, replaced in place: nothing moves`, async () => {
      const frozenMarkup = await frozen(tag, [[name, value], ['lang', 'fr']]);
      const attributes = `${name}="${value}" lang="fr"`;

      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const el = await parseInto(box, page(`<${tag} feed="${feedUrl('fictional', { delay: 400 })}" ${attributes}>${frozenMarkup}<p>Secours.</p></${tag}>`), tag);
      const after = box.querySelector('#after')!;
      // Loading: the pre-rendered content shows, not the skeleton nor the fallback.
      expect(el.matches(':state(pending)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.skeleton, slot')).to.equal(null);
      const before = { height: height(el), after: top(after), text: shownText(el) };
      expect(before.height).to.be.greaterThan(40);

      await settled(el);
      expect(el.matches(':state(complete)')).to.equal(true);
      // The same content, once: the pre-rendered nodes (and their <style>) are gone.
      expect(el.shadowRoot!.querySelector('style')).to.equal(null);
      expect(shownText(el)).to.equal(before.text);
      expect(height(el)).to.equal(before.height);
      expect(top(after)).to.equal(before.after);
    });
  }

  it('a collapsed <dossier-intro> pre-render opens without JavaScript', async () => {
    const markup = await frozen('dossier-intro', [['collapsed', true], ['lang', 'fr']]);
    // A tag no script defines: the reader with JavaScript blocked, on the partner's page.
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    (box as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`<intro-without-js>${markup}</intro-without-js>`);
    const root = box.firstElementChild!.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('summary[part=toggle]')!;
    const body = root.querySelector<HTMLElement>('[part=body]')!;
    expect([summary.innerText.trim(), body.checkVisibility()]).to.deep.equal(['Lire la suite', false]);
    summary.click();
    expect([summary.innerText.trim(), body.checkVisibility()]).to.deep.equal(['Réduire', true]);
  });

  it('prerender(live element): a disclosure the reader opened is frozen closed, as rendered from data', async () => {
    const source = await fixture<Widget>(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
    await settled(source);
    source.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    expect(source.shadowRoot!.querySelector('details')!.open).to.equal(true);
    const details = templateOf(prerender(source as unknown as LitElement)).content.querySelector('details')!;
    expect([details.className, details.open]).to.deep.equal(['details', false]);
  });

  it('a pre-rendered collapsed intro the reader opened while the feed loaded stays open', async () => {
    const markup = await frozen('dossier-intro', [['collapsed', true], ['lang', 'fr']]);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const el = await parseInto(box, page(`<dossier-intro collapsed feed="${feedUrl('fictional', { delay: 400 })}" lang="fr">${markup}</dossier-intro>`), 'dossier-intro');
    expect(el.matches(':state(pending)')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    const opened = height(el);
    await settled(el);
    expect(el.matches(':state(complete)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(true);
    expect(height(el)).to.equal(opened);
    // Shown at once: the reveal fade is for the reader's own click, not for this hand-over.
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=body]')!).animationName).to.equal('none');
    // Once only: closed by the reader, it stays closed across re-renders.
    el.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(false);
  });

  it('focus on a pre-rendered link moves to its live twin when the feed answers', async () => {
    const markup = await frozen('dossier-quote', [['quote', 'q-camille'], ['lang', 'fr']]);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await parseInto(box, page(`<dossier-quote feed="${feedUrl('fictional', { delay: 400 })}" quote="q-camille" lang="fr">${markup}</dossier-quote>`), 'dossier-quote');
    const links = () => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=link]')];
    expect(links().length).to.be.greaterThan(1);
    const last = links().at(-1)!;
    last.focus();
    const { textContent, href } = last;
    await settled(el);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused !== last && focused === links().at(-1), 'the live link has focus').to.equal(true);
    expect([focused!.textContent, focused!.href]).to.deep.equal([textContent, href]);
  });

  it('focus on a pre-rendered link goes to the retry button when the feed fails', async () => {
    const markup = await frozen('dossier-quote', [['quote', 'q-camille'], ['lang', 'fr']]);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await parseInto(box, `<dossier-quote feed="${feedUrl('fictional', { delay: 300, status: 404 })}" lang="fr">${markup}<p>Secours.</p></dossier-quote>`, 'dossier-quote');
    el.shadowRoot!.querySelector<HTMLElement>('a[part=link]')!.focus();
    await captureWarnings(() => settled(el));
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry');
  });

  it('an error after a pre-render shows the message and the partner’s fallback', async () => {
    const markup = await frozen('dossier-quote', [['quote', 'q-camille'], ['lang', 'fr']]);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await parseInto(box, `<dossier-quote feed="${feedUrl('fictional', { status: 404 })}" lang="fr">${markup}<p>Secours.</p></dossier-quote>`, 'dossier-quote');
    await settled(el);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Secours.');
  });
});

describe('the partner’s fallback before data', () => {
  it('keeps the page’s typography: upgrading the element moves nothing', async () => {
    // A tag of its own, defined only once its fallback is on the page, as when the script loads late.
    const tag = `late-quote-${Math.random().toString(36).slice(2)}`;
    const box = await fixture<HTMLDivElement>(html`<div style="font: 15px/1.2 serif"></div>`);
    const style = document.createElement('style');
    style.textContent = `${tag} { display: block; margin: 1.5rem 0; }`;
    box.append(style);
    box.insertAdjacentHTML(
      'beforeend',
      page(`<${tag} feed="${feedUrl('fictional', { delay: 2000 })}" quote="q-camille"><blockquote><p>Le texte, pour les lecteurs sans JavaScript.</p></blockquote></${tag}>`),
    );
    const after = box.querySelector('#after')!;
    const at = top(after);
    customElements.define(tag, class extends DossierQuote {});
    const el = box.querySelector(tag) as Widget;
    await el.updateComplete;
    await waitUntil(() => el.matches(':state(pending)'), 'not loading');
    expect(el.matches(':state(fallback)')).to.equal(true);
    expect(top(after)).to.equal(at);
    expect(getComputedStyle(el).fontSize).to.equal('15px');
  });
});
