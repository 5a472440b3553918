import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/dossier-quote/dossier-quote.js';
import '../components/actor-list/actor-list.js';
import '../components/dossier-intro/dossier-intro.js';
import type { DossierElement } from '../core/dossier-element.js';
import { DossierQuote } from '../components/dossier-quote/dossier-quote.component.js';
import { captureWarnings, feedUrl } from '../test-support/feeds.js';
import { settled } from '../test-support/elements.js';
import { prerender } from './prerender.js';

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

/** Every engine run here parses declarative shadow roots; an older one would show the fallback. */
const hasDeclarativeShadowDom = 'setHTMLUnsafe' in Element.prototype;

describe('pre-rendered widgets (declarative shadow DOM)', () => {
  before(function () {
    // WebKitGTK, Firefox ESR and Chromium here all have it; say so if one day one does not.
    if (!hasDeclarativeShadowDom) this.skip();
  });

  it('prerender(): the rendered widget as a template with its styles, without Lit markers', async () => {
    const el = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
    await settled(el);
    const markup = prerender(el);
    expect(markup).to.match(/^<template shadowrootmode="open"><style>[^<]*:host[^<]*<\/style><div role="status"/);
    expect(markup).to.not.contain('/*');
    expect(markup).to.contain('Une phrase inventée pour les tests');
    expect(markup).to.not.contain('<!--');
    expect(markup).to.not.contain('<slot');
  });

  it('prerender(): nothing when an attribute holds markup characters (a hostile feed value), whatever the serialiser', async () => {
    const el = await settled(await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`));
    expect(prerender(el)).to.not.equal('');
    el.shadowRoot!.querySelector('blockquote')!.setAttribute('lang', 'fr<!--');
    expect(prerender(el)).to.equal('');
  });

  it('prerender(): nothing while loading or after an error (there is nothing right to freeze)', async () => {
    const pending = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional', { delay: 2000 })}></dossier-quote>`);
    expect(prerender(pending)).to.equal('');
    const failed = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional', { status: 404 })}></dossier-quote>`);
    await settled(failed);
    expect(prerender(failed)).to.equal('');
  });

  for (const [tag, attributes] of [
    ['dossier-quote', 'quote="q-camille"'],
    ['actor-list', 'layout="list"'],
  ] as const) {
    it(`<${tag}>: shown from parsing, kept while loading, replaced in place: nothing moves`, async () => {
      const rendered = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      rendered.innerHTML = `<${tag} feed="${feedUrl('fictional')}" ${attributes}></${tag}>`;
      const source = rendered.firstElementChild as Widget;
      await settled(source);
      const frozen = prerender(source);
      // Out of the page, so that only the widget under test can move what follows it.
      rendered.remove();

      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const el = await parseInto(box, page(`<${tag} feed="${feedUrl('fictional', { delay: 400 })}" ${attributes}>${frozen}<p>Secours.</p></${tag}>`), tag);
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
    const source = await fixture<Widget>(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
    await settled(source);
    const frozen = prerender(source);
    // A tag no script defines: the reader with JavaScript blocked, on the partner's page.
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    (box as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`<intro-without-js>${frozen}</intro-without-js>`);
    const root = box.firstElementChild!.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('summary[part=toggle]')!;
    const body = root.querySelector<HTMLElement>('[part=body]')!;
    expect([summary.innerText.trim(), body.checkVisibility()]).to.deep.equal(['Lire la suite', false]);
    summary.click();
    expect([summary.innerText.trim(), body.checkVisibility()]).to.deep.equal(['Réduire', true]);
  });

  it('prerender(): a disclosure opened in the preview is frozen closed', async () => {
    const source = await fixture<Widget>(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
    await settled(source);
    source.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    expect(source.shadowRoot!.querySelector('details')!.open).to.equal(true);
    const frozen = prerender(source);
    expect(frozen).to.match(/<details class="details[^"]*">/);
    expect(frozen).to.not.match(/<details[^>]* open/);
  });

  it('a pre-rendered collapsed intro the reader opened while the feed loaded stays open', async () => {
    const source = await fixture<Widget>(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
    await settled(source);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const el = await parseInto(box, page(`<dossier-intro collapsed feed="${feedUrl('fictional', { delay: 400 })}">${prerender(source)}</dossier-intro>`), 'dossier-intro');
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
    const source = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
    await settled(source);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await parseInto(box, page(`<dossier-quote feed="${feedUrl('fictional', { delay: 400 })}" quote="q-camille">${prerender(source)}</dossier-quote>`), 'dossier-quote');
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
    const source = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
    await settled(source);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await parseInto(box, `<dossier-quote feed="${feedUrl('fictional', { delay: 300, status: 404 })}">${prerender(source)}<p>Secours.</p></dossier-quote>`, 'dossier-quote');
    el.shadowRoot!.querySelector<HTMLElement>('a[part=link]')!.focus();
    await captureWarnings(() => settled(el));
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry');
  });

  it('an error after a pre-render shows the message and the partner’s fallback', async () => {
    const source = await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
    await settled(source);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await parseInto(box, `<dossier-quote feed="${feedUrl('fictional', { status: 404 })}">${prerender(source)}<p>Secours.</p></dossier-quote>`, 'dossier-quote');
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
