import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import './actor-list.js';
import type { ActorList } from './actor-list.component.js';
import { list as enList } from '../../i18n/en/card.js';
import { list as frList } from '../../i18n/fr/card.js';
import { plural } from '../../i18n/format.js';
import { settled } from '../../test-support/elements.js';
import { runDossierElementTests } from '../../test-support/element-suite.js';
import { feedUrl } from '../../test-support/feeds.js';

async function list(template: ReturnType<typeof html>) {
  return settled(await fixture<ActorList>(template));
}
const names = (el: ActorList) => [...el.shadowRoot!.querySelectorAll('[part=name]')].map((n) => n.textContent!.trim());

runDossierElementTests({
  tag: 'actor-list',
  markup: (feed) => html`<actor-list feed=${feed ?? nothing}></actor-list>`,
  fixture: 'fictional',
  content: { selector: '[part=name]', text: 'Camille Exemple' },
  skeleton: { selector: 'ul[aria-hidden=true] .skeleton', minHeight: 200 },
  // Every actor matching its filters, none: an empty list.
  notFound: false,
  strings: {
    fr: { '[part=count]': [plural(frList.count, 4, 'fr')] },
    en: { '[part=count]': [plural(enList.count, 4, 'en')] },
  },
});

describe('<actor-list>', () => {
  it('lists every actor in feed order, with a count, accessible', async () => {
    const el = await list(html`<actor-list feed=${feedUrl('fictional')}></actor-list>`);
    expect(names(el)).to.deep.equal(['Camille Exemple', 'Association Fictive', 'Dominique Test', 'Alex Sans-Citation']);
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal('4 acteurs');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Acteurs du dossier « Dossier fictif »');
    await expect(el).to.be.accessible();
  });

  it('sorts by name in the page language', async () => {
    const el = await list(html`<actor-list feed=${feedUrl('fictional')} sort="name"></actor-list>`);
    expect(names(el)).to.deep.equal(['Alex Sans-Citation', 'Association Fictive', 'Camille Exemple', 'Dominique Test']);
  });

  it('filters by theme (topic), kind and département, and combines them', async () => {
    const feed = feedUrl('fictional');
    expect(names(await list(html`<actor-list feed=${feed} topic="numerique"></actor-list>`))).to.deep.equal(['Association Fictive']);
    expect(names(await list(html`<actor-list feed=${feed} kind="organisation"></actor-list>`))).to.deep.equal(['Association Fictive']);
    expect(names(await list(html`<actor-list feed=${feed} department="63,15"></actor-list>`))).to.deep.equal([
      'Camille Exemple',
      'Association Fictive',
    ]);
    const one = await list(html`<actor-list feed=${feed} topic="entraide" kind="person"></actor-list>`);
    expect(names(one)).to.deep.equal(['Camille Exemple']);
    expect(one.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal('1 acteur');
  });

  it('an empty result says so (fr, en), accessible', async () => {
    const el = await list(html`<actor-list feed=${feedUrl('fictional')} department="2A"></actor-list>`);
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal('Aucun acteur ne correspond à ces critères.');
    await expect(el).to.be.accessible();
    const en = await list(html`<actor-list lang="en" feed=${feedUrl('fictional')} kind="nobody"></actor-list>`);
    expect(en.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal('No actor matches these criteria.');
  });

  it('list layout, dark theme, accessible; its cards emit dossier-select', async () => {
    const el = await list(html`<actor-list feed=${feedUrl('sample')} layout="list" theme="dark"></actor-list>`);
    expect(names(el)).to.have.length(15);
    await expect(el).to.be.accessible();
    el.addEventListener('dossier-select', (e) => e.preventDefault());
    const link = el.shadowRoot!.querySelector('a')!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'dossier-select');
    expect(event.detail.type).to.equal('actor');
  });

  it('fits a 240 px column without overflow', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width:240px"><actor-list feed=${feedUrl('sample')}></actor-list></div>`);
    const el = await settled(wrapper.querySelector('actor-list')!);
    for (const card of el.shadowRoot!.querySelectorAll('article')) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(240);
  });

  it('renders 500 actors', async () => {
    const actors = Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, kind: 'person', name: `Personne Fictive ${i}` }));
    const store = (globalThis as unknown as Record<symbol, { load: unknown }>)[Symbol.for('dossier-widgets.feed-store')];
    expect(store).to.not.equal(undefined);
    const url = `data:application/json,${encodeURIComponent(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Grand annuaire fictif', items: [], _dossier: { version: 1, id: 'big', actors } }),
    )}`;
    const el = await list(html`<actor-list feed=${url}></actor-list>`);
    expect(el.shadowRoot!.querySelectorAll('li article')).to.have.length(500);
  });
});
