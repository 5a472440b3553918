/**
 * Property-based tests of the feed parser (issue #13), in Node: the parser runs the same in
 * Node (the CLI, the export) and in the browser (it touches no DOM; its URLs go through the
 * engine's URL parser, which src/feed/safe-url.property.test.ts checks in all three engines),
 * and ajv, the JSON Schema validator the schema is checked with, is a Node package.
 *
 * Feeds are built from the schema's shape (every collection, every field, references between
 * ids), valid to start with, then broken at random: wrong types, missing fields, unknown
 * references, duplicate ids, hostile strings and URLs, whole entries replaced, random JSON
 * anywhere. Three properties, 10,000 runs each from a fixed seed (see
 * src/test-support/property-config.ts to replay or explore):
 *
 * 1. A valid feed (the schema accepts it) is read whole: no problem, every entry kept (checked
 *    on the valid feed each run of property 3 starts from).
 * 2. Whatever the input, the parser does not throw (nor reach its own catch-all), and what it
 *    keeps, written back as a feed, validates against the JSON Schema (every entry it keeps
 *    validates) and reads back to the same thing with no problem.
 * 3. Breaking one entry never drops another, valid entry nor changes it, except where the
 *    feed's own rules say so: an entry whose required reference pointed at the broken one (a
 *    quote's actor), and a later entry whose id the broken one now takes (first id wins).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { importTsBundle } from '../../scripts/import-ts.mjs';

const {
  parseFeed, feedText, slug, hostileString, hostileUrl, propertyParameters, assertProperty,
  writeFeed, COLLECTIONS, ENTRY,
} = await importTsBundle(['src/feed/parse-feed.ts', 'src/feed/write-feed.ts', 'src/test-support/arbitraries.ts', 'src/test-support/property-config.ts']);

const schema = JSON.parse(readFileSync(new URL('../../schema/dossier-feed.schema.json', import.meta.url), 'utf8'));
// As in test/node/feeds.test.mjs: formats (uri-reference, date-time) are descriptive; the
// patterns in the schema and the parser do the allow-listing.
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

const JSON_FEED = 'https://jsonfeed.org/version/1.1';
const BASE = 'https://media.example/dossiers/x/feed.json';
const WHERE = 'node --test test/node/parse-feed.property.test.mjs';
const params = (seed) => propertyParameters(process.env, seed);

// ---------------------------------------------------------------- valid feeds, from the schema's shape

const opt = (arb) => fc.option(arb, { nil: undefined });
/** Ids: plain slugs mostly, any non-blank string sometimes (`__proto__`, markup, Unicode). */
const id = fc.oneof({ weight: 3, arbitrary: slug }, { weight: 1, arbitrary: feedText });
/** Ordinary text most of the time (cheap), hostile text (feedText) often. */
const text = fc.oneof({ weight: 2, arbitrary: fc.constantFrom('Camille Exemple', 'Tiers-lieu fictif', 'L’Atelier', '  Espace  ', 'Saint-Essai', 'Économie', 'x') }, { weight: 1, arbitrary: feedText });
// Links the parser keeps: absolute and relative, http(s) and mailto, with case and padding. Only
// ones the URL parser reads: the schema's pattern checks the scheme alone (whether the rest
// parses as a URL is more than a pattern says), so `mailto://a.|b@c.example` passes the schema
// and not the parser. Cheap generators on purpose: 10,000 feeds per property.
const host = fc.constantFrom('media.example', 'a.example', 'xn--caf-dma.example', '127.0.0.1:8080', 'EXAMPLE.org');
const link = fc.oneof(
  fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', ' https://'), host, fc.constantFrom('', '/', '/a/b?x=1#f', '/é', '/a%20b'), fc.constantFrom('', ' ', '\n')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('mailto:', 'MAILTO:'), slug, fc.constantFrom('@a.example', '@media.example?subject=x')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('', '/', '../', './', '//'), slug, fc.constantFrom('', '.html', '/', '?q=1', '#top')).map((p) => p.join('')),
);
const imageUrl = fc.tuple(fc.constantFrom('https://', 'http://', '', '/img/', '//'), fc.constantFrom('media.example/', 'a.example/', ''), slug, fc.constantFrom('.png', '.jpg', '')).map((p) => p.join(''));
const date = fc
  .tuple(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('Z', '+02:00', '-05:30'))
  .map(([d, zone]) => d.toISOString().replace(/\.\d+Z$/, zone));
const languageTag = fc.constantFrom('fr', 'fr-FR', 'en', 'en-GB', 'oc', 'br', 'zh-Hant-TW', 'es-419', 'ca-ES-valencia');
const refs = opt(fc.array(fc.nat(), { maxLength: 3 }));

