/**
 * The inverse of `parseFeed`: a dossier model written back as a JSON dossier feed (references as
 * ids, dates in RFC 3339, URLs absolute as the parser resolved them). Reading it again gives the
 * same model, with nothing to report (test/node/parse-feed.property.test.mjs checks that on
 * 10,000 generated feeds, and that it validates against the JSON Schema).
 *
 * What the last-known-good cache stores (feed-cache.ts): exactly what the widgets show, nothing
 * the parser dropped, no field the feed had besides. Undefined values are left in: JSON.stringify
 * drops them.
 */
import type { Actor, Dossier, Initiative, Item, Place, Quote, Theme } from './model.js';

const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
const iso = (date?: Date) => date?.toISOString();

/** How each collection's entries are written. */
export const ENTRY = {
  themes: (t: Theme) => ({ id: t.id, name: t.name, description: t.description }),
  places: (p: Place) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon, department: p.department, insee: p.insee }),
  actors: (a: Actor) => ({
    id: a.id, kind: a.kind, name: a.name, role: a.role, organisation: a.organisation?.id, place: a.place?.id,
    image: a.image && { url: a.image.url, alt: a.image.alt }, url: a.url, themes: ids(a.themes), tags: a.tags, summary: a.summary,
  }),
  initiatives: (i: Initiative) => ({ id: i.id, name: i.name, summary: i.summary, place: i.place?.id, actors: ids(i.actors), themes: ids(i.themes), url: i.url }),
  items: (i: Item) => ({
    id: i.id, url: i.url, title: i.title, summary: i.summary, date_published: iso(i.published), language: i.language,
    _dossier: { actors: ids(i.actors), initiatives: ids(i.initiatives) },
  }),
  quotes: (q: Quote) => ({ id: q.id, text: q.text, actor: q.actor.id, item: q.item?.id, url: q.url, date_published: iso(q.published) }),
};

/** The collections of a dossier, in the order a feed lists them. */
export const COLLECTIONS = Object.keys(ENTRY) as (keyof typeof ENTRY)[];

/** `dossier` as a JSON dossier feed (a plain object; undefined values stand for absent fields). */
export function writeFeed(dossier: Dossier) {
  // Each collection through its own writer (a Map of that entry type, whatever TypeScript infers for the union).
  const list = (key: keyof typeof ENTRY) => [...dossier[key].values()].map(ENTRY[key] as (entry: unknown) => object);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: dossier.title,
    items: list('items'),
    _dossier: {
      version: 1, id: dossier.id, title: dossier.title, standfirst: dossier.standfirst, intro_html: dossier.introHtml, authors: dossier.authors,
      date_published: iso(dossier.published), language: dossier.language, home_page_url: dossier.url, region: dossier.region,
      themes: list('themes'), places: list('places'), actors: list('actors'), initiatives: list('initiatives'), quotes: list('quotes'),
    },
  };
}
