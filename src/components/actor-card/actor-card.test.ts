import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import './actor-card.js';
import type { ActorCard } from './actor-card.component.js';
import { card as enCard } from '../../i18n/en/card.js';
import { card as frCard } from '../../i18n/fr/card.js';
import { settled, shadowText as text } from '../../test-support/elements.js';
import { runDossierElementTests } from '../../test-support/element-suite.js';
import { feedUrl } from '../../test-support/feeds.js';

async function card(template: ReturnType<typeof html>) {
  return settled(await fixture<ActorCard>(template));
}

const strings = (t: typeof frCard) => ({
  '[part=meta]': [[t.kind.person, 'Coordinatrice', 'Association Fictive'].join(' · ')],
  a: [t.testimony, t.website],
});

runDossierElementTests({
  tag: 'actor-card',
  markup: (feed, id = 'camille-exemple') => html`<actor-card feed=${feed ?? nothing} actor=${id}></actor-card>`,
  fixture: 'fictional',
  content: { selector: '[part=name]', text: 'Camille Exemple' },
  skeleton: { selector: '.skeleton', minHeight: 150 },
  surface: '.card',
  notFound: { id: 'personne', names: 'actor "personne"' },
  strings: { fr: strings(frCard), en: strings(enCard) },
});

/** Keeps the test page where it is: a card's links would navigate away. */
function stopNavigation(el: Element) {
  el.addEventListener('dossier-select', (e) => e.preventDefault());
}

describe('<actor-card>', () => {
  it('shows picture, name, kind, role, organisation, place, themes, summary and separate links', async () => {
    const el = await card(html`<actor-card feed=${feedUrl('fictional')} actor="camille-exemple"></actor-card>`);
    expect(text(el, '[part=name]')).to.equal('Camille Exemple');
    expect(el.shadowRoot!.querySelector('[part=name]')!.getAttribute('aria-level')).to.equal('3');
    expect(text(el, '[part=meta]')).to.equal('Personne · Coordinatrice · Association Fictive');
    expect(text(el, '.place')).to.equal('Villeneuve-Exemple (63)');
    expect([...el.shadowRoot!.querySelectorAll('[part=tags] li')].map((li) => li.textContent)).to.deep.equal(['Entraide']);
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('.media img')!;
    expect(img.alt).to.equal('Portrait de Camille Exemple');
    expect(img.loading).to.equal('lazy');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.media')!).aspectRatio).to.equal('4 / 3');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]);
    expect(links).to.deep.equal([
      ['Lire le témoignage', 'https://media.example/dossiers/fictif/camille-exemple'],
      ['Site web', 'https://association-fictive.example/'],
    ]);
    // Never nested interactive elements.
    expect(el.shadowRoot!.querySelector('a a, a button, button a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows initials when there is no picture or it fails to load', async () => {
    const el = await card(html`<actor-card feed=${feedUrl('fictional')} actor="dominique-test"></actor-card>`);
    await waitUntil(() => !el.shadowRoot!.querySelector('img'), 'image error not handled');
    expect(el.shadowRoot!.querySelector('.media')).to.equal(null);
    expect(text(el, '.head [part=avatar]')).to.equal('DT');
    const noImage = await card(html`<actor-card feed=${feedUrl('fictional')} actor="sans-citation"></actor-card>`);
    expect(text(noImage, '.head [part=avatar]')).to.equal('AS');
    expect(getComputedStyle(noImage.shadowRoot!.querySelector('.head [part=avatar]')!).display).to.not.equal('none');
  });

  it('with-quote adds the actor\'s quote', async () => {
    const el = await card(html`<actor-card feed=${feedUrl('fictional')} actor="camille-exemple" with-quote></actor-card>`);
    expect(text(el, '[part=quote]')).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
  });

  it('fires a cancelable dossier-select before following a link, by mouse and by keyboard', async () => {
    const el = await card(html`<actor-card feed=${feedUrl('fictional')} actor="camille-exemple"></actor-card>`);
    stopNavigation(el);
    const link = el.shadowRoot!.querySelector('a')!;
    setTimeout(() => link.click());
    const clicked = await oneEvent(el, 'dossier-select');
    expect(clicked.detail).to.deep.equal({ type: 'actor', id: 'camille-exemple', url: link.href, link: 'testimony' });
    expect(clicked.cancelable && clicked.bubbles && clicked.composed).to.equal(true);
    expect(clicked.defaultPrevented).to.equal(true);

    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle).to.not.equal('none');
    const pressed = oneEvent(el, 'dossier-select');
    await sendKeys({ press: 'Enter' });
    expect((await pressed).detail.link).to.equal('testimony');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Site web');
  });

  for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
    for (const width of [240, 360, 800]) {
      it(`layout ${layout} at ${width}px: no overflow, accessible`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:${width}px">
          <actor-card feed=${feedUrl('fictional')} actor="camille-exemple" layout=${layout} with-quote></actor-card></div>`);
        const el = await settled(wrapper.querySelector('actor-card')!);
        const article = el.shadowRoot!.querySelector('article')!;
        expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        const media = el.shadowRoot!.querySelector('.media');
        if (layout === 'horizontal' && width >= 420) expect(getComputedStyle(media!).display).to.equal('block');
        if (layout === 'compact') expect(media).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }
});