const entries = (record, maxLength) => fc.array(record, { maxLength });
const rawFeed = fc.record({
  title: text,
  language: opt(languageTag),
  home_page_url: opt(link),
  authors: opt(fc.array(fc.record({ name: text, url: opt(link) }, { requiredKeys: ['name'] }), { maxLength: 2 })),
  dossier: fc.record({
    id, title: opt(text), standfirst: opt(text), intro_html: opt(text),
    date_published: opt(date), language: opt(languageTag), home_page_url: opt(link), region: opt(fc.constantFrom('FR-ARA', 'FR-BRE')),
    authors: opt(fc.array(fc.record({ name: text, url: opt(link) }, { requiredKeys: ['name'] }), { maxLength: 2 })),
  }, { requiredKeys: ['id'] }),
  themes: entries(fc.record({ id, name: text, description: opt(text) }), 4),
  places: entries(fc.record({
    id, name: text,
    coords: opt(fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }))),
    department: opt(fc.stringMatching(/^(\d{2,3}|2[AB])$/)), insee: opt(text),
  }), 4),
  actors: entries(fc.record({
    id, kind: fc.constantFrom('person', 'organisation'), name: text, role: opt(text), organisation: opt(fc.nat()),
    place: opt(fc.nat()), image: opt(fc.oneof(imageUrl, fc.record({ url: imageUrl, alt: opt(fc.string({ maxLength: 10 })) }))),
    url: opt(link), themes: refs, tags: opt(fc.array(text, { maxLength: 3 })), summary: opt(text),
  }), 6),
  initiatives: entries(fc.record({
    id, name: text, summary: opt(text), place: opt(fc.nat()), actors: refs, themes: refs, url: opt(link),
  }), 4),
  items: entries(fc.record({
    id, url: opt(link), title: opt(text), summary: opt(text), date_published: opt(date), language: opt(languageTag),
    content_html: opt(fc.string({ maxLength: 20 })), actors: refs, initiatives: refs,
  }), 4),
  quotes: entries(fc.record({
    id, text: text, actor: fc.nat(), item: opt(fc.nat()), url: opt(link), date_published: opt(date),
  }), 5),
});

/** Keeps the first entry of each trimmed id, as the feed's ids must be unique. */
const unique = (list) => {
  const seen = new Set();
  return list.filter((e) => !seen.has(e.id.trim()) && seen.add(e.id.trim()));
};
/** A deep copy through JSON, which drops undefined values: what a publisher's JSON would hold. */
const json = (value) => JSON.parse(JSON.stringify(value));
/** The same without the copy (faster than JSON for the 10,000 feeds a property makes): drops undefined values, in place. */
function compact(value) {
  if (Array.isArray(value)) value.forEach(compact);
  else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) delete value[key];
      else compact(value[key]);
    }
  }
  return value;
}

/** A valid dossier feed: the generated entries, ids made unique, references pointing at existing entries. */
const validFeed = rawFeed.map((r) => {
  const themes = unique(r.themes);
  const places = unique(r.places);
  const actors = unique(r.actors);
  const initiatives = unique(r.initiatives);
  const items = unique(r.items);
  const pick = (list, i) => (i === undefined || !list.length ? undefined : list[i % list.length].id);
  const pickAll = (list, is) => (is && list.length ? is.map((i) => list[i % list.length].id) : undefined);
  const orgs = actors.filter((a) => a.kind === 'organisation');
  const quotes = actors.length ? unique(r.quotes) : [];
  return compact({
    version: JSON_FEED,
    title: r.title,
    language: r.language,
    home_page_url: r.home_page_url,
    authors: r.authors,
    items: items.map(({ actors: a, initiatives: i, ...item }) => ({
      ...item,
      ...((a || i) && { _dossier: { actors: pickAll(actors, a), initiatives: pickAll(initiatives, i) } }),
    })),
    _dossier: {
      version: 1,
      ...r.dossier,
      themes,
      // `+ 0`: no -0, which JSON cannot write (a copy through JSON would differ).
      places: places.map(({ coords, ...p }) => ({ ...p, ...(coords && { lat: coords[0] + 0, lon: coords[1] + 0 }) })),
      actors: actors.map((a) => ({
        ...a, organisation: pick(orgs, a.organisation), place: pick(places, a.place), themes: pickAll(themes, a.themes),
      })),
      initiatives: initiatives.map((i) => ({
        ...i, place: pick(places, i.place), actors: pickAll(actors, i.actors), themes: pickAll(themes, i.themes),
      })),
      quotes: quotes.map((q) => ({ ...q, actor: pick(actors, q.actor), item: pick(items, q.item) })),
    },
  });
});

