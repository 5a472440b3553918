/**
 * The feed's `language` fields: the JSON Schema's `languageTag` pattern and the parser's
 * LANGUAGE_TAG (src/feed/language-tag.ts, which the publisher's tools re-export from
 * src/node/language-tag.ts) must be one grammar (docs/feed.md, "language tag").
 * This runs before the build: that module is imported from its TypeScript source (importTs).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { importTs } from '../../scripts/import-ts.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schema/dossier-feed.schema.json'));
const { LANGUAGE_TAG: parser } = await importTs('src/feed/language-tag.ts');
// JSON Schema patterns are ECMA-262 regular expressions, which Ajv compiles with the u flag.
const pattern = new RegExp(schema.$defs.languageTag.pattern, 'u');

const good = ['fr', 'fr-FR', 'FR-fr', 'oc', 'frp', 'zh-Hant-TW', 'sr-Latn', 'es-419', 'ca-ES-valencia', 'de-CH-1901', 'sl-rozaj-biske'];
const bad = ['', ' ', 'f', 'French', 'english', 'fr_FR', 'fr-', '-fr', 'fr--FR', 'fr FR', 'fr<!--', 'fr"', 'x-private',
  'i-klingon', 'fr-abcdefghi', 'fr-FR-'];

test('the publisher\'s tools check with the parser\'s grammar: a re-export, not a copy', () => {
  const node = read('src/node/language-tag.ts');
  assert.match(node, /^export \{ LANGUAGE_TAG \} from '\.\.\/feed\/language-tag\.js';$/m);
  assert.doesNotMatch(node, /LANGUAGE_TAG\s*=/);
});

test('the check accepts language tags in BCP 47 shape and refuses the rest', () => {
  for (const tag of good) assert.ok(parser.test(tag), tag);
  for (const tag of bad) assert.ok(!parser.test(tag), tag);
});

test('the schema pattern is the same grammar, with the whitespace the check trims', () => {
  for (const tag of [...good, ...bad]) {
    assert.equal(pattern.test(tag), parser.test(tag), JSON.stringify(tag));
    assert.equal(pattern.test(` ${tag}\n`), parser.test(tag.trim()), JSON.stringify(` ${tag}\n`));
  }
});

test('the schema refuses a bad language at feed, dossier and item level', () => {
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
  const sample = JSON.parse(read('demo/feeds/pratiques-collaboratives.json'));
  assert.equal(validate(sample), true);
  for (const set of [(f) => (f.language = 'fr<!--'), (f) => (f._dossier.language = 'French'), (f) => (f.items[0].language = 'fr_FR')]) {
    const feed = structuredClone(sample);
    set(feed);
    assert.equal(validate(feed), false, JSON.stringify(feed.language));
  }
});
