/**
 * React 19 renders the elements, sets their properties and attributes from props and state, and
 * receives their `dossier-*` events through `on<event-name>` props, in a real browser. The
 * elements are written with `React.createElement` through `jsx()`, typed by React's own
 * `JSX.IntrinsicElements`, so the shipped JSX types (src/frameworks/react.ts) are checked
 * against the calls that run here; the last test holds the type checks that must fail.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type * as ReactModule from 'react';
import type * as ReactDomModule from 'react-dom';
import type * as ReactDomClientModule from 'react-dom/client';
import '../../src/all.js';
import type { ActorCard, DossierQuote } from '../../src/all.js';
import type { DossierLoadDetail, DossierSelectDetail } from '../../src/core/events.js';
import type { DossierReactProps } from '../../src/frameworks/react.js';
import { feedUrl } from '../../src/test-support/feeds.js';
import { requireCommonJs } from './commonjs.js';
import { settled, shadowText } from '../../src/test-support/elements.js';

let React: typeof ReactModule;
let flushSync: typeof ReactDomModule.flushSync;
let createRoot: typeof ReactDomClientModule.createRoot;

type Elements = ReactModule.JSX.IntrinsicElements;
type Tag = 'dossier-feed' | 'dossier-quote' | 'actor-card';

/** `<tag {...props}>{children}</tag>`, with the props checked against the shipped JSX types. */
function jsx<T extends Tag>(tag: T, props: Elements[T], ...children: ReactModule.ReactNode[]) {
  return React.createElement(tag, props as ReactModule.Attributes, ...children);
}


let container: HTMLElement;
let root: ReactDomClientModule.Root;
let consoleErrors: string[];
const originalError = console.error;

/** Renders synchronously, so the DOM is React's output when this returns. */
const render = (node: ReactModule.ReactNode) => flushSync(() => root.render(node));

