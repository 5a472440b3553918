/**
 * Vue 3 renders the elements, sets their properties and attributes from reactive state, and
 * receives their `dossier-*` events, in a real browser: with `h()` render functions (`onDossierLoad`
 * listens for `dossier-load`), and with a template compiled at runtime (`@dossier-load`), as an
 * SFC template would be. The last test holds the type checks of the shipped Vue types
 * (src/frameworks/vue.ts), which `npm run typecheck` runs.
 */
import './vue-env.js';
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, nextTick, reactive, ref, type App, type GlobalComponents } from 'vue';
import '../../src/all.js';
import type { DossierLoadDetail, DossierSelectDetail } from '../../src/core/events.js';
import type {} from '../../src/frameworks/vue.js';
import { feedUrl } from '../../src/test-support/feeds.js';
import { settled, shadowText } from '../../src/test-support/elements.js';

/** Vue's full build (runtime and template compiler), by URL: it shares the runtime modules with `vue`. */
const FULL_BUILD = '/node_modules/vue/dist/vue.esm-bundler.js';


let container: HTMLElement;
let app: App | undefined;
let messages: string[];
const original = { warn: console.warn, error: console.error };

function mount(created: App) {
  app = created;
  app.config.warnHandler = (message) => messages.push(`[Vue warn] ${message}`);
  app.mount(container);
}

