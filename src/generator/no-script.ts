/**
 * The "no script allowed here" code, as a pure function of the form's choices: the address of the
 * widget's page in the exported embed site (`dossier-widgets export … --base-url`), which
 * WordPress, Medium, Notion and Ghost turn into an embed through oEmbed, and an `<iframe>` of the
 * same page for editors that take HTML but no script.
 *
 * The page's URL comes from `embedUrl` (src/embed-site/paths.ts, shared with the exporter), so
 * feed ids never become paths as written; every value written into the iframe code goes through
 * `escapeHtml`.
 */
import type { Theme } from '../core/dossier-element.js';
import { embedUrl } from '../embed-site/paths.js';
import type { Dossier } from '../feed/model.js';
import type { EmbedDescriptor, Options } from './embed-descriptor.js';
import { escapeHtml } from './fallback.js';
import type { GeneratorStrings, WidgetLang } from './strings.js';

/** What an exported page shows when its URL says nothing: `?theme=` and `?lang=` are written only for other values. */
export const PAGE_DEFAULTS = { theme: 'light', lang: 'fr' } as const;

export interface NoScriptInput {
  /** The exported site's base URL (`embedSiteBase` of `embed-base`); undefined when missing. */
  base?: string;
  /** The chosen widget's descriptor, once loaded. */
  embed?: EmbedDescriptor;
  /** The loaded dossier, if any. */
  dossier?: Dossier;
  options: Options;
  theme: Theme;
  lang: WidgetLang;
  /** The words of the widget's language (its iframe's title). */
  words: GeneratorStrings['snippet'];
}

/** The address to paste and the iframe code. */
export interface NoScriptCode {
  url: string;
  iframe: string;
}

/**
 * Why there is no code: the widget has no page (it needs the script), no embed site is set, no
 * feed is loaded, no entry is chosen.
 */
export type NoScriptGap = 'need-script' | 'need-base' | 'no-feed' | 'no-entry';

/** The `embed-base` attribute as an absolute http(s) URL ending with `/`, resolved against the page; undefined otherwise. */
export function embedSiteBase(value: string | null | undefined, baseUrl: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), baseUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The page's URL with the theme and language, when they are not the page's defaults. */
export function pageUrl(base: string, page: NonNullable<EmbedDescriptor['page']>, options: Options, theme: Theme, lang: WidgetLang): string | undefined {
  const entry = page.entry?.(options);
  if (entry === '') return undefined;
  const url = new URL(embedUrl(base, page.type, entry));
  if (theme !== PAGE_DEFAULTS.theme) url.searchParams.set('theme', theme);
  if (lang !== PAGE_DEFAULTS.lang) url.searchParams.set('lang', lang);
  return url.href;
}

/** `<iframe>` code for a page: escaped `src` and `title`, lazy, full width, borderless. */
export const iframeCode = (url: string, title: string, height: number): string =>
  `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" loading="lazy" width="100%" height="${Math.round(height)}" style="border:0"></iframe>`;

/** The code for these choices, or why there is none. */
export function noScriptCode(input: NoScriptInput): NoScriptCode | NoScriptGap {
  const { base, embed, dossier } = input;
  if (embed && !embed.page) return 'need-script';
  if (!base) return 'need-base';
  if (!embed?.page || !dossier) return 'no-feed';
  const url = pageUrl(base, embed.page, input.options, input.theme, input.lang);
  if (!url) return 'no-entry';
  return { url, iframe: iframeCode(url, embed.page.title(dossier, input.options, input.words), embed.page.height) };
}
