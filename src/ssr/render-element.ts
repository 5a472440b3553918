/**
 * The one renderer: a dossier element rendered to HTML source by Lit's own server renderer
 * (@lit-labs/ssr), its shadow tree as a declarative shadow root (`<template shadowrootmode>`)
 * and the partner's fallback content after it. The CLI's embed pages (in Node, see
 * src/node/render-embed.ts) and the embed generator's pre-render (in the browser,
 * src/generator/prerender.ts) both call it: `renderElement` for a whole element,
 * `renderShadowRoot` for its declarative shadow root alone (the generator writes the start tag
 * and the fallback of its snippet itself, from the same attributes).
 *
 * Every value reaches the markup through an escaping path we control: Lit's renderer escapes
 * attribute values and text (its `escapeHtml`); the fallback is built by `fallbackHtml`; the
 * sanitised intro by `serializeNodes`; the style block is the element's own CSS, checked not to
 * close it. Nothing is post-processed, with regular expressions or otherwise: the string is
 * what the renderer wrote. (Inside the shadow root, Lit's hydration markers are comments:
 * `<!--lit-part …-->`, `<!--lit-node n-->`, and `<?>` for an empty value, which HTML parses as
 * a comment.)
 *
 * The element is not connected anywhere: it never fetches. It is given its data (the dossier,
 * already parsed) and what a browser would tell it (its language, its map's size, the map's
 * outlines) before its first render, through `prepare`, and renders its complete state.
 */
import './lit-render-root.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElement, type CSSResultOrNative } from 'lit';
import { Directive } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { litCreateRenderRoot } from './lit-render-root.js';
import type { Dossier } from '../feed/model.js';
import type { WidgetTag } from '../elements.js';

// @lit-labs/ssr's renderer replaced it when it loaded (lit-render-root.ts says why it matters).
LitElement.prototype['createRenderRoot'] = litCreateRenderRoot;

/** Attribute name → value; `true` is a boolean attribute. Written in this order. */
export type Attributes = [string, string | true][];

/** What the shadow root is rendered from. */
export interface ShadowRootInput {
  tag: WidgetTag;
  /** The element's attributes (`feed`, its options, `theme`, `lang`). */
  attributes: Attributes;
  dossier: Dossier;
  /** Absolute feed URL: relative links in the feed resolve against it. */
  url: string;
  /**
   * The intro's untrusted HTML, sanitised and serialised (`sanitizeHtml` + `serializeNodes`).
   * The browser has a DOM to sanitise with; Node lends one (src/node/server-dom.ts).
   */
  sanitize: (html: string, baseUrl: string) => string;
  /** The map's outlines by region (what its geometry chunks export), all loaded beforehand. */
  geometry?: ReadonlyMap<string, unknown>;
  /** The map's size before the browser measures it, in CSS pixels. */
  mapSize?: { width: number; height: number };
}

export interface ElementInput extends ShadowRootInput {
  /** The fallback content, as HTML source already escaped (see generator/fallback.ts). */
  fallback?: string;
}

/** The map's size without a browser: the oEmbed iframe's width (600 px), at the height its CSS gives it there (75cqi). */
export const DEFAULT_MAP_SIZE = { width: 600, height: 450 };

/** The element finds nothing to show in the dossier with these attributes (an id it lacks). */
export class NothingToRender extends Error {
  override name = 'NothingToRender';
}

/** Attribute names come from our own descriptors; anything else is a bug upstream. */
const NAME = /^[a-z][a-z0-9-]*$/;

/** One style sheet's text: Lit's `css` result, or a constructed sheet's rules. */
const sheetText = (style: CSSResultOrNative) =>
  'cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('');

/**
 * The text of an element's `<style>` block in its declarative shadow root: its styles, in the
 * order Lit adopts them. The same for every widget of one element and build, so a strict CSP
 * allows it by hash (`styleHash` in the generator computes it from this very text).
 */
export function shadowStyleText(tag: string): string {
  const element = customElements.get(tag) as typeof LitElement | undefined;
  if (!element) throw new Error(`shadowStyleText: <${tag}> is not defined`);
  // Lit computes elementStyles when the class is defined; an undefined class was caught above.
  const css = (element.elementStyles ?? []).map(sheetText).join('');
  // Raw text: the block ends at the first `</style`, whatever its case. Our own CSS never says it.
  if (css.toLowerCase().includes('</style')) throw new Error(`shadowStyleText: <${tag}>'s CSS would close its <style> block`);
  return css;
}

/**
 * Gives a freshly constructed element what a browser and a feed would, before its first render:
 * instance properties shadow the prototype's (the language a detached element cannot look up,
 * no light-DOM fallback, the controller's settled state, the map's outlines and size).
 */
