/**
 * The parse of big feeds in steps (issue #13, item 6), in Node: `parseJsonSteps` returns what
 * `JSON.parse` returns and throws where it throws, and `parseFeedSteps` run step by step gives
 * the same result as `parseFeed` (the browser runs both a slice at a time, src/feed/big-feed.ts;
 * src/feed/big-feed.test.ts checks that path over HTTP in the three engines).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { importTsBundle } from '../../scripts/import-ts.mjs';
import { syntheticFeed } from '../../src/test-support/synthetic.js';

const { parseFeed, parseFeedSteps, parseJsonSteps } = await importTsBundle(['src/feed/parse-feed.ts', 'src/feed/json-steps.ts']);

const BASE = 'https://media.example/dossiers/x/feed.json';

/** Runs a step generator to its end; returns its value and how many steps it took. */
function run(steps) {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, count };
    count++;
  }
}

/**
 * A parse result as plain data: each entry of each collection with its references to other
 * entries written as their ids (the model is a graph with cycles, too big for deepEqual).
 */
function flat({ dossier, problems }) {
  const ref = (v) => (v instanceof Map ? [...v.keys()] : Array.isArray(v) ? v.map(ref) : v?.id !== undefined && typeof v === 'object' ? `#${v.id}` : v);
  const entry = (e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, ref(v)]));
  const out = { problems, dossier: dossier && entry(dossier) };
  for (const key of ['themes', 'places', 'actors', 'initiatives', 'quotes', 'items']) out[key] = dossier && [...dossier[key].values()].map(entry);
  return out;
}

/** `JSON.parse`'s outcome: its value, or the class of what it threw. */
const outcome = (parse) => {
  try {
    return { value: parse() };
  } catch (error) {
    return { threw: error.constructor.name };
  }
};

test('parseJsonSteps returns what JSON.parse returns, for a big feed and in many steps', () => {
  const text = JSON.stringify(syntheticFeed({ initiatives: 5_000 }), null, 1);
  assert.ok(text.length > 1 << 16, 'bigger than one slice, so that it is walked in steps');
  const { value, count } = run(parseJsonSteps(text));
  assert.deepEqual(value, JSON.parse(text));
  assert.ok(count >= 5_000, `one step per entry of the big arrays at least (${count})`);
});

test('parseJsonSteps keeps "__proto__" as an own property, as JSON.parse does', () => {
  const big = 'x'.repeat(1 << 17);
  const text = `{"__proto__": {"polluted": true}, "big": "${big}", "list": [${'1,'.repeat(1 << 16)}1]}`;
  const { value } = run(parseJsonSteps(text));
  assert.deepEqual(value, JSON.parse(text));
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.ok(Object.hasOwn(value, '__proto__'));
  assert.equal({}.polluted, undefined);
});

test('parseJsonSteps agrees with JSON.parse on arbitrary JSON and on broken JSON', () => {
  // Small slices are parsed natively whole: pad the values so that containers get walked.
  const pad = 'p'.repeat(1 << 16);
  fc.assert(
    fc.property(fc.jsonValue(), fc.boolean(), (json, padded) => {
      const text = JSON.stringify(padded ? [pad, json, { pad, json }] : json, null, padded ? 1 : 0);
      assert.deepEqual(run(parseJsonSteps(text)).value, JSON.parse(text));
    }),
    { numRuns: 200, seed: 13 },
  );
  // Broken: every cut of a big text, and stray characters, throw a SyntaxError like JSON.parse.
  const text = JSON.stringify({ pad, list: [1, 'two', { three: [3] }], tail: [pad, null] });
  for (const broken of [
    text.slice(0, -1),
    text.slice(0, 70_000),
    `${text}x`,
    text.replace('"list"', 'list'),
    text.replace('[1,', '[1,,'),
    text.replace('"tail":', '"tail"'),
    text.replace(',"tail"', '"tail"'),
    text.replace('null]', 'null,]'),
    '',
    ' ',
  ]) {
    assert.deepEqual(outcome(() => run(parseJsonSteps(broken))), outcome(() => JSON.parse(broken)), JSON.stringify(broken.slice(-40)));
    assert.equal(outcome(() => JSON.parse(broken)).threw, 'SyntaxError');
  }
});

test('parseFeedSteps, step by step, gives what parseFeed gives (100,000 initiatives, 26 MB)', () => {
  const json = syntheticFeed({ initiatives: 100_000 });
  // Problems too: one broken entry in each of the big lists.
  json._dossier.initiatives[500].place = 'nowhere';
  json._dossier.places[700].lat = 'north';
  const { value, count } = run(parseFeedSteps(json, BASE));
  assert.ok(count >= 200_000, `a step per entry (${count})`);
  assert.deepEqual(flat(value), flat(parseFeed(json, BASE)));
  assert.equal(value.dossier.initiatives.size, 100_000);
  assert.deepEqual(
    value.problems.map((p) => p.path),
    ['_dossier.places[700].lat', '_dossier.places[700]', '_dossier.initiatives[500].place'],
  );
});
