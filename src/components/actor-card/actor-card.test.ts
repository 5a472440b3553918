import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './actor-card.js';
import type { ActorCard } from './actor-card.component.js';
import { captureWarnings, feedUrl } from '../../test-support/feeds.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

async function card(template: ReturnType<typeof html>) {
  const el = await fixture<ActorCard>(template);
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

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
        const el = wrapper.querySelector('actor-card')!;
        await el.loadComplete;
        await el.updateComplete;
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

  it('not found: says so, warns once with the id, keeps the fallback', async () => {
    let el!: ActorCard;
    const warnings = await captureWarnings(async () => {
      el = await card(html`<actor-card feed=${feedUrl('fictional')} actor="personne"><a href="https://media.example/">Voir le dossier</a></actor-card>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('actor "personne"');
    expect(text(el, '[part=error]')).to.equal('Ce contenu est introuvable dans le dossier.');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Voir le dossier');
    await expect(el).to.be.accessible();
  });

  it('loading and error states come from the shared code, accessible', async () => {
    const loading = await fixture<ActorCard>(html`<actor-card feed=${feedUrl('fictional', { delay: 300 })} actor="camille-exemple"></actor-card>`);
    expect(loading.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Chargement');
    expect(loading.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
    await expect(loading).to.be.accessible();
    await captureWarnings(async () => {
      const failing = await card(html`<actor-card feed=${feedUrl('fictional', { status: 500 })} actor="camille-exemple"></actor-card>`);
      expect(text(failing, '[part=error]')).to.contain('500');
      expect(failing.shadowRoot!.querySelector('[part=retry]')).to.not.equal(null);
      await expect(failing).to.be.accessible();
    });
  });

  it('dark theme and English', async () => {
    const el = await card(html`<actor-card lang="en" theme="dark" feed=${feedUrl('fictional')} actor="camille-exemple"></actor-card>`);
    expect(text(el, '[part=meta]')).to.equal('Person · Coordinatrice · Association Fictive');
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal(['Read the testimony', 'Website']);
    await expect(el).to.be.accessible();
  });
});