function prepare(element: LitElement, input: ShadowRootInput) {
  const el = element as unknown as Record<string, unknown> & {
    data: { status: string; loaded?: unknown };
    select(dossier: Dossier): unknown;
  };
  const lang = (input.attributes.find(([name]) => name === 'lang')?.[1] as string | undefined) || 'fr';
  Object.defineProperty(el, 'language', { value: lang });
  Object.defineProperty(el, 'hasFallback', { value: false });
  const value = el.select(input.dossier);
  if (value === undefined) {
    throw new NothingToRender(`<${input.tag}> finds nothing to show in dossier "${input.dossier.id}" with ${JSON.stringify(input.attributes)}`);
  }
  el.data.status = 'complete';
  el.data.loaded = { value, dossier: input.dossier, url: input.url };
  // <dossier-intro>: the body as sanitised source rather than DOM nodes.
  el.introNodes = (introHtml: string | undefined, baseUrl: string) => (introHtml ? [unsafeHTML(input.sanitize(introHtml, baseUrl))] : []);
  // <initiative-map>: outlines already loaded, a size already measured.
  if (el.geometry) (el.geometry as { loaded: unknown }).loaded = input.geometry ?? new Map();
  if (el.viewport) (el.viewport as { size: unknown }).size = input.mapSize ?? DEFAULT_MAP_SIZE;
}

/**
 * @lit-labs/ssr has directives render on the server by replacing, on the prototype that holds it
 * (`Directive.prototype` for Lit's directives and ours), the method Lit resolves a directive
 * with (`_$resolve`, `_$AS` in Lit's minified build), and leaves it replaced. In a browser every
 * directive of the page's live elements would then call `render()` instead of `update()`: after
 * the generator's first pre-render, its preview's `styleProps()` (which works in `update()`)
 * set nothing, and a map's markers lost their place. Lit's own methods are put back after each
 * render (the renderer patches them again at its next one).
 */
function keepingLitDirectives<T>(render: () => T): T {
  const own = Object.getOwnPropertyDescriptors(Directive.prototype);
  try {
    return render();
  } finally {
    for (const [key, descriptor] of Object.entries(own)) {
      if (Object.getOwnPropertyDescriptor(Directive.prototype, key)?.value !== descriptor.value) Object.defineProperty(Directive.prototype, key, descriptor);
    }
  }
}

/**
 * The element, rendered by Lit's element renderer as it renders a custom element met in a
 * template (@lit-labs/ssr's render-value.js: construct, set the attributes, connect, write the
 * attributes, then the shadow root), but on its own, so that the result is the element's
 * attributes and shadow root rather than a page fragment wrapped in markers.
 */
function renderParts(input: ShadowRootInput) {
  return keepingLitDirectives(() => renderWithLit(input));
}

function renderWithLit(input: ShadowRootInput) {
  if (!customElements.get(input.tag)) throw new Error(`renderElement: <${input.tag}> is not defined`);
  const css = shadowStyleText(input.tag);
  class DossierRenderer extends LitElementRenderer {
    override connectedCallback() {
      prepare(this.element, input);
      super.connectedCallback();
    }

    /** Lit's own `renderShadow`, with the style text from `shadowStyleText`, which the CSP hash reads too. */
    override renderShadow(renderInfo: RenderInfo) {
      const element = this.element as unknown as { render(): unknown };
      return ['<style>', css, '</style>', () => renderValue(element.render(), renderInfo)];
    }
  }
  const renderer = new DossierRenderer(input.tag);
  for (const [name, value] of input.attributes) {
    if (!NAME.test(name)) throw new Error(`renderElement: unexpected attribute name ${JSON.stringify(name)}`);
    renderer.setAttribute(name, value === true ? '' : value);
  }
  renderer.connectedCallback();
  const renderInfo: RenderInfo = {
    elementRenderers: [DossierRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [renderer.element],
    slotStack: [],
    deferHydration: false,
  };
  return {
    attributes: renderer.renderAttributes().join(''),
    shadowRoot: `<template shadowrootmode="open">${collectResultSync(renderer.renderShadow(renderInfo))}</template>`,
  };
}

/**
 * The element's declarative shadow root, `<template shadowrootmode="open"><style>…</style>…</template>`,
 * to write right after its start tag. Throws `NothingToRender` when the dossier lacks what the
 * attributes ask for.
 */
export function renderShadowRoot(input: ShadowRootInput): string {
  return renderParts(input).shadowRoot;
}

/**
 * The element as HTML source: its tag and attributes (as given, then those it reflects, such as
 * a default `variant`), its declarative shadow root, its fallback. Throws `NothingToRender` when
 * the dossier lacks what the attributes ask for.
 */
export function renderElement(input: ElementInput): string {
  const { attributes, shadowRoot } = renderParts(input);
  return `<${input.tag}${attributes}>${shadowRoot}${input.fallback ?? ''}</${input.tag}>`;
}
