/**
 * What the server-rendering tests share (test/ssr-parity.test.ts, test/hostile-prerender.test.ts):
 * a widget rendered by Node (the `render-embed` command, test/ssr-render-plugin.mjs) and parsed
 * with no script, the same widget live in this page after loading the same feed over HTTP, and
 * the comparison of the two trees (test/dom-shape.ts).
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
import { settled } from '../src/test-support/elements.js';
import { parseWithoutScript, shape, type ShapeOptions } from './dom-shape.js';

export type Widget = DossierElement<unknown> & LitElement;
export type Theme = 'light' | 'dark';
export type Lang = 'fr' | 'en';

/**
 * The map's markers, list swatches and legend swatches get their position and colour from
 * `styleProps()` in browsers (the CSSOM) and from `serverStyle()` on the server (an attribute):
 * their `style` attributes are compared as declarations, each number to a millionth.
 */
export const styledByDirective = (el: Element) => el.matches('.marker, .swatch');
const scratch = document.createElement('span');
const declarations = (style: string) => {
  scratch.setAttribute('style', style);
  return [...scratch.style].map((name) => `${name}: ${scratch.style.getPropertyValue(name).trim().replace(NUMBER, micro)}`).sort().join('; ');
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const NUMBER = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;
/** A number to a millionth, written without trailing zeros. */
const micro = (n: string) => String(Math.round(Number(n) * 1e6) / 1e6);
export const compared: ShapeOptions = {
  skipAttribute: () => false,
  attributeValue: (el, name, value) =>
    name === 'style' && styledByDirective(el) ? declarations(value) : el.namespaceURI === SVG_NS ? value.replace(NUMBER, micro) : value,
};

/** The live element's styles as the server writes them: each sheet's text, in order. */
export const liveStyleText = (el: Widget) =>
  (el.constructor as typeof LitElement).elementStyles.map((s) => ('cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join(''))).join('');

export interface Request {
  /** A fixture of src/test-support/fixtures/, served at `feed` too. */
  fixture: string;
  tag: WidgetTag;
  /** The absolute URL the page loads the fixture from. */
  feed: string;
  options: Options;
  theme: Theme;
  lang: Lang;
}

/** Node's `renderEmbed` output, as the HTML source it is and as parsed with no script (in a sandboxed frame with `frame`). */
export async function serverRendered(request: Request, { frame = false } = {}) {
  const { html: markup, warnings } = await executeServerCommand<{ html: string; warnings: string[] }, Request>('render-embed', request);
  const doc = await parseWithoutScript(markup, { frame });
  const host = doc.body.firstElementChild!;
  expect(host.localName, markup.slice(0, 200)).to.equal(request.tag);
  expect(host.shadowRoot, 'the declarative shadow root was not attached').to.not.equal(null);
  return { markup, doc, host, warnings };
}

/** The widget live in this page, with the attributes renderEmbed writes, once it has rendered its data. */
export async function liveRendered({ tag, feed, options, theme, lang }: Request) {
  const { embed } = await EMBEDS[tag]();
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
    // The map's viewport (1 px border) measures DEFAULT_MAP_SIZE.
    const viewport = el.shadowRoot!.querySelector('.viewport')!;
    expect([viewport.clientWidth, viewport.clientHeight]).to.deep.equal([width, height]);
  }
  return el;
}

/** A server-rendered shadow root (parsed) against the live one: its style block, then the rest of the tree. */
export function expectSameShadowTree(server: Element, live: Widget) {
  const nodes = [...server.shadowRoot!.childNodes];
  const style = nodes.find((node) => node.nodeType === Node.ELEMENT_NODE) as Element;
  expect(style.localName, 'the shadow root starts with its style block').to.equal('style');
  expect(style.textContent, 'style block').to.equal(liveStyleText(live));
  expect(live.shadowRoot!.adoptedStyleSheets.length, 'the live element adopted its styles').to.be.greaterThan(0);
  expect(shape(nodes.filter((node) => node !== style), compared), 'shadow tree').to.equal(shape(live.shadowRoot!.childNodes, compared));
}

/** The host's attributes too (the element reflects some, such as a default variant). */
export function expectSameElement(server: Element, live: Widget) {
  expectSameShadowTree(server, live);
  expect(shape([server.cloneNode(false)]), 'host').to.equal(shape([live.cloneNode(false)]));
}