describe('React 19', () => {
  before(async function () {
    // In a hook rather than at the top level, so a slow browser starts the page in time.
    this.timeout(60_000);
    React = await requireCommonJs<typeof ReactModule>('react');
    ({ flushSync } = await requireCommonJs<typeof ReactDomModule>('react-dom'));
    ({ createRoot } = await requireCommonJs<typeof ReactDomClientModule>('react-dom/client'));
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    // React reports bad props and failed renders with console.error: none is expected.
    consoleErrors = [];
    console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
  });

  afterEach(() => {
    root.unmount();
    container.remove();
    console.error = originalError;
    expect(consoleErrors).to.deep.equal([]);
  });

  it('renders <dossier-quote> from a served feed, keeps the fallback children, and delivers dossier-load', async () => {
    const url = feedUrl('fictional');
    const loads: CustomEvent<DossierLoadDetail>[] = [];
    render(
      jsx(
        'dossier-quote',
        { feed: url, quote: 'q-camille', className: 'partner-quote', 'ondossier-load': (event) => loads.push(event) },
        React.createElement('blockquote', null, 'Fallback'),
      ),
    );
    const el = await settled(container.querySelector('dossier-quote')!);
    expect(el.className).to.equal('partner-quote');
    expect(el.feed).to.equal(url);
    expect(shadowText(el, 'blockquote')).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
    expect(shadowText(el, '.name')).to.equal('Camille Exemple');
    // The light-DOM children React rendered are the partner's fallback, left in place.
    expect(el.querySelector('blockquote')!.textContent).to.equal('Fallback');
    await waitUntil(() => loads.length, 'no dossier-load');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.url).to.equal(new URL(url, location.href).href);
    expect(loads[0]!.detail.dossier.title).to.equal('Dossier fictif');
    expect(loads[0]!.target).to.equal(el);
  });

  it('follows React state: the same element gets the new quote, variant and theme as properties', async () => {
    const feed = feedUrl('fictional');
    let setProps!: (props: DossierReactProps<'dossier-quote'>) => void;
    function Quote() {
      const [props, set] = React.useState<DossierReactProps<'dossier-quote'>>({ quote: 'q-camille' });
      setProps = set;
      return jsx('dossier-quote', { feed, ...props });
    }
    render(React.createElement(Quote));
    const el = await settled(container.querySelector('dossier-quote')!);
    expect(el.variant).to.equal('card');
    expect(shadowText(el, '.name')).to.equal('Camille Exemple');

    flushSync(() => setProps({ quote: 'q-dominique', variant: 'inline', theme: 'dark' }));
    expect(container.querySelector('dossier-quote')).to.equal(el);
    // React 19 sets the element's properties (these are reflected to attributes by the element).
    expect([el.quote, el.variant, el.theme]).to.deep.equal(['q-dominique', 'inline', 'dark']);
    await settled(el);
    expect(shadowText(el, '.name')).to.equal('Dominique Test');
    expect(shadowText(el, 'blockquote')).to.contain('Texte hostile');
    expect([el.getAttribute('quote'), el.getAttribute('variant'), el.getAttribute('theme')]).to.deep.equal([
      'q-dominique',
      'inline',
      'dark',
    ]);

    // Removing a prop from React clears the property: back to the dossier's first quote.
    flushSync(() => setProps({}));
    expect(el.quote).to.equal(undefined);
    await settled(el);
    expect(shadowText(el, '.name')).to.equal('Camille Exemple');
  });

  it('sets a number as a property (headingLevel) and a boolean attribute (with-quote)', async () => {
    render(jsx('actor-card', { feed: feedUrl('fictional'), actor: 'camille-exemple', headingLevel: 5, 'with-quote': true }));
    const el = await settled(container.querySelector('actor-card')!);
    // As an attribute, `headingLevel` would have been lower-cased and ignored: it is a property.
    expect(el.headingLevel).to.equal(5);
    expect(el.hasAttribute('headinglevel')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=name]')!.getAttribute('aria-level')).to.equal('5');
    expect(el.getAttribute('with-quote')).to.equal('');
    expect(el.withQuote).to.equal(true);
    expect(shadowText(el, '[part=quote]')).to.equal('Une phrase inventée pour les tests, que personne n’a dite.');
  });

  it('receives cancelable dossier-select through ondossier-select, and swaps or drops the listener with the props', async () => {
    const selected: (DossierSelectDetail & { by: string })[] = [];
    const handler = (by: string) => (event: CustomEvent<DossierSelectDetail>) => {
      event.preventDefault(); // stay on the test page
      selected.push({ ...event.detail, by });
    };
    const feed = feedUrl('fictional');
    const card = (props: DossierReactProps<'actor-card'>) => jsx('actor-card', { feed, actor: 'camille-exemple', ...props });
    render(card({ 'ondossier-select': handler('first') }));
    const el = await settled(container.querySelector('actor-card')!);
    const page = location.href;
    const link = () => el.shadowRoot!.querySelector('a')!;
    link().click();
    expect(selected).to.deep.equal([
      { type: 'actor', id: 'camille-exemple', url: link().href, link: 'testimony', by: 'first' },
    ]);
    expect(location.href).to.equal(page);

    // A new handler replaces the old one: React removes the previous listener.
    render(card({ 'ondossier-select': handler('second') }));
    link().click();
    expect(selected.map((s) => s.by)).to.deep.equal(['first', 'second']);

    // No handler, no listener (the page's own listener keeps the test from navigating).
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('dossier-select', stop);
    try {
      render(card({}));
      link().click();
    } finally {
      document.removeEventListener('dossier-select', stop);
    }
    expect(selected).to.have.length(2);
    expect(location.href).to.equal(page);
  });

  it('shares one <dossier-feed> between widgets, and its ondossier-load hears every widget', async () => {
    const loads: string[] = [];
    render(
      jsx(
        'dossier-feed',
        { src: feedUrl('fictional'), 'ondossier-load': (event) => loads.push((event.target as Element).localName) },
        jsx('dossier-quote', { quote: 'q-camille', key: 'quote' }),
        jsx('actor-card', { actor: 'dominique-test', key: 'card' }),
      ),
    );
    const quote = await settled(container.querySelector('dossier-quote')!);
    const card = await settled(container.querySelector('actor-card')!);
    expect(shadowText(quote, '.name')).to.equal('Camille Exemple');
    expect(shadowText(card, '[part=name]')).to.equal('Dominique Test');
    await waitUntil(() => loads.length === 2, 'both loads did not bubble to <dossier-feed>');
    expect(loads.sort()).to.deep.equal(['actor-card', 'dossier-quote']);
  });

  it('has JSX types that reject what the elements would not understand (checked by tsc)', () => {
    const quote: Elements['dossier-quote'] = {
      quote: 'q-camille',
      variant: 'inline',
      theme: 'auto',
      'ondossier-load': (event) => event.detail.dossier.title,
      'ondossier-error': (event) => event.detail.kind,
    };
    const card: Elements['actor-card'] = {
      actor: 'camille-exemple',
      layout: 'compact',
      headingLevel: 4,
      'heading-level': '4',
      'ondossier-select': (event) => event.detail.type === 'actor',
      ref: (el: ActorCard | null) => void el?.loadComplete,
    };
    const others: [Elements['dossier-feed'], Elements['actor-list'], Elements['initiative-map'], Elements['dossier-intro']] = [
      { src: '/feed.json', timeout: 5000, 'ondossier-select': (event) => event.detail.id },
      { topic: 'entraide', kind: 'person', sort: 'name', layout: 'list' },
      { view: 'list', tilesConsent: true, 'tiles-attribution': '© OSM' },
      { collapsed: true, headingLevel: 3 },
    ];
    const rejectedQuotes: Elements['dossier-quote'][] = [
      // @ts-expect-error -- not a variant
      { variant: 'wide' },
      // @ts-expect-error -- not a theme
      { theme: 'sepia' },
      // @ts-expect-error -- the event's detail is typed
      { 'ondossier-load': (event) => event.detail.nope },
      // @ts-expect-error -- React 19 would listen for an event named "DossierLoad"
      { onDossierLoad: () => undefined },
      // @ts-expect-error -- <dossier-quote> fires no dossier-select
      { 'ondossier-select': () => undefined },
    ];
    const rejectedCards: Elements['actor-card'][] = [
      // @ts-expect-error -- a number
      { headingLevel: 'four' },
      // @ts-expect-error -- no such property
      { colour: 'red' },
      // @ts-expect-error -- the ref is the element's own class
      { ref: (el: DossierQuote | null) => void el?.variant },
    ];
    expect([quote, card, ...others, ...rejectedQuotes, ...rejectedCards]).to.have.length(14);
  });
});
