/**
 * Node-side checks of the feed files (node's own test runner; no browser needed):
 * the JSON Schema accepts the sample feed and the fictional fixture and rejects broken ones,
 * the example in docs/feed.md is valid, and the sample feed's quotes are the seed's own words.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('schema/dossier-feed.schema.json');
// Formats (uri-reference, date-time) are descriptive here; the URL patterns in the schema and
// the parser do the real allow-listing.
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
const sample = read('demo/feeds/pratiques-collaboratives.json');

test('the schema accepts the sample feed and the fictional fixture', () => {
  for (const feed of [sample, read('src/test-support/fixtures/fictional.json')]) {
    assert.equal(validate(feed), true, JSON.stringify(validate.errors, null, 1));
  }
});

test('the schema rejects the broken fixture, an unknown kind and a half-located place', () => {
  assert.equal(validate(read('src/test-support/fixtures/broken.json')), false);
  const robot = structuredClone(sample);
  robot._dossier.actors[0].kind = 'robot';
  assert.equal(validate(robot), false);
  const half = structuredClone(sample);
  delete half._dossier.places[0].lon;
  assert.equal(validate(half), false);
  const script = structuredClone(sample);
  script._dossier.actors[0].url = 'javascript:alert(1)';
  assert.equal(validate(script), false);
});

test('the complete example in docs/feed.md is valid', () => {
  const doc = readFileSync(new URL('../../docs/feed.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  const examples = blocks.map((b) => JSON.parse(b)).filter((j) => j.version && j._dossier);
  assert.ok(examples.length >= 1, 'no complete example found');
  for (const example of examples) assert.equal(validate(example), true, JSON.stringify(validate.errors));
});

const seedDir = new URL('../../../shared/seeds/', import.meta.url);
test('every quote of the sample feed is the seed’s own words, by the seed’s author', { skip: !existsSync(seedDir) && 'no ../shared/seeds here' }, () => {
  const seed = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8')).join('\n');
  assert.ok(sample._dossier.quotes.length > 0);
  for (const quote of sample._dossier.quotes) {
    assert.ok(seed.includes(quote.text), `quote ${quote.id} is not in the seed`);
    assert.equal(quote.actor, 'damien-caillard', `quote ${quote.id} is put in someone else's mouth`);
  }
  assert.ok(seed.includes('Par Damien Caillard'));
  // Every actor is one the seed names ("du Bivouac" names "Le Bivouac"): none is invented.
  for (const actor of sample._dossier.actors) {
    const name = actor.name.replace(/^(Le|La|Les) /, '');
    assert.ok(seed.includes(name), `actor ${actor.name} is not named in the seed`);
  }
});
