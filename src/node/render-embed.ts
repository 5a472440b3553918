/**
 * `renderEmbed`: one dossier element, server-rendered in Node from a parsed dossier, through the
 * same renderer the embed generator uses in the browser (src/ssr/render-element.ts). The
 * element classes are registered in Lit's server-side registry here (nothing is defined in a
 * browser sense), what an element loads itself is loaded beforehand (its descriptor's `preload`),
 * and the browser globals the elements'
 * code reads are lent for the render only (server-dom.ts).
 */
import { ELEMENT_CLASSES } from '../index.js';
import { sanitizeHtml } from '../core/sanitize-html.js';
import { EMBEDS, type WidgetTag } from '../elements.js';
import type { Dossier } from '../feed/model.js';
import { optionAttributes, type Options } from '../generator/embed-descriptor.js';
import { fallbackHtml } from '../generator/fallback.js';
import { stringsFor, type WidgetLang } from '../generator/strings.js';
import { renderElement, type Attributes } from '../ssr/render-element.js';
import { serializeNodes } from '../ssr/serialize-nodes.js';
import { withServerDom } from './server-dom.js';

for (const [tag, element] of Object.entries(ELEMENT_CLASSES)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const sanitize = (html: string, baseUrl: string) => serializeNodes(sanitizeHtml(html, baseUrl).childNodes);

export interface EmbedInput {
  tag: WidgetTag;
  dossier: Dossier;
  /** Absolute URL of the feed, written as the element's `feed` attribute. */
  feed: string;
  /** The element's own options, by option id of its embed descriptor (`{ quote: 'q-1' }`). */
  options?: Options;
  /** Extra attributes the descriptor does not offer (such as the map's `initiative`). */
  attributes?: Attributes;
  theme?: 'light' | 'dark' | 'auto';
  lang?: WidgetLang;
}

/**
 * The element as HTML source: its attributes, its shadow tree as a declarative shadow root
 * (readable without JavaScript, upgraded by the element's script), and its plain-HTML fallback
 * for browsers without declarative shadow DOM.
 */
export async function renderEmbed(input: EmbedInput): Promise<string> {
  const { embed } = await EMBEDS[input.tag]();
  const lang = input.lang ?? 'fr';
  const options = input.options ?? {};
  const attributes: Attributes = [
    ['feed', input.feed],
    ...optionAttributes(embed, options),
    ...(input.attributes ?? []),
    ...(input.theme && input.theme !== 'light' ? [['theme', input.theme] as [string, string]] : []),
    ['lang', lang],
  ];
  const words = stringsFor(lang).snippet;
  const fallback = embed
    .fallback(input.dossier, options, lang, words)
    .map((node) => fallbackHtml(node))
    .join('');
  // What the element would load itself in a browser (the map's outlines), loaded beforehand.
  const geometry = await embed.preload?.();
  return withServerDom(() => renderElement({ tag: input.tag, attributes, dossier: input.dossier, url: input.feed, fallback, sanitize, geometry }));
}
