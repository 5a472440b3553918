/**
 * One renderer, two places: what Node's server rendering writes (the built `renderEmbed`, the
 * CLI's, run by the `render-embed` test command, test/ssr-render-plugin.mjs) is, once a browser
 * parses it with no script, the very tree the live element renders after loading the same feed
 * over HTTP: every widget, both themes, both languages, and a few options. Compared: the host's
 * attributes, and the shadow tree's elements, attributes and text (test/dom-shape.ts); the
 * server's `<style>` block against the live element's styles.
 *
 * The map is rendered live at the server's size (DEFAULT_MAP_SIZE, 640×480: the host is sized
 * so that its viewport measures exactly that), so that its geometry numbers (the SVG's size,
 * the départements' paths, the labels' positions) are compared too, not left out: to a
 * millionth of a pixel, since JavaScript engines' Math functions differ in the last bits (Node's
 * V8 and Chromium's already write a label's `x` as 262.75819864782983 and 262.75819864782954).
 *
 * The live tree is read as soon as the element has rendered its data, in the same task: an
 * avatar whose image fails to load turns into initials later (an `error` event, a task of its
 * own), which is the browser's business, not the renderer's.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/all.js';
import { EMBEDS, type WidgetTag } from '../src/elements.js';
import type { DossierElement } from '../src/core/dossier-element.js';
import { optionAttributes, type Options } from '../src/generator/embed-descriptor.js';
import { DEFAULT_MAP_SIZE } from '../src/ssr/render-element.js';
import { feedUrl } from '../src/test-support/feeds.js';
import { settled } from '../src/test-support/elements.js';
import { parseWithoutScript, shape, type ShapeOptions } from './dom-shape.js';

type Widget = DossierElement<unknown> & LitElement;
type Theme = 'light' | 'dark';
type Lang = 'fr' | 'en';

interface Rendered {
  html: string;
  warnings: string[];
}

/** Each widget with what it needs to show something (an id), then a few of its options. */
const CASES: { tag: WidgetTag; options: Options }[] = [
  { tag: 'dossier-quote', options: { quote: 'q-camille' } },
  { tag: 'actor-card', options: { actor: 'camille-exemple' } },
  { tag: 'actor-list', options: {} },
  { tag: 'initiative-map', options: {} },
  { tag: 'dossier-intro', options: {} },
];
const VARIANTS: { tag: WidgetTag; options: Options }[] = [
  { tag: 'dossier-quote', options: { quote: 'q-dominique', variant: 'inline' } },
  { tag: 'actor-card', options: { actor: 'camille-exemple', 'card-layout': 'horizontal', 'with-quote': true } },
  { tag: 'actor-card', options: { actor: 'association-fictive', 'card-layout': 'compact' } },
  { tag: 'actor-list', options: { 'list-layout': 'list', sort: 'name', kind: 'person' } },
  { tag: 'initiative-map', options: { topic: 'entraide' } },
  { tag: 'dossier-intro', options: { collapsed: true } },
];

/**
 * KNOWN GAP, reported: the map's markers, list swatches and legend swatches get their position
 * and colour from `styleProps()` (src/core/style-props.ts), a directive in an element position
 * that sets them through the CSSOM, which @lit-labs/ssr does not run (it renders nothing for
 * element parts). The live element has a `style` attribute there; the server's has none, so
 * without JavaScript the markers stand in the top-left corner and the swatches have no colour.
 * Left out of the comparison here, and checked apart below so that this test says when it is fixed.
 */
const styledByDirective = (el: Element) => el.matches('.marker, .swatch');
const SVG_NS = 'http://www.w3.org/2000/svg';
const NUMBER = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;
/** A number to a millionth, written without trailing zeros. */
const micro = (n: string) => String(Math.round(Number(n) * 1e6) / 1e6);
const options: ShapeOptions = {
  skipAttribute: (el, name) => name === 'style' && styledByDirective(el),
  attributeValue: (el, _name, value) => (el.namespaceURI === SVG_NS ? value.replace(NUMBER, micro) : value),
};

