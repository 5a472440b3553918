/**
 * The code a partner pastes, as a pure function of the form's choices and the loaded dossier:
 * the script tag (with its integrity hash), an optional `<style>` block of theme tokens, and the
 * element with its attributes, its pre-render and its fallback content. Every value written into
 * the HTML source is escaped or validated (see fallback.ts and tokens.ts).
 */
import type { Theme } from '../core/dossier-element.js';
import type { Dossier } from '../feed/model.js';
import { optionAttributes, type EmbedDescriptor, type Options } from './embed-descriptor.js';
import { escapeHtml, fallbackHtml } from './fallback.js';
import type { GeneratorStrings, WidgetLang } from './strings.js';
import { tokenProperties, type Tokens } from './tokens.js';

/**
 * The element's attributes, in the order they are written: the feed, its own options (defaults
 * left out), the theme unless light, the language. `true` is a boolean attribute.
 */
export function widgetAttributes(embed: EmbedDescriptor, options: Options, feed: string, theme: Theme, lang: WidgetLang): [string, string | true][] {
  return [['feed', feed], ...optionAttributes(embed, options), ...(theme !== 'light' ? [['theme', theme] as [string, string]] : []), ['lang', lang]];
}

export interface SnippetInput {
  tag: string;
  /** The element's embed descriptor (src/elements.ts `EMBEDS`). */
  embed: EmbedDescriptor;
  options: Options;
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
  const { tag, embed } = input;
  const src = new URL('loader.js', input.cdn).href;
  const sri = input.integrity ? ` integrity="${escapeHtml(input.integrity)}"` : '';
  const parts = [`<script type="module" src="${escapeHtml(src)}"${sri} crossorigin="anonymous"></script>`];

  const properties = Object.entries(tokenProperties(input.tokens, input.theme));
  if (properties.length) {
    // Values are validated colours, pixel counts and fixed font stacks: nothing to escape in CSS.
    parts.push(`<style>\n  ${tag} {\n${properties.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n</style>`);
  }

  const attributes = widgetAttributes(embed, input.options, input.feed, input.theme, input.lang)
    .map(([name, value]) => (value === true ? `\n  ${name}` : `\n  ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallback = embed
    .fallback(input.dossier, input.options, input.lang, input.words)
    .map((node) => `  ${fallbackHtml(node, '  ')}\n`)
    .join('');
  const prerendered = input.prerendered ? `  ${input.prerendered}\n` : '';
  parts.push(`<${tag}${attributes}>\n${prerendered}${fallback}</${tag}>`);
  return `${parts.join('\n\n')}\n`;
}
