/**
 * Turns untrusted JSON into a `Dossier`. It never throws: it keeps every valid entry, drops
 * what cannot be used, and reports each problem with its JSON path, so a publisher can fix the
 * feed and a partner page still shows everything that is right.
 *
 * Written by hand rather than with a JSON Schema validator: a validator (ajv is ~35 KB gzip)
 * would cost more than the whole widget, and it cannot keep the valid half of a collection or
 * resolve references. The schema file is checked against the same fixtures in the tests.
 */
import type {
  Actor, Author, Dossier, FeedProblem, Image, Initiative, Item, ParseResult, Place, Quote, Theme,
} from './model.js';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

type Obj = Record<string, unknown>;

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** `a.b`, or `b` at the top level. */
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one JSON value at a known path and records what is wrong with it. */
class Reader {
  constructor(
    readonly problems: FeedProblem[],
    private readonly base: string | undefined,
  ) {}

  report(path: string, message: string) {
    this.problems.push({ path, message });
  }

  /** Required or optional trimmed string; an empty or non-string value is a problem. */
  text(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v === 'string' && v.trim()) return v.trim();
    this.report(at(path, key), 'expected a non-empty string');
    return undefined;
  }

  number(o: Obj, key: string, path: string, min: number, max: number): number | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    this.report(at(path, key), `expected a number from ${min} to ${max}`);
    return undefined;
  }

  link(o: Obj, key: string, path: string, image = false): string | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    const url = image ? safeImageUrl(v, this.base) : safeLinkUrl(v, this.base);
    if (!url) this.report(at(path, key), `expected an ${image ? 'http(s)' : 'http(s) or mailto'} URL`);
    return url;
  }

  date(o: Obj, key: string, path: string): Date | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    const date = typeof v === 'string' ? new Date(v) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
    this.report(at(path, key), 'expected an RFC 3339 date');
    return undefined;
  }

  /** An optional array whose entries go through `each`; invalid entries are dropped. */
  list<T>(o: Obj, key: string, path: string, each: (v: unknown, path: string) => T | undefined): T[] {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.report(at(path, key), 'expected an array');
      return [];
    }
    const out: T[] = [];
    v.forEach((entry, i) => {
      const value = each(entry, `${at(path, key)}[${i}]`);
      if (value !== undefined) out.push(value);
    });
    return out;
  }

  strings(o: Obj, key: string, path: string): string[] {
    return this.list(o, key, path, (v, p) => {
      if (typeof v === 'string' && v.trim()) return v.trim();
      this.report(p, 'expected a non-empty string');
      return undefined;
    });
  }

  /** A collection of objects with unique ids, as a Map in feed order. */
  collection<T extends { id: string }>(
    o: Obj, key: string, path: string, build: (v: Obj, path: string) => T | undefined,
  ): Map<string, T> {
    const map = new Map<string, T>();
    this.list(o, key, path, (v, p) => {
      if (!isObject(v)) return void this.report(p, 'expected an object');
      const entry = build(v, p);
      if (!entry) return;
      if (map.has(entry.id)) return this.report(`${p}.id`, `duplicate id "${entry.id}"`);
      map.set(entry.id, entry);
    });
    return map;
  }

  /** Resolves a list of ids against a collection; unknown ids are problems, not crashes. */
  refs<T>(ids: string[], map: Map<string, T>, path: string, what: string): T[] {
    const out: T[] = [];
    ids.forEach((id, i) => {
      const found = map.get(id);
      if (found) out.push(found);
      else this.report(`${path}[${i}]`, `unknown ${what} "${id}"`);
    });
    return out;
  }

  ref<T>(id: string | undefined, map: Map<string, T>, path: string, what: string): T | undefined {
    if (id === undefined) return undefined;
    const found = map.get(id);
    if (!found) this.report(path, `unknown ${what} "${id}"`);
    return found;
  }

  authors(o: Obj, key: string, path: string): Author[] {
    return this.list(o, key, path, (v, p): Author | undefined => {
      if (!isObject(v)) return void this.report(p, 'expected an object');
      const name = this.text(v, 'name', p, true);
      return name ? { name, url: this.link(v, 'url', p) } : undefined;
    });
  }

  image(o: Obj, path: string, fallbackAlt: string): Image | undefined {
    const v = o.image;
    if (v === undefined) return undefined;
    if (typeof v === 'string') {
      const url = this.link(o, 'image', path, true);
      return url ? { url, alt: fallbackAlt } : undefined;
    }
    if (!isObject(v)) return void this.report(`${path}.image`, 'expected a URL or an object');
    const url = this.link(v, 'url', `${path}.image`, true);
    if (!url) return undefined;
    const alt = v.alt;
    if (alt !== undefined && typeof alt !== 'string') this.report(`${path}.image.alt`, 'expected a string');
    return { url, alt: typeof alt === 'string' ? alt.trim() : fallbackAlt };
  }
}

