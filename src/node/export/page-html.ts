/**
 * An embed page's HTML document: the server-rendered element, and everything a consumer that
 * does not run it reads — oEmbed discovery, OpenGraph and Twitter card meta, schema.org JSON-LD,
 * the canonical link. Every value is escaped here (`escapeHtml`, `jsonInScript`).
 */
import type { EmbedPage } from '../../embed-site/page.js';
import { escapeHtml } from '../../generator/fallback.js';
import { escapedJson } from './escaped-json.js';

export interface PageInput {
  page: EmbedPage;
  /** The element's HTML source (renderEmbed). */
  element: string;
  /** The interface language of the page (`<html lang>`). */
  lang: string;
  /** Absolute URLs of the page and of its oEmbed document. */
  url: string;
  oembed: string;
  /** Relative path from the page to the site's root (`''` or `'../'`). */
  root: string;
  /** Who publishes (the feed's title), for `og:site_name`. */
  provider?: string;
}

/**
 * JSON inside `<script type="application/ld+json">`: the characters that could end the script
 * element or open a comment are written as JSON escapes, which leave the data unchanged.
 */
export const jsonInScript = (value: unknown) => escapedJson(value, /[<>&\u2028\u2029]/g);

const LOCALES: Record<string, string> = { fr: 'fr_FR', en: 'en_GB' };

export function pageHtml({ page, element, lang, url, oembed, root, provider }: PageInput): string {
  const e = escapeHtml;
  const meta = (attribute: 'name' | 'property', key: string, value: string | undefined) =>
    value ? `<meta ${attribute}="${key}" content="${e(value)}">` : '';
  const image = page.image?.url;
  const schema = { '@context': 'https://schema.org', ...page.schema };
  const contentLang = page.lang ? ` lang="${e(page.lang)}"` : '';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title${contentLang}>${e(page.title)}</title>`,
    meta('name', 'description', page.description),
    page.canonical ? `<link rel="canonical" href="${e(page.canonical)}">` : '',
    `<link rel="alternate" type="application/json+oembed" href="${e(oembed)}" title="${e(page.title)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', page.canonical ?? url),
    meta('property', 'og:site_name', provider),
    meta('property', 'og:locale', LOCALES[(page.lang ?? lang).split('-')[0]!.toLowerCase()]),
    meta('property', 'og:image', image),
    meta('property', 'og:image:alt', image ? page.image?.alt : undefined),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', image),
    // Links leave the frame for the reader's window (see embed-page.ts for WordPress's sandbox).
    '<base target="_top">',
    '<style>html{color-scheme:light dark}body{margin:0}main{display:block}</style>',
    `<script type="application/ld+json">${jsonInScript(schema)}</script>`,
    // The page's script first: it sets ?theme= and ?lang= before the loader upgrades the element.
    `<script type="module" src="${root}assets/embed-page.js"></script>`,
    `<script type="module" src="${root}assets/loader.js"></script>`,
  ];
  return `<!doctype html>\n<html lang="${e(lang)}">\n<head>\n${head.filter(Boolean).join('\n')}\n</head>\n<body>\n<main>${element}</main>\n</body>\n</html>\n`;
}