describe('Vue 3', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    // Vue reports unresolved components, bad props and render errors: none is expected.
    messages = [];
    console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    Object.assign(console, original);
    expect(messages).to.deep.equal([]);
  });

  it('renders <dossier-quote> with h(), keeps the fallback child, and calls onDossierLoad', async () => {
    const url = feedUrl('fictional');
    const loads: CustomEvent<DossierLoadDetail>[] = [];
    mount(
      createApp({
        render: () =>
          h(
            'dossier-quote',
            { feed: url, quote: 'q-camille', class: 'partner-quote', onDossierLoad: (event: CustomEvent<DossierLoadDetail>) => loads.push(event) },
            [h('blockquote', 'Fallback')],
          ),
      }),
    );
    const el = await settled(container.querySelector('dossier-quote')!);
    expect(el.className).to.equal('partner-quote');
    expect(shadowText(el, 'blockquote')).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
    expect(shadowText(el, '.name')).to.equal('Camille Exemple');
    expect(el.querySelector('blockquote')!.textContent).to.equal('Fallback');
    await waitUntil(() => loads.length, 'no dossier-load');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.url).to.equal(new URL(url, location.href).href);
    expect(loads[0]!.detail.dossier.title).to.equal('Dossier fictif');
  });

  it('follows reactive state: the same element gets the new quote, variant and theme as properties', async () => {
    const feed = feedUrl('fictional');
    const state = reactive<{ quote?: string; variant?: 'card' | 'inline'; theme?: 'light' | 'dark' | 'auto' }>({ quote: 'q-camille' });
    mount(createApp({ render: () => h('dossier-quote', { feed, ...state }) }));
    const el = await settled(container.querySelector('dossier-quote')!);
    expect(shadowText(el, '.name')).to.equal('Camille Exemple');

    Object.assign(state, { quote: 'q-dominique', variant: 'inline', theme: 'dark' });
    await nextTick();
    expect(container.querySelector('dossier-quote')).to.equal(el);
    expect([el.quote, el.variant, el.theme]).to.deep.equal(['q-dominique', 'inline', 'dark']);
    await settled(el);
    expect(shadowText(el, '.name')).to.equal('Dominique Test');
    expect([el.getAttribute('quote'), el.getAttribute('variant'), el.getAttribute('theme')]).to.deep.equal([
      'q-dominique',
      'inline',
      'dark',
    ]);
  });

  it('sets numbers and booleans as properties (headingLevel, withQuote), so false is false', async () => {
    const withQuote = ref(true);
    mount(
      createApp({
        render: () =>
          h('actor-card', { feed: feedUrl('fictional'), actor: 'camille-exemple', headingLevel: 5, withQuote: withQuote.value }),
      }),
    );
    const el = await settled(container.querySelector('actor-card')!);
    expect(el.headingLevel).to.equal(5);
    expect(el.shadowRoot!.querySelector('[part=name]')!.getAttribute('aria-level')).to.equal('5');
    expect(shadowText(el, '[part=quote]')).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
    withQuote.value = false;
    await nextTick();
    await el.updateComplete;
    expect(el.withQuote).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=quote]')).to.equal(null);
  });

  it('receives cancelable dossier-select through onDossierSelect', async () => {
    const selected: DossierSelectDetail[] = [];
    mount(
      createApp({
        render: () =>
          h('actor-card', {
            feed: feedUrl('fictional'),
            actor: 'camille-exemple',
            onDossierSelect: (event: CustomEvent<DossierSelectDetail>) => {
              event.preventDefault(); // stay on the test page
              selected.push(event.detail);
            },
          }),
      }),
    );
    const el = await settled(container.querySelector('actor-card')!);
    const page = location.href;
    const link = el.shadowRoot!.querySelector('a')!;
    link.click();
    expect(selected).to.deep.equal([{ type: 'actor', id: 'camille-exemple', url: link.href, link: 'testimony' }]);
    expect(location.href).to.equal(page);
  });

  it('works from a template: isCustomElement, :prop bindings, @dossier-load on <dossier-feed>', async () => {
    const full = (await import(/* @vite-ignore */ FULL_BUILD)) as typeof import('vue');
    const quote = ref('q-camille');
    const loads: string[] = [];
    const templateApp = full.createApp({
      template: `<dossier-feed :src="feed" @dossier-load="loads.push($event.target.localName)">
        <dossier-quote :quote="quote" variant="inline"></dossier-quote>
        <actor-card actor="dominique-test" heading-level="4"></actor-card>
      </dossier-feed>`,
      setup: () => ({ feed: feedUrl('fictional'), quote, loads }),
    });
    // In an app, this is the build's option (vite: vue({ template: { compilerOptions } })).
    templateApp.config.compilerOptions.isCustomElement = (tag) =>
      ['dossier-feed', 'dossier-quote', 'actor-card', 'actor-list', 'initiative-map', 'dossier-intro'].includes(tag);
    mount(templateApp);
    const el = await settled(container.querySelector('dossier-quote')!);
    const card = await settled(container.querySelector('actor-card')!);
    expect(el.variant).to.equal('inline');
    expect(shadowText(el, '.name')).to.equal('Camille Exemple');
    expect(card.headingLevel).to.equal(4);
    expect(shadowText(card, '[part=name]')).to.equal('Dominique Test');
    await waitUntil(() => loads.length === 2, 'both loads did not bubble to <dossier-feed>');
    expect(loads.sort()).to.deep.equal(['actor-card', 'dossier-quote']);

    quote.value = 'q-dominique';
    await nextTick();
    await settled(el);
    expect(shadowText(el, '.name')).to.equal('Dominique Test');
  });

  it('has template types that reject what the elements would not understand (checked by tsc)', () => {
    type Quote = InstanceType<GlobalComponents['dossier-quote']>;
    type Card = InstanceType<GlobalComponents['actor-card']>;
    const quote: Quote['$props'] = { quote: 'q-camille', variant: 'inline', theme: 'auto', class: 'x' };
    const card: Card['$props'] = { actor: 'camille-exemple', layout: 'compact', headingLevel: 4, withQuote: true };
    const rejected: Quote['$props'][] = [
      // @ts-expect-error -- not a variant
      { variant: 'wide' },
      // @ts-expect-error -- not a theme
      { theme: 'sepia' },
    ];
    // @ts-expect-error -- a number
    const badCard: Card['$props'] = { headingLevel: 'four' };
    const emits = (emitQuote: Quote['$emit'], emitCard: Card['$emit'], load: CustomEvent<DossierLoadDetail>) => {
      emitQuote('dossier-load', load);
      emitCard('dossier-select', new CustomEvent<DossierSelectDetail>('dossier-select', { detail: { type: 'actor', id: 'a' } }));
      // @ts-expect-error -- <dossier-quote> fires no dossier-select
      emitQuote('dossier-select', new CustomEvent('dossier-select'));
      // @ts-expect-error -- the payload is the typed CustomEvent
      emitQuote('dossier-load', new Event('dossier-load'));
    };
    expect([quote, card, badCard, ...rejected, emits]).to.have.length(6);
  });
});