/**
 * Parses a dossier feed. `baseUrl` (the feed's URL) resolves relative links.
 * Never throws, whatever `input` is.
 */
export function parseFeed(input: unknown, baseUrl?: string): ParseResult {
  const problems: FeedProblem[] = [];
  const r = new Reader(problems, baseUrl);
  try {
    return { dossier: readFeed(input, r), problems };
  } catch (error) {
    // Defensive: no input should get here, but a widget must never throw into the host page.
    r.report('$', `unexpected parser failure: ${String(error)}`);
    return { dossier: null, problems };
  }
}

function readFeed(feed: unknown, r: Reader): Dossier | null {
  if (!isObject(feed)) {
    r.report('$', 'expected a JSON Feed object');
    return null;
  }
  if (feed.version !== JSON_FEED_VERSION) r.report('version', `expected "${JSON_FEED_VERSION}"`);
  const raw = feed._dossier;
  if (!isObject(raw)) {
    r.report('_dossier', 'expected an object: this JSON Feed has no dossier data');
    return null;
  }
  const D = '_dossier';
  if (raw.version !== 1) r.report(`${D}.version`, 'expected 1');
  const id = r.text(raw, 'id', D, true);
  const title = r.text(raw, 'title', D) ?? r.text(feed, 'title', '', true);
  if (!id || !title) return null;

  const themes = r.collection(raw, 'themes', D, (v, p): Theme | undefined => {
    const id = r.text(v, 'id', p, true);
    const name = r.text(v, 'name', p, true);
    return id && name ? { id, name, description: r.text(v, 'description', p) } : undefined;
  });

  const places = r.collection(raw, 'places', D, (v, p): Place | undefined => {
    const id = r.text(v, 'id', p, true);
    const name = r.text(v, 'name', p, true);
    if (!id || !name) return undefined;
    let lat = r.number(v, 'lat', p, -90, 90);
    let lon = r.number(v, 'lon', p, -180, 180);
    if ((lat === undefined) !== (lon === undefined)) {
      r.report(p, 'expected both lat and lon, or neither');
      lat = lon = undefined;
    }
    const department = r.text(v, 'department', p);
    if (department && !/^(\d{2,3}|2[AB])$/.test(department)) {
      r.report(`${p}.department`, 'expected an INSEE département code such as "63" or "2A"');
    }
    return { id, name, lat, lon, department, insee: r.text(v, 'insee', p) };
  });

  // Actors first without their organisation, which may appear later in the list.
  const orgIds = new Map<Actor, [string, string]>();
  const actors = r.collection(raw, 'actors', D, (v, p): Actor | undefined => {
    const id = r.text(v, 'id', p, true);
    const name = r.text(v, 'name', p, true);
    const kind = v.kind;
    if (kind !== 'person' && kind !== 'organisation') {
      r.report(`${p}.kind`, 'expected "person" or "organisation"');
      return undefined;
    }
    if (!id || !name) return undefined;
    const actor: Actor = {
      id, kind, name,
      role: r.text(v, 'role', p),
      place: r.ref(r.text(v, 'place', p), places, `${p}.place`, 'place'),
      image: r.image(v, p, name),
      url: r.link(v, 'url', p),
      themes: r.refs(r.strings(v, 'themes', p), themes, `${p}.themes`, 'theme'),
      tags: r.strings(v, 'tags', p),
      summary: r.text(v, 'summary', p),
      quotes: [], initiatives: [], items: [],
    };
    const org = r.text(v, 'organisation', p);
    if (org) orgIds.set(actor, [org, `${p}.organisation`]);
    return actor;
  });
  for (const [actor, [org, path]] of orgIds) {
    const found = r.ref(org, actors, path, 'actor');
    if (found?.kind === 'organisation') actor.organisation = found;
    else if (found) r.report(path, `actor "${org}" is not an organisation`);
  }

  const initiatives = r.collection(raw, 'initiatives', D, (v, p): Initiative | undefined => {
    const id = r.text(v, 'id', p, true);
    const name = r.text(v, 'name', p, true);
    if (!id || !name) return undefined;
    const initiative: Initiative = {
      id, name,
      summary: r.text(v, 'summary', p),
      place: r.ref(r.text(v, 'place', p), places, `${p}.place`, 'place'),
      actors: r.refs(r.strings(v, 'actors', p), actors, `${p}.actors`, 'actor'),
      themes: r.refs(r.strings(v, 'themes', p), themes, `${p}.themes`, 'theme'),
      url: r.link(v, 'url', p),
    };
    for (const actor of initiative.actors) actor.initiatives.push(initiative);
    return initiative;
  });

  const items = r.collection(feed, 'items', '', (v, p): Item | undefined => {
    const id = typeof v.id === 'number' ? String(v.id) : r.text(v, 'id', p, true);
    if (!id) return undefined;
    const ext = isObject(v._dossier) ? v._dossier : {};
    const xp = `${p}._dossier`;
    const item: Item = {
      id,
      url: r.link(v, 'url', p),
      title: r.text(v, 'title', p),
      summary: r.text(v, 'summary', p),
      published: r.date(v, 'date_published', p),
      actors: r.refs(r.strings(ext, 'actors', xp), actors, `${xp}.actors`, 'actor'),
      initiatives: r.refs(r.strings(ext, 'initiatives', xp), initiatives, `${xp}.initiatives`, 'initiative'),
    };
    for (const actor of item.actors) actor.items.push(item);
    return item;
  });

  const quotes = r.collection(raw, 'quotes', D, (v, p): Quote | undefined => {
    const id = r.text(v, 'id', p, true);
    const text = r.text(v, 'text', p, true);
    // A quote without its speaker cannot be shown honestly: drop it.
    const actor = r.ref(r.text(v, 'actor', p, true), actors, `${p}.actor`, 'actor');
    if (!id || !text || !actor) return undefined;
    const item = r.ref(r.text(v, 'item', p), items, `${p}.item`, 'item');
    const quote: Quote = {
      id, text, actor, item,
      url: r.link(v, 'url', p) ?? item?.url,
      published: r.date(v, 'date_published', p) ?? item?.published,
    };
    actor.quotes.push(quote);
    return quote;
  });

  const authors = raw.authors === undefined ? r.authors(feed, 'authors', '') : r.authors(raw, 'authors', D);
  return {
    id, title, themes, places, actors, initiatives, quotes, items, authors,
    standfirst: r.text(raw, 'standfirst', D),
    introHtml: r.text(raw, 'intro_html', D),
    published: r.date(raw, 'date_published', D),
    language: r.text(raw, 'language', D) ?? r.text(feed, 'language', ''),
    url: raw.home_page_url === undefined ? r.link(feed, 'home_page_url', '') : r.link(raw, 'home_page_url', D),
  };
}
