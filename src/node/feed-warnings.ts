/**
 * Warnings: what is valid in a feed but still worth fixing before partners show it. The parser
 * reports what is wrong; this reports what is weak, with the same JSON paths.
 *
 * The parsed model says what the widgets will show (and resolves references); the raw JSON
 * gives each entry's path, which the model no longer has. An entry is looked at only if the
 * parser kept it: a dropped entry already has its problem.
 */
import type { Actor, Dossier, Initiative, Quote } from '../feed/model.js';
import { safeImageUrl, safeLinkUrl } from '../feed/safe-url.js';
import { at, isObject } from '../feed/parse-feed.js';

/** Same shape as a parser problem: a JSON path and a sentence. */
export interface FeedWarning {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);

/**
 * The raw entries of `list` that the parser kept in `map`, with their paths. For each id, the
 * parser keeps the first entry whose required fields are valid; so the first raw entry with a
 * kept entry's id and required fields (`same`) is that one. An earlier one with the id was
 * dropped for a bad required field, a later one as a duplicate. Only items may have a number
 * as id (`numericId`), as in the parser.
 */
function kept<T extends { id: string }>(
  list: unknown, path: string, map: Map<string, T>, same: (entry: T, raw: Obj) => boolean, numericId = false,
) {
  const out: { entry: T; raw: Obj; path: string }[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(list)) return out;
  list.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const id = numericId && typeof raw.id === 'number' ? String(raw.id) : trimmed(raw.id);
    const entry = id === undefined ? undefined : map.get(id);
    if (!entry || seen.has(entry.id) || !same(entry, raw)) return;
    seen.add(entry.id);
    out.push({ entry, raw, path: `${path}[${i}]` });
  });
  return out;
}

/** Warnings for a feed the parser read into `dossier`, with `base` as the feed's URL. */
export function feedWarnings(feed: unknown, dossier: Dossier, base: string): FeedWarning[] {
  const warnings: FeedWarning[] = [];
  const warn = (path: string, message: string) => void warnings.push({ path, message });
  if (!isObject(feed) || !isObject(feed._dossier)) return warnings;
  const raw = feed._dossier;

  /** A link or image the parser accepts, but over plain http. */
  const plainHttp = (o: Obj, key: string, path: string, image?: boolean) => {
    const url = (image ? safeImageUrl : safeLinkUrl)(o[key], base);
    if (!url?.startsWith('http:')) return;
    warn(at(path, key), image
      ? 'plain http image: browsers block or flag it on https pages; serve it over https'
      : 'plain http link: use https');
  };
  const authors = (o: Obj, path: string) => {
    if (Array.isArray(o.authors)) o.authors.forEach((a, i) => isObject(a) && plainHttp(a, 'url', `${at(path, 'authors')}[${i}]`));
  };

  // The feed's own links: read by the widgets or by feed readers.
  for (const [o, path] of [[feed, ''], [raw, '_dossier']] as const) {
    plainHttp(o, 'home_page_url', path);
    authors(o, path);
  }
  plainHttp(feed, 'feed_url', '');

  const actors = kept(raw.actors, '_dossier.actors', dossier.actors,
    (a: Actor, v) => a.name === trimmed(v.name) && a.kind === v.kind);
  for (const { entry, raw: v, path } of actors) {
    plainHttp(v, 'url', path);
    if (!entry.image) continue;
    if (isObject(v.image)) plainHttp(v.image, 'url', `${path}.image`, true);
    else plainHttp(v, 'image', path, true);
    // "alt": "" is a deliberate choice (decorative); no alt at all is a forgotten one.
    if (!isObject(v.image) || v.image.alt === undefined) {
      warn(`${path}.image`, 'no alt text: the actor’s name stands in for it (enough for a logo, not for a portrait); add "alt"');
    }
  }

  const initiatives = kept(raw.initiatives, '_dossier.initiatives', dossier.initiatives,
    (i: Initiative, v) => i.name === trimmed(v.name));
  for (const { entry, raw: v, path } of initiatives) {
    plainHttp(v, 'url', path);
    // An unknown place is already a problem; a missing one or one without coordinates is not.
    if (v.place === undefined) warn(path, 'no place: the map lists it but cannot show it');
    else if (entry.place && entry.place.lat === undefined) {
      warn(`${path}.place`, `place "${entry.place.id}" has no coordinates: the map lists the initiative but cannot show it`);
    }
  }

  const quotes = kept(raw.quotes, '_dossier.quotes', dossier.quotes,
    (q: Quote, v) => q.text === trimmed(v.text) && q.actor.id === trimmed(v.actor));
  for (const { raw: v, path } of quotes) plainHttp(v, 'url', path);

  // Items are dropped only for a bad id, so the first with an id is the one kept.
  for (const { raw: v, path } of kept(feed.items, 'items', dossier.items, () => true, true)) plainHttp(v, 'url', path);

  return warnings;
}
