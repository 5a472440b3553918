/**
 * What the embed generator produces, as pure functions of the form's choices and the loaded
 * dossier: the element's attributes, the theme tokens, the fallback content, and the snippet.
 *
 * Feed content is untrusted, and here it is written into HTML source that a partner pastes
 * into their page, where no Lit template escapes it: every feed string goes through
 * `escapeHtml`, every feed URL through `safeLinkUrl`, and the only other values (tokens, ids
 * of the form's own options) are validated or escaped too.
 *
 * The fallback content is built once as a tiny tree (`FallbackNode`), then either serialised
 * (the snippet) or turned into DOM nodes (the generator's "without JavaScript" preview), so
 * the two always match and neither goes through `innerHTML`.
 */
import { testimonyUrl } from '../components/actor-card/actor-card.render.js';
import type { Theme } from '../core/dossier-element.js';
import type { Actor, Dossier, Initiative } from '../feed/model.js';
import { safeLinkUrl } from '../feed/safe-url.js';
import { format } from '../i18n/messages.js';
import type { GeneratorStrings } from './strings.js';
import { selectActors } from '../components/actor-list/select-actors.js';
import { selectInitiatives } from '../components/initiative-map/select-initiatives.js';

// ---------------------------------------------------------------- escaping

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML source, in element content and in quoted attribute values alike. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

// ---------------------------------------------------------------- the form's choices

