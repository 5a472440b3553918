/**
 * The one renderer: a dossier element rendered to HTML source by Lit's own server renderer
 * (@lit-labs/ssr), its shadow tree as a declarative shadow root (`<template shadowrootmode>`)
 * and the partner's fallback content after it. The CLI's embed pages (in Node, see
 * src/node/render-embed.ts) and the embed generator's pre-render (in the browser) both call it.
 *
 * Every value reaches the markup through an escaping path we control: Lit escapes attribute
 * values and text; the fallback is built by `fallbackHtml`; the sanitised intro by
 * `serializeNodes`. Nothing is post-processed with regular expressions.
 *
 * The element is not connected anywhere: it never fetches. It is given its data (the dossier,
 * already parsed) and what a browser would tell it (its language, its map's size, the map's
 * outlines) before its first render, through `prepare`, and renders its complete state.
 */
import './lit-render-root.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { litCreateRenderRoot } from './lit-render-root.js';
import { escapeHtml } from '../generator/fallback.js';
import type { Dossier } from '../feed/model.js';
import type { WidgetTag } from '../elements.js';

LitElement.prototype['createRenderRoot'] = litCreateRenderRoot;

/** Attribute name → value; `true` is a boolean attribute. Written in this order. */
export type Attributes = [string, string | true][];

export interface ElementInput {
  tag: WidgetTag;
  /** The element's attributes (`feed`, its options, `theme`, `lang`). */
  attributes: Attributes;
  dossier: Dossier;
  /** Absolute feed URL: relative links in the feed resolve against it. */
  url: string;
  /** The fallback content, as HTML source already escaped (see generator/fallback.ts). */
  fallback?: string;
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

/** The map's size without a browser: the oEmbed iframe's width (600 px), at the height its CSS gives it there (75cqi). */
export const DEFAULT_MAP_SIZE = { width: 600, height: 450 };

/** An attribute as HTML source, escaped; names come from our own descriptors. */
const attribute = ([name, value]: [string, string | true]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);

/**
 * Gives a freshly constructed element what a browser and a feed would, before its first render:
 * instance properties shadow the prototype's (the language a detached element cannot look up,
 * no light-DOM fallback, the controller's settled state, the map's outlines and size).
 */
function prepare(element: LitElement, input: ElementInput) {
  const el = element as unknown as Record<string, unknown> & {
    data: { status: string; loaded?: unknown };
    select(dossier: Dossier): unknown;
  };
  const lang = (input.attributes.find(([name]) => name === 'lang')?.[1] as string | undefined) || 'fr';
  Object.defineProperty(el, 'language', { value: lang });
  Object.defineProperty(el, 'hasFallback', { value: false });
  const value = el.select(input.dossier);
  if (value === undefined) throw new Error(`renderElement: <${input.tag}> finds nothing to show in dossier "${input.dossier.id}" with ${JSON.stringify(input.attributes)}`);
  el.data.status = 'complete';
  el.data.loaded = { value, dossier: input.dossier, url: input.url };
  // <dossier-intro>: the body as sanitised source rather than DOM nodes.
  el.introNodes = (introHtml: string | undefined, baseUrl: string) => (introHtml ? [unsafeHTML(input.sanitize(introHtml, baseUrl))] : []);
  // <initiative-map>: outlines already loaded, a size already measured.
  if (el.geometry) (el.geometry as { loaded: unknown }).loaded = input.geometry ?? new Map();
  if (el.viewport) (el.viewport as { size: unknown }).size = input.mapSize ?? DEFAULT_MAP_SIZE;
}

/** The element as HTML source: its tag and attributes, its declarative shadow root, its fallback. */
export function renderElement(input: ElementInput): string {
  class DossierRenderer extends LitElementRenderer {
    override connectedCallback() {
      prepare(this.element, input);
      super.connectedCallback();
    }
  }
  const tag = unsafeStatic(input.tag);
  const open = unsafeStatic(input.attributes.map(attribute).join(''));
  const template = html`<${tag}${open}>${unsafeHTML(input.fallback ?? '')}</${tag}>`;
  return collectResultSync(render(template, { elementRenderers: [DossierRenderer] }));
}
