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
import { LANGUAGE_TAG } from './language-tag.js';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

type Obj = Record<string, unknown>;

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** `a.b`, or `b` at the top level: the paths problems are reported at. */
export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses a dossier feed. `baseUrl` (the feed's URL) resolves relative links.
 * Never throws, whatever `input` is.
 */
export function parseFeed(input: unknown, baseUrl?: string): ParseResult {
  const steps = parseFeedSteps(input, baseUrl);
  let step;
  while (!(step = steps.next()).done);
  return step.value;
}

/**
 * `parseFeed` in steps: a generator that yields before each entry of a collection and returns
 * the same result. `parseFeed` runs it to its end at once; the browser runs a big feed's steps
 * a few milliseconds at a time (big-feed.ts), so the page stays responsive while it parses.
 */
export function* parseFeedSteps(input: unknown, baseUrl?: string): Generator<void, ParseResult> {
  const problems: FeedProblem[] = [];
  try {
    return { dossier: yield* readFeed(input, problems, baseUrl), problems };
  } catch (error) {
    // Defensive: no input should get here, but a widget must never throw into the host page.
    problems.push({ path: '$', message: `unexpected parser failure: ${String(error)}` });
    return { dossier: null, problems };
  }
}

/**
 * The helpers are closures rather than methods of a reader class: the parser ships in every
 * widget, and minifiers can shorten local function names but not method names.
 */
function* readFeed(feed: unknown, problems: FeedProblem[], base: string | undefined): Generator<void, Dossier | null> {
  // Each helper reads one JSON value at a known path and records what is wrong with it.
  /** Records a problem; returns undefined, for the readers that drop the value. */
  const report = (path: string, message: string): undefined => void problems.push({ path, message });

  /**
   * Reads `o[key]` through `read`, which returns undefined for a value it cannot use: a problem
   * at `path.key`, unless the key is absent and optional. Paths are built only for a problem:
   * a feed of 10,000 entries would otherwise allocate one per field.
   */
  function field<T>(o: Obj, key: string, path: string, message: string, read: (v: unknown) => T | undefined, required?: boolean) {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    const value = read(v);
    if (value === undefined) report(at(path, key), message);
    return value;
  }

  const trimmed = (v: unknown) => (typeof v === 'string' && v.trim()) || undefined;

  /** Required or optional trimmed string; an empty or non-string value is a problem. */
  const text = (o: Obj, key: string, path: string, required?: boolean) =>
    field(o, key, path, 'expected a non-empty string', trimmed, required);

  /**
   * `o.language`, a language tag (LANGUAGE_TAG: BCP 47's shape), trimmed. Anything else is a
   * problem, and ignored: the content takes the language of the level above, and the value
   * never reaches a `lang` attribute.
   */
  const language = (o: Obj, path: string) =>
    field(o, 'language', path, 'expected a language tag', (v) => trimmed(v)?.match(LANGUAGE_TAG)?.[0]);

  /** A number from -max to max. */
  const number = (o: Obj, key: string, path: string, max: number) =>
    field(o, key, path, `expected a number from -${max} to ${max}`, (v) => (typeof v === 'number' && v >= -max && v <= max ? v : undefined));

  const link = (o: Obj, key: string, path: string, image?: boolean) =>
    field(o, key, path, image ? 'expected an http(s) URL' : 'expected an http(s) or mailto URL', (v) =>
      (image ? safeImageUrl : safeLinkUrl)(v, base),
    );

  const date = (o: Obj, key: string, path: string) =>
    field(o, key, path, 'expected an RFC 3339 date', (v) => {
      const date = new Date(typeof v === 'string' ? v : NaN);
      return isNaN(+date) ? undefined : date;
    });

  /** `o[key]`, an optional array (empty when absent or not an array). */
  const array = (o: Obj, key: string, path: string): unknown[] =>
    field(o, key, path, 'expected an array', (v) => (Array.isArray(v) ? v : undefined)) ?? [];

  /** An optional array whose entries go through `each`; invalid entries are dropped. */
  function list<T>(o: Obj, key: string, path: string, each: (v: unknown, path: string) => T | undefined): T[] {
    const out: T[] = [];
    array(o, key, path).forEach((entry, i) => {
      const value = each(entry, `${at(path, key)}[${i}]`);
      if (value !== undefined) out.push(value);
    });
    return out;
  }

  /** An entry of a list of strings (or of ids), trimmed; anything else is a problem at `p`. */
  const string = (v: unknown, p: string) => trimmed(v) ?? report(p, 'expected a non-empty string');

  const strings = (o: Obj, key: string, path: string) => list(o, key, path, string);

  /**
   * A collection of objects with unique ids, as a Map in feed order. One step per entry: the
   * feed's big lists are these collections, so a pause between two entries is never far.
   */
  function* collection<T extends { id: string }>(
    o: Obj, key: string, path: string, build: (v: Obj, path: string) => T | undefined,
  ): Generator<void, Map<string, T>> {
    const map = new Map<string, T>();
    // All the work of an entry, its path included, after its step: a step is one entry's work.
    for (const [i, v] of array(o, key, path).entries()) {
      yield;
      const p = `${at(path, key)}[${i}]`;
      const entry = isObject(v) ? build(v, p) : report(p, 'expected an object');
      if (entry && map.has(entry.id)) report(`${p}.id`, `duplicate id "${entry.id}"`);
      else if (entry) map.set(entry.id, entry);
    }
    return map;
  }

  /** The entry of `map` with the id `id`; an unknown id (of a `what`) is a problem at `path`. */
  const resolve = <T>(map: Map<string, T>, id: string | undefined, path: string, what: string) =>
    id === undefined ? undefined : (map.get(id) ?? report(path, `unknown ${what} "${id}"`));

  /**
   * The ids listed at `o[key]` (`themes`), resolved against a collection; unknown ids (an
   * unknown `theme`) are problems, not crashes.
   */
  function refs<T>(o: Obj, key: string, path: string, map: Map<string, T>): T[] {
    // Resolved entry by entry, so that a problem names the entry's own index in the JSON.
    return list(o, key, path, (v, p) => resolve(map, string(v, p), p, key.slice(0, -1)));
  }

  /**
   * The id at `o[key]`, resolved against a collection of `what` (default: the key's name). Its
   * path is built up front, one per reference read, as `list` builds one per entry: parsing a
   * 10,000-initiative feed took no measurable longer.
   */
  const ref = <T>(o: Obj, key: string, path: string, map: Map<string, T>, what = key, required?: boolean): T | undefined =>
    resolve(map, text(o, key, path, required), at(path, key), what);

  const authors = (o: Obj, path: string) =>
    list(o, 'authors', path, (v, p): Author | undefined => {
      if (!isObject(v)) return report(p, 'expected an object');
      const name = text(v, 'name', p, true);
      return name ? { name, url: link(v, 'url', p) } : undefined;
    });

  function image(o: Obj, path: string, fallbackAlt: string): Image | undefined {
    const v = o.image;
    if (v === undefined || typeof v === 'string') {
      const url = link(o, 'image', path, true);
      return url ? { url, alt: fallbackAlt } : undefined;
    }
    path += '.image';
    if (!isObject(v)) return report(path, 'expected a URL or an object');
    const url = link(v, 'url', path, true);
    // An alt that is not a string is a problem, and the fallback takes its place.
    const alt = field(v, 'alt', path, 'expected a string', (a) => (typeof a === 'string' ? a.trim() : undefined));
    return url ? { url, alt: alt ?? fallbackAlt } : undefined;
  }

  if (!isObject(feed)) {
    report('$', 'expected a JSON Feed object');
    return null;
  }
  if (feed.version !== JSON_FEED_VERSION) report('version', `expected "${JSON_FEED_VERSION}"`);
  const raw = feed._dossier;
  if (!isObject(raw)) {
    report('_dossier', 'expected an object: this JSON Feed has no dossier data');
    return null;
  }
  const D = '_dossier';
  if (raw.version !== 1) report(`${D}.version`, 'expected 1');
  const id = text(raw, 'id', D, true);
  const title = text(raw, 'title', D) ?? text(feed, 'title', '', true);
  if (!id || !title) return null;

  const themes = yield* collection(raw, 'themes', D, (v, p): Theme | undefined => {
    const id = text(v, 'id', p, true);
    const name = text(v, 'name', p, true);
    return id && name ? { id, name, description: text(v, 'description', p) } : undefined;
  });

  const places = yield* collection(raw, 'places', D, (v, p): Place | undefined => {
    const id = text(v, 'id', p, true);
    const name = text(v, 'name', p, true);
    if (!id || !name) return undefined;
    let lat = number(v, 'lat', p, 90);
    let lon = number(v, 'lon', p, 180);
    if ((lat === undefined) !== (lon === undefined)) {
      report(p, 'expected both lat and lon, or neither');
      lat = lon = undefined;
    }
    let department = text(v, 'department', p);
    if (department && !/^(\d{2,3}|2[AB])$/.test(department)) {
      report(`${p}.department`, 'expected an INSEE département code such as "63" or "2A"');
      // Reported and dropped, like every other invalid field: what the parser keeps validates.
      department = undefined;
    }
    return { id, name, lat, lon, department, insee: text(v, 'insee', p) };
  });

  // Actors first without their organisation, which may appear later in the list: its id and
  // path wait here.
  const orgIds = new Map<Actor, [string, string]>();
  const actors = yield* collection(raw, 'actors', D, (v, p): Actor | undefined => {
    const id = text(v, 'id', p, true);
    const name = text(v, 'name', p, true);
    const kind = v.kind;
    if (kind !== 'person' && kind !== 'organisation') {
      report(`${p}.kind`, 'expected "person" or "organisation"');
      return undefined;
    }
    if (!id || !name) return undefined;
    const actor: Actor = {
      id, kind, name,
      role: text(v, 'role', p),
      place: ref(v, 'place', p, places),
      image: image(v, p, name),
      url: link(v, 'url', p),
      themes: refs(v, 'themes', p, themes),
      tags: strings(v, 'tags', p),
      summary: text(v, 'summary', p),
      quotes: [], initiatives: [], items: [],
    };
    const organisation = text(v, 'organisation', p);
    if (organisation) orgIds.set(actor, [organisation, at(p, 'organisation')]);
    return actor;
  });
  for (const [actor, [id, path]] of orgIds) {
    const found = resolve(actors, id, path, 'actor');
    if (found?.kind === 'organisation') actor.organisation = found;
    else if (found) report(path, `actor "${found.id}" is not an organisation`);
  }

  const initiatives = yield* collection(raw, 'initiatives', D, (v, p): Initiative | undefined => {
    const id = text(v, 'id', p, true);
    const name = text(v, 'name', p, true);
    if (!id || !name) return undefined;
    const initiative: Initiative = {
      id, name,
      summary: text(v, 'summary', p),
      place: ref(v, 'place', p, places),
      actors: refs(v, 'actors', p, actors),
      themes: refs(v, 'themes', p, themes),
      url: link(v, 'url', p),
    };
    for (const actor of initiative.actors) actor.initiatives.push(initiative);
    return initiative;
  });

  const items = yield* collection(feed, 'items', '', (v, p): Item | undefined => {
    const id = typeof v.id === 'number' ? String(v.id) : text(v, 'id', p, true);
    if (!id) return undefined;
    const ext = isObject(v._dossier) ? v._dossier : {};
    const xp = `${p}._dossier`;
    const item: Item = {
      id,
      url: link(v, 'url', p),
      title: text(v, 'title', p),
      summary: text(v, 'summary', p),
      published: date(v, 'date_published', p),
      language: language(v, p),
      actors: refs(ext, 'actors', xp, actors),
      initiatives: refs(ext, 'initiatives', xp, initiatives),
    };
    for (const actor of item.actors) actor.items.push(item);
    return item;
  });

  const quotes = yield* collection(raw, 'quotes', D, (v, p): Quote | undefined => {
    const id = text(v, 'id', p, true);
    const words = text(v, 'text', p, true);
    // A quote without its speaker cannot be shown honestly: drop it.
    const actor = ref(v, 'actor', p, actors, 'actor', true);
    if (!id || !words || !actor) return undefined;
    const item = ref(v, 'item', p, items);
    const quote: Quote = {
      id, text: words, actor, item,
      url: link(v, 'url', p) ?? item?.url,
      published: date(v, 'date_published', p) ?? item?.published,
    };
    actor.quotes.push(quote);
    return quote;
  });

  const byline = raw.authors === undefined ? authors(feed, '') : authors(raw, D);
  return {
    id, title, themes, places, actors, initiatives, quotes, items, authors: byline,
    standfirst: text(raw, 'standfirst', D),
    introHtml: text(raw, 'intro_html', D),
    published: date(raw, 'date_published', D),
    language: language(raw, D) ?? language(feed, ''),
    region: text(raw, 'region', D),
    url: raw.home_page_url === undefined ? link(feed, 'home_page_url', '') : link(raw, 'home_page_url', D),
  };
}
