/**
 * Where each embed page of an exported site lives, shared by the exporter (Node) and the embed
 * generator (browser), so that both give the same URL for the same entry.
 *
 * Feed ids are untrusted: they never become a path as written. An id that is already a plain
 * file name keeps its spelling (readable URLs); any other id is reduced to safe characters and
 * suffixed with a hash of the original, so that two ids never share a page.
 */

/** The kinds of embed page; each entry of the dossier of that kind has one. */
export type EmbedType = 'quote' | 'actor' | 'initiative' | 'intro' | 'map';

/** Types with one page per entry; `intro` and `map` have one page per dossier. */
export const ENTRY_TYPES = ['quote', 'actor', 'initiative'] as const;

const SAFE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and engines, no crypto needed. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A file-name-safe, case-insensitive-unique form of an id (`q-1` stays `q-1`; `../x` becomes `x-1a2b3c4d`). */
export function slug(id: string): string {
  if (SAFE.test(id)) return id;
  const cleaned = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 48);
  return `${cleaned || 'entry'}-${hash(id)}`;
}

/** The page's path in the site, relative to its root: `quote/q-1.html`, `intro.html`. */
export const embedPath = (type: EmbedType, id?: string): string => (id === undefined ? `${type}.html` : `${type}/${slug(id)}.html`);

/** The page's static oEmbed document, beside it: `quote/q-1.oembed.json`. */
export const oembedPath = (type: EmbedType, id?: string): string => embedPath(type, id).replace(/\.html$/, '.oembed.json');

/** The page's absolute URL under the site's base URL (with or without its final slash). */
export const embedUrl = (base: string, type: EmbedType, id?: string): string => new URL(embedPath(type, id), base.endsWith('/') ? base : `${base}/`).href;
