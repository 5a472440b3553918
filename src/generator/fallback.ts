/**
 * Fallback content: what readers see without JavaScript, before the element renders, and if the
 * feed fails. It is built once as a tiny tree (`FallbackNode`) by each element's embed descriptor,
 * then either serialised (the snippet) or turned into DOM nodes (the generator's "without
 * JavaScript" preview), so that the two always match and neither goes through `innerHTML`.
 *
 * Feed content is untrusted, and here it is written into HTML source that a partner pastes into
 * their page, where no Lit template escapes it: every string goes through `escapeHtml`, every
 * URL through `safeLinkUrl`. Feed content carries its own language (`lang`, from the feed), apart
 * from the widget's, as in the element itself.
 */
import type { Actor, Dossier } from '../feed/model.js';
import { safeLinkUrl } from '../feed/safe-url.js';
import { format } from '../i18n/messages.js';
import type { GeneratorStrings } from './strings.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML source, in element content and in quoted attribute values alike. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export type FallbackNode = string | FallbackElement;
export interface FallbackElement {
  tag: 'blockquote' | 'p' | 'footer' | 'a' | 'ul' | 'li' | 'strong' | 'span' | 'br';
  attributes: Record<string, string>;
  children: FallbackNode[];
}

export const h = (tag: FallbackElement['tag'], attributes: Record<string, string | undefined>, ...children: FallbackNode[]): FallbackElement => ({
  tag,
  attributes: Object.fromEntries(Object.entries(attributes).filter((e): e is [string, string] => e[1] !== undefined)),
  children,
});

/**
 * The `lang` of a piece of feed content inside a widget written in `widget`: the content's own
 * language when it differs (a French quote in an English snippet), else none (it inherits the
 * element's), so that the snippet stays plain in the common case.
 */
export const langApart = (content: string | undefined, widget: string): string | undefined =>
  content && content.toLowerCase().split('-')[0] !== widget.toLowerCase().split('-')[0] ? content : undefined;

/** Feed content in a `<span lang>` when its language is apart from the widget's (see langApart), else as it is. */
export const inLang = (lang: string | undefined, content: FallbackNode): FallbackNode => (lang ? h('span', { lang }, content) : content);

/** A link when the URL passes the allow-list, the bare text otherwise. */
export const link = (url: string | undefined, text: string): FallbackNode => {
  const href = safeLinkUrl(url);
  return href ? h('a', { href }, text) : text;
};

/** "Role, Organisation", or nothing. */
export const actorDetails = (actor: Actor) => [actor.role, actor.organisation?.name].filter(Boolean).join(', ');

export const dossierLink = (dossier: Dossier, words: GeneratorStrings['snippet']): FallbackElement =>
  h('p', {}, link(dossier.url, format(words.dossier, { title: dossier.title })));

/** Elements whose children go on their own lines. */
const BLOCKS = new Set(['blockquote', 'ul']);
/** Elements without content, hence without an end tag. */
const VOID = new Set(['br']);

/** HTML source of a fallback node, indented for a human to read; every string escaped. */
export function fallbackHtml(node: FallbackNode, indent = ''): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attributes}>`;
  if (!BLOCKS.has(node.tag)) return `<${node.tag}${attributes}>${node.children.map((c) => fallbackHtml(c)).join('')}</${node.tag}>`;
  const inner = node.children.map((c) => `${indent}  ${fallbackHtml(c, `${indent}  `)}\n`).join('');
  return `<${node.tag}${attributes}>\n${inner}${indent}</${node.tag}>`;
}

/** The same nodes as DOM, built with `createElement` and text nodes (never parsed as HTML). */
export function fallbackFragment(nodes: FallbackNode[], doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const node of nodes) {
    if (typeof node === 'string') {
      fragment.append(doc.createTextNode(node));
      continue;
    }
    const element = doc.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
    element.append(fallbackFragment(node.children, doc));
    fragment.append(element);
  }
  return fragment;
}