export const WIDGET_TAGS = ['dossier-quote', 'actor-card', 'dossier-intro', 'actor-list', 'initiative-map'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

export type WidgetLang = 'fr' | 'en';

export interface WidgetOptions {
  /** `<dossier-quote>` */
  quote?: string;
  variant: 'card' | 'inline';
  /** `<actor-card>` */
  actor?: string;
  cardLayout: 'vertical' | 'horizontal' | 'compact';
  withQuote: boolean;
  /** `<dossier-intro>` */
  collapsed: boolean;
  /** `<actor-list>` and `<initiative-map>`: a theme id and a département code; empty means all. */
  topic: string;
  department: string;
  /** `<actor-list>` */
  kind: '' | 'person' | 'organisation';
  listLayout: 'grid' | 'list';
  sort: 'feed' | 'name';
}

export const defaultOptions = (): WidgetOptions => ({
  variant: 'card',
  cardLayout: 'vertical',
  withQuote: false,
  collapsed: false,
  topic: '',
  department: '',
  kind: '',
  listLayout: 'grid',
  sort: 'feed',
});

/**
 * The element's attributes, in the order they are written; `true` is a boolean attribute.
 * Defaults are left out, so that the snippet says only what was chosen.
 */
export function widgetAttributes(
  tag: WidgetTag,
  options: WidgetOptions,
  feed: string,
  theme: Theme,
  lang: WidgetLang,
): [string, string | true][] {
  const attributes: [string, string | true | undefined | false][] = [['feed', feed]];
  switch (tag) {
    case 'dossier-quote':
      attributes.push(['quote', options.quote], ['variant', options.variant !== 'card' && options.variant]);
      break;
    case 'actor-card':
      attributes.push(
        ['actor', options.actor],
        ['layout', options.cardLayout !== 'vertical' && options.cardLayout],
        ['with-quote', options.withQuote],
      );
      break;
    case 'dossier-intro':
      attributes.push(['collapsed', options.collapsed]);
      break;
    case 'actor-list':
      attributes.push(
        ['topic', options.topic],
        ['kind', options.kind],
        ['department', options.department],
        ['layout', options.listLayout !== 'grid' && options.listLayout],
        ['sort', options.sort !== 'feed' && options.sort],
      );
      break;
    case 'initiative-map':
      attributes.push(['topic', options.topic], ['department', options.department]);
      break;
  }
  attributes.push(['theme', theme !== 'light' && theme], ['lang', lang]);
  return attributes.filter((a): a is [string, string | true] => a[1] !== undefined && a[1] !== false && a[1] !== '');
}

// ---------------------------------------------------------------- theme tokens

export type ColourToken = 'accent' | 'surface' | 'text';

/** What the partner changed; a missing key means the element's default. */
export interface Tokens {
  accent?: string;
  surface?: string;
  text?: string;
  /** Pixels. */
  radius?: number;
  font?: FontChoice;
}

/** The elements' defaults (src/styles/theme.styles.ts), for the colour pickers and the contrast check. */
export const DEFAULT_COLOURS: Record<'light' | 'dark', Record<ColourToken, string>> = {
  light: { accent: '#0b6e4f', surface: '#ffffff', text: '#1b1f24' },
  dark: { accent: '#7fd6b0', surface: '#1b1f24', text: '#eceff1' },
};
/** `--dossier-radius` defaults to 0.5rem, 8px at the usual root font size. */
export const DEFAULT_RADIUS = 8;

/** A few font stacks rather than free text: nothing a partner types ends up in CSS. */
export const FONTS = {
  inherit: 'inherit',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
} as const;
export type FontChoice = keyof typeof FONTS;

const COLOUR = /^#[0-9a-f]{6}$/i;

/** The colour defaults a theme starts from (`auto` is light until the reader asks for dark). */
export const defaultColours = (theme: Theme) => DEFAULT_COLOURS[theme === 'dark' ? 'dark' : 'light'];

/**
 * The custom properties to set: only valid values that differ from the theme's defaults, so
 * that an untouched form adds no `<style>` block at all.
 */
export function tokenProperties(tokens: Tokens, theme: Theme): Record<string, string> {
  const defaults = defaultColours(theme);
  const properties: Record<string, string> = {};
  for (const name of ['accent', 'surface', 'text'] as const) {
    const value = tokens[name]?.toLowerCase();
    if (value && COLOUR.test(value) && value !== defaults[name]) properties[`--dossier-${name}`] = value;
  }
  const radius = tokens.radius;
  if (radius !== undefined && Number.isFinite(radius) && radius >= 0 && radius <= 64 && radius !== DEFAULT_RADIUS) {
    properties['--dossier-radius'] = `${Math.round(radius)}px`;
  }
  if (tokens.font && tokens.font !== 'inherit' && tokens.font in FONTS) properties['--dossier-font-family'] = FONTS[tokens.font];
  return properties;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// ---------------------------------------------------------------- what the element shows

/** The actors `<actor-list>` shows for these options: the element's own selection. */
export const listedActors = (dossier: Dossier, options: WidgetOptions, lang: WidgetLang): Actor[] =>
  selectActors(dossier, options, lang);

/** The initiatives `<initiative-map>` shows for these options: the element's own selection. */
export const mappedInitiatives = (dossier: Dossier, options: WidgetOptions): Initiative[] =>
  selectInitiatives(dossier.initiatives.values(), options.topic, options.department);

/** The départements of the dossier's places, sorted: the choices of the département filter. */
export const dossierDepartments = (dossier: Dossier) =>
  [...new Set([...dossier.places.values()].map((p) => p.department).filter((d): d is string => !!d))].sort();

// ---------------------------------------------------------------- fallback content

export type FallbackNode = string | FallbackElement;
export interface FallbackElement {
  tag: 'blockquote' | 'p' | 'footer' | 'a' | 'ul' | 'li';
  attributes: Record<string, string>;
  children: FallbackNode[];
}

const h = (tag: FallbackElement['tag'], attributes: Record<string, string | undefined>, ...children: FallbackNode[]): FallbackElement => ({
  tag,
  attributes: Object.fromEntries(Object.entries(attributes).filter((e): e is [string, string] => e[1] !== undefined)),
  children,
});

/** A link when the URL passes the allow-list, the bare text otherwise. */
const link = (url: string | undefined, text: string): FallbackNode => {
  const href = safeLinkUrl(url);
  return href ? h('a', { href }, text) : text;
};

/** "Role, Organisation", or nothing. */
const details = (actor: Actor) => [actor.role, actor.organisation?.name].filter(Boolean).join(', ');

/** "Name — Role, Organisation", the name linked to the actor's testimony, else their site. */
const actorLine = (actor: Actor): FallbackNode[] => {
  const line = details(actor);
  return [link(testimonyUrl(actor) ?? actor.url, actor.name), ...(line ? [` — ${line}`] : [])];
};

const dossierLink = (dossier: Dossier, words: GeneratorStrings['snippet']): FallbackElement =>
  h('p', {}, link(dossier.url, format(words.dossier, { title: dossier.title })));

/**
 * What readers see without JavaScript, before the element renders, and if the feed fails: the
 * same content as the element, as plain HTML, in the partner's page's own styles.
 */
export function fallbackContent(
  tag: WidgetTag,
  options: WidgetOptions,
  dossier: Dossier,
  lang: WidgetLang,
  words: GeneratorStrings['snippet'],
): FallbackElement[] {
  switch (tag) {
    case 'dossier-quote': {
      const quote = options.quote ? dossier.quotes.get(options.quote) : [...dossier.quotes.values()][0];
      if (!quote) return [dossierLink(dossier, words)];
      const who = details(quote.actor);
      const url = safeLinkUrl(quote.url);
      return [
        h('blockquote', { cite: url }, h('p', {}, quote.text), h('footer', {}, `— ${quote.actor.name}${who ? `, ${who}` : ''}`)),
        ...(url ? [h('p', {}, link(url, words.testimony))] : []),
      ];
    }
    case 'actor-card': {
      const actor = options.actor ? dossier.actors.get(options.actor) : undefined;
      if (!actor) return [dossierLink(dossier, words)];
      const quote = options.withQuote ? actor.quotes[0] : undefined;
      return [h('p', {}, ...actorLine(actor)), ...(quote ? [h('blockquote', {}, h('p', {}, quote.text))] : [])];
    }
    case 'dossier-intro':
      return [h('p', {}, dossier.standfirst ?? dossier.title), dossierLink(dossier, words)];
    case 'actor-list': {
      const actors = listedActors(dossier, options, lang);
      if (!actors.length) return [dossierLink(dossier, words)];
      return [h('ul', {}, ...actors.map((actor) => h('li', {}, ...actorLine(actor))))];
    }
    case 'initiative-map': {
      const initiatives = mappedInitiatives(dossier, options);
      if (!initiatives.length) return [dossierLink(dossier, words)];
      return [
        h(
          'ul',
          {},
          ...initiatives.map((i) => h('li', {}, link(i.url, i.name), ...(i.place ? [` — ${i.place.name}`] : []))),
        ),
      ];
    }
  }
}

/** Elements whose children go on their own lines. */
const BLOCKS = new Set(['blockquote', 'ul']);

/** HTML source of a fallback node, indented for a human to read; every string escaped. */
export function fallbackHtml(node: FallbackNode, indent = ''): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
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

// ---------------------------------------------------------------- the snippet

export interface SnippetInput {
  tag: WidgetTag;
  options: WidgetOptions;
  dossier: Dossier;
  /** Absolute feed URL. */
  feed: string;
  theme: Theme;
  lang: WidgetLang;
  tokens: Tokens;
  /** Base URL of the versioned script-tag files, ending with a slash. */
  cdn: string;
  /** `sha384-…` of loader.js, when known. */
  integrity?: string;
  /** The widget as a declarative shadow root (`prerender()`), or empty. */
  prerendered?: string;
  words: GeneratorStrings['snippet'];
}

/** The script tag, the optional `<style>` block, and the element with its fallback content. */
export function buildSnippet(input: SnippetInput): string {
  const { tag } = input;
  const src = new URL('loader.js', input.cdn).href;
  const sri = input.integrity ? ` integrity="${escapeHtml(input.integrity)}"` : '';
  const parts = [`<script type="module" src="${escapeHtml(src)}"${sri} crossorigin="anonymous"></script>`];

  const properties = Object.entries(tokenProperties(input.tokens, input.theme));
  if (properties.length) {
    // Values are validated colours, pixel counts and fixed font stacks: nothing to escape in CSS.
    parts.push(`<style>\n  ${tag} {\n${properties.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n</style>`);
  }

  const attributes = widgetAttributes(tag, input.options, input.feed, input.theme, input.lang)
    .map(([name, value]) => (value === true ? `\n  ${name}` : `\n  ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallback = fallbackContent(tag, input.options, input.dossier, input.lang, input.words)
    .map((node) => `  ${fallbackHtml(node, '  ')}\n`)
    .join('');
  const prerendered = input.prerendered ? `  ${input.prerendered}\n` : '';
  parts.push(`<${tag}${attributes}>\n${prerendered}${fallback}</${tag}>`);
  return `${parts.join('\n\n')}\n`;
}