// ---------------------------------------------------------------- the parser's output, written back as a feed

/**
 * What the parser kept, as a JSON feed (references as ids, dates in RFC 3339): src/feed/write-feed.ts,
 * the writer the last-known-good cache stores copies with, its undefined values dropped.
 */
const toFeed = (d) => compact(writeFeed(d));

/**
 * `parseFeed`, checked to have neither thrown nor caught. Every input here is JSON data (generated
 * as such, or copied through JSON), as a feed always is.
 */
function parse(feed) {
  const result = parseFeed(feed, BASE);
  const failure = result.problems.find((p) => p.message.startsWith('unexpected parser failure'));
  assert.equal(failure, undefined, `the parser threw (and caught it): ${failure?.message}`);
  for (const p of result.problems) assert.ok(typeof p.path === 'string' && typeof p.message === 'string' && p.message, 'a problem without path or message');
  return result;
}

const schemaErrors = () => JSON.stringify(validate.errors?.slice(0, 5), null, 1);

// ---------------------------------------------------------------- breakage

/** Values that break a field: every JSON type, blanks, hostile strings and URLs, unknown ids, out-of-range numbers. */
const breakValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', ' ', '\u00a0\t', 0, -1, 91, -181, 1e308, true, [], {}, 'ghost', ['ghost'], [42], [null], 'robot', '2024-13-45', 'not a date'),
  hostileString(),
  hostileUrl,
  fc.array(hostileString(), { maxLength: 2 }),
);
const FIELDS = {
  themes: ['id', 'name', 'description'],
  places: ['id', 'name', 'lat', 'lon', 'department', 'insee'],
  actors: ['id', 'kind', 'name', 'role', 'organisation', 'place', 'image', 'url', 'themes', 'tags', 'summary'],
  initiatives: ['id', 'name', 'summary', 'place', 'actors', 'themes', 'url'],
  items: ['id', 'url', 'title', 'summary', 'date_published', 'language', '_dossier'],
  quotes: ['id', 'text', 'actor', 'item', 'url', 'date_published'],
};
const extraKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'x-other', '_dossier', 'valueOf');

