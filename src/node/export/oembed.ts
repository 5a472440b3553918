/**
 * An embed page's oEmbed document (https://oembed.com, type `rich`): the `html` a consumer
 * pastes is a `<blockquote>` with the words and a link to the page (what WordPress keeps and
 * shows until the page reports its height, and what remains if the frame is removed) and the
 * `<iframe>` of the page. WordPress keeps only those two elements of an unknown provider's
 * html, adds `sandbox="allow-scripts"` and a `#?secret=` to the frame's URL.
 */
import type { EmbedPage } from '../../embed-site/page.js';
import { escapeHtml } from '../../generator/fallback.js';

/** The iframe's width when the consumer asks for none: a common column. */
export const OEMBED_WIDTH = 600;

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name?: string;
  provider_url?: string;
  thumbnail_url?: string;
  cache_age: number;
}

/** One line of at most `length` characters, cut at a word. */
function excerpt(text: string, length: number) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export interface OEmbedInput {
  page: EmbedPage;
  /** The page's absolute URL. */
  url: string;
  provider?: { name?: string; url?: string };
  /** A consumer's `maxwidth` / `maxheight` (the Fetch handler passes them on). */
  maxwidth?: number;
  maxheight?: number;
}

export function oembedFor({ page, url, provider, maxwidth, maxheight }: OEmbedInput): OEmbed {
  const e = escapeHtml;
  // oEmbed: a rich embed's width and height must respect the consumer's maxwidth and maxheight
  // (a floor above them would break the contract); the page then reports its own height.
  const width = Math.max(1, Math.min(OEMBED_WIDTH, maxwidth ?? OEMBED_WIDTH));
  const height = Math.max(1, Math.min(page.height, maxheight ?? page.height));
  const lang = page.lang ? ` lang="${e(page.lang)}"` : '';
  const html =
    // WordPress keeps only the link inside the blockquote and runs its text together: the space
    // between the paragraphs keeps "…words. — Name" apart there.
    `<blockquote class="dossier-widgets-embed"${lang}><p>${e(excerpt(page.description, 280))}</p> ` +
    `<p>— <a href="${e(url)}">${e(page.title)}</a></p></blockquote>` +
    `<iframe src="${e(url)}" title="${e(page.title)}" width="${width}" height="${height}" loading="lazy" style="border:0;width:100%;max-width:${width}px"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: page.title,
    html,
    width,
    height,
    ...(provider?.name ? { provider_name: provider.name } : {}),
    ...(provider?.url ? { provider_url: provider.url } : {}),
    ...(page.image ? { thumbnail_url: page.image.url } : {}),
    cache_age: 86400,
  };
}