/** The live element's styles as the server writes them: each sheet's text, in order. */
const liveStyleText = (el: Widget) =>
  (el.constructor as typeof LitElement).elementStyles.map((s) => ('cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join(''))).join('');

async function serverRendered(tag: WidgetTag, feed: string, options: Options, theme: Theme, lang: Lang) {
  const { html: markup, warnings } = await executeServerCommand<Rendered, object>('render-embed', { fixture: 'fictional', feed, tag, options, theme, lang });
  const doc = await parseWithoutScript(markup);
  const host = doc.body.firstElementChild!;
  expect(host.localName, markup.slice(0, 200)).to.equal(tag);
  expect(host.shadowRoot, 'the declarative shadow root was not attached').to.not.equal(null);
  return { host, warnings };
}

async function liveRendered(tag: WidgetTag, feed: string, options: Options, theme: Theme, lang: Lang) {
  const { embed } = await EMBEDS[tag]();
  // The map at the server's size: its viewport (1 px border) measures DEFAULT_MAP_SIZE.
  const { width, height } = DEFAULT_MAP_SIZE;
  const box = await fixture<HTMLDivElement>(
    tag === 'initiative-map' ? html`<div style="width: ${width + 2}px; --dossier-map-height: ${height}px"></div>` : html`<div></div>`,
  );
  const el = document.createElement(tag) as Widget;
  // The attributes renderEmbed writes: the feed, the options, the theme unless light, the language.
  el.setAttribute('feed', feed);
  for (const [name, value] of optionAttributes(embed, options)) el.setAttribute(name, value === true ? '' : value);
  if (theme !== 'light') el.setAttribute('theme', theme);
  el.setAttribute('lang', lang);
  box.append(el);
  await settled(el);
  expect(el.matches(':state(complete)'), `<${tag}> did not render its data`).to.equal(true);
  if (tag === 'initiative-map') {
    const land = () => el.shadowRoot!.querySelector('svg.land');
    await waitUntil(() => land()?.getAttribute('width') === String(width), 'the live map did not draw at the server’s size', { timeout: 5000 });
    const viewport = el.shadowRoot!.querySelector('.viewport')!;
    expect([viewport.clientWidth, viewport.clientHeight]).to.deep.equal([width, height]);
  }
  return el;
}

/** The server's shadow tree without its style block (checked apart), and the live one. */
function compare(server: Element, live: Widget) {
  const nodes = [...server.shadowRoot!.childNodes];
  const style = nodes.find((node) => node.nodeType === Node.ELEMENT_NODE) as Element;
  expect(style.localName, 'the shadow root starts with its style block').to.equal('style');
  expect(style.textContent, 'style block').to.equal(liveStyleText(live));
  expect(live.shadowRoot!.adoptedStyleSheets.length, 'the live element adopted its styles').to.be.greaterThan(0);
  expect(shape(nodes.filter((node) => node !== style), options), 'shadow tree').to.equal(shape(live.shadowRoot!.childNodes, options));
  // The host: its attributes (the element reflects some, such as a default variant), as the page parses them.
  expect(shape([server.cloneNode(false)]), 'host').to.equal(shape([live.cloneNode(false)]));
}

describe('server rendering (Node) matches the live element', () => {
  for (const { tag, options } of CASES) {
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        it(`<${tag}> ${theme} ${lang}`, async () => {
          const feed = new URL(feedUrl('fictional'), location.href).href;
          const { host, warnings } = await serverRendered(tag, feed, options, theme, lang);
          const live = await liveRendered(tag, feed, options, theme, lang);
          compare(host, live);
          expect(warnings.filter((w) => !w.includes('without coordinates'))).to.deep.equal([]);
        });
      }
    }
  }

  for (const { tag, options } of VARIANTS) {
    it(`<${tag}> ${JSON.stringify(options)}`, async () => {
      const feed = new URL(feedUrl('fictional'), location.href).href;
      const { host } = await serverRendered(tag, feed, options, 'light', 'fr');
      compare(host, await liveRendered(tag, feed, options, 'light', 'fr'));
    });
  }

  it('KNOWN GAP: the map’s styleProps() (marker positions, swatch colours) are not server-rendered', async () => {
    const feed = new URL(feedUrl('fictional'), location.href).href;
    const { host } = await serverRendered('initiative-map', feed, {}, 'light', 'fr');
    const live = await liveRendered('initiative-map', feed, {}, 'light', 'fr');
    const styled = (root: ShadowRoot) => [...root.querySelectorAll('*')].filter(styledByDirective).map((el) => el.getAttribute('style'));
    expect(styled(live.shadowRoot!).every((style) => !!style)).to.equal(true);
    // When this fails, the gap is closed: drop `skipAttribute` above and this test.
    expect(styled(host.shadowRoot!).every((style) => style === null)).to.equal(true);
  });
});