/** One breakage of one entry of one collection. */
const breakage = fc.oneof(
  fc.record({ op: fc.constant('replace'), value: fc.oneof(fc.jsonValue({ maxDepth: 1 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.constantFrom(null, [], '', 0)) }),
  fc.record({ op: fc.constant('delete'), field: fc.nat() }),
  fc.record({ op: fc.constant('set'), field: fc.nat(), value: breakValue }),
  fc.record({ op: fc.constant('unknown-ref'), field: fc.nat(), value: fc.constantFrom('ghost', ' ghost ', 'GHOST', '__proto__', 'constructor') }),
  fc.record({ op: fc.constant('duplicate'), other: fc.nat() }),
  fc.record({ op: fc.constant('extra'), key: extraKey, value: fc.jsonValue({ maxDepth: 2 }) }),
);

const rawList = (feed, key) => (key === 'items' ? feed.items : feed._dossier[key]);

/** Applies `b` to entry `index` of `key` (in place); returns the entry's id before and after. */
function breakEntry(feed, key, index, b) {
  const list = rawList(feed, key);
  const entry = list[index];
  const before = entry.id;
  const field = (n) => FIELDS[key][n % FIELDS[key].length];
  if (b.op === 'replace') list[index] = b.value;
  else if (b.op === 'delete') delete entry[field(b.field)];
  else if (b.op === 'set' || b.op === 'unknown-ref') entry[field(b.field)] = b.value;
  else if (b.op === 'duplicate') entry.id = list[b.other % list.length].id;
  else if (b.op === 'extra') Object.defineProperty(entry, b.key, { value: b.value, enumerable: true, configurable: true, writable: true });
  const after = list[index]?.id;
  return { before, after };
}

/** The ids a raw entry refers to in the collection `target`, trimmed. */
function refsTo(target, key, raw) {
  if (!raw || typeof raw !== 'object') return [];
  const one = (v) => (typeof v === 'string' ? [v.trim()] : []);
  const many = (v) => (Array.isArray(v) ? v.flatMap(one) : []);
  const ext = raw._dossier && typeof raw._dossier === 'object' ? raw._dossier : {};
  const fields = {
    themes: { actors: many(raw.themes), initiatives: many(raw.themes) },
    places: { actors: one(raw.place), initiatives: one(raw.place) },
    actors: { actors: one(raw.organisation), initiatives: many(raw.actors), items: many(ext.actors), quotes: one(raw.actor) },
    initiatives: { items: many(ext.initiatives) },
    items: { quotes: one(raw.item) },
    quotes: {},
  };
  return fields[target][key] ?? [];
}

// ---------------------------------------------------------------- the properties

/** A valid feed (the schema accepts it) is read whole: no problem, every entry kept. Returns the dossier. */
function readWhole(feed) {
  assert.equal(validate(feed), true, `the generator made a feed the schema refuses: ${schemaErrors()}`);
  const { dossier, problems } = parse(feed);
  assert.deepEqual(problems, []);
  for (const key of COLLECTIONS) assert.equal(dossier[key].size, rawList(feed, key).length, `${key}: entries lost`);
  assert.equal(dossier.authors.length, (feed._dossier.authors ?? feed.authors ?? []).length, 'authors lost');
  return dossier;
}

/** Random breakage anywhere in the document: a path of child indexes, then set, delete or replace. */
const anywhere = fc.array(
  fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), op: fc.constantFrom('set', 'delete', 'set'), value: breakValue }),
  { minLength: 1, maxLength: 6 },
);
/** Breaks `feed` in place (give it a copy: fast-check reuses generated values while it shrinks). */
function breakAnywhere(feed, steps) {
  for (const { path, op, value } of steps) {
    let node = feed;
    let parent;
    let key;
    for (const step of path) {
      if (!node || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (!keys.length) break;
      parent = node;
      key = keys[step % keys.length];
      node = node[key];
    }
    if (!parent) continue;
    if (op === 'delete') delete parent[key];
    else parent[key] = value;
  }
  return feed;
}

test('whatever the input, the parser never throws, and everything it keeps validates against the JSON Schema', async () => {
  const input = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(validFeed, anywhere).map(([feed, steps]) => breakAnywhere(json(feed), steps)) },
    { weight: 3, arbitrary: fc.tuple(validFeed, fc.constantFrom(...COLLECTIONS), fc.nat(), breakage).map(([generated, key, i, b]) => {
      // fast-check reuses generated values while it shrinks: break a copy.
      const feed = json(generated);
      const list = rawList(feed, key);
      if (list.length) breakEntry(feed, key, i % list.length, b);
      return feed;
    }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
  await assertProperty(
    fc.property(input, (feed) => {
      const { dossier } = parse(feed);
      if (!dossier) return;
      const kept = toFeed(dossier);
      assert.equal(validate(kept), true, `what the parser kept does not validate: ${schemaErrors()}\nkept: ${JSON.stringify(kept)}`);
      // And it is a fixed point: read again, the same, with nothing to report.
      const again = parse(kept);
      assert.deepEqual(again.problems, []);
      assert.deepEqual(toFeed(again.dossier), kept);
    }),
    params(1302),
    WHERE,
  );
});

test('a valid feed is read whole, and breaking one entry never drops another, valid entry, nor changes it', async () => {
  const input = fc.tuple(validFeed, fc.constantFrom(...COLLECTIONS), fc.nat(), breakage).filter(([feed, key]) => rawList(feed, key).length > 0);
  await assertProperty(
    fc.property(input, ([feed, key, n, b]) => {
      // Each run starts from a valid feed, checked to be read whole (property 1, 10,000 times too).
      const base = readWhole(feed);
      const broken = json(feed);
      const index = n % rawList(broken, key).length;
      const { before, after } = breakEntry(broken, key, index, b);
      const { dossier } = parse(broken);
      assert.ok(dossier, 'the dossier itself was lost');
      const brokenIds = new Set([before, after].filter((v) => typeof v === 'string').map((v) => v.trim()));
      for (const other of COLLECTIONS) {
        rawList(broken, other).forEach((raw, i) => {
          if (other === key && i === index) return;
          const was = base[other].get(raw.id.trim());
          const now = dossier[other].get(raw.id.trim());
          const dependsOnBroken = refsTo(key, other, raw).some((ref) => brokenIds.has(ref));
          // The broken entry took this entry's id and comes first: first id wins.
          const shadowed = other === key && index < i && typeof after === 'string' && after.trim() === raw.id.trim() && dossier[key].has(after.trim());
          if (shadowed) return;
          // A quote whose speaker was the broken actor, now unknown, is dropped by design.
          if (!now && other === 'quotes' && key === 'actors' && !dossier.actors.has(raw.actor.trim())) return;
          assert.ok(now, `${other}[${i}] "${raw.id}" was dropped when ${key}[${index}] was broken`);
          if (!dependsOnBroken) {
            assert.deepEqual(ENTRY[other](now), ENTRY[other](was), `${other}[${i}] "${raw.id}" changed when ${key}[${index}] was broken`);
          }
        });
      }
    }),
    params(1303),
    WHERE,
  );
});
