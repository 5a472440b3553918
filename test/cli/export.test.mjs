/**
 * `dossier-widgets export` as built (dist/node/bin.js; `npm test` builds before this): the site
 * it writes, a re-export after the feed changed, and every bad input the issue names — each a
 * one-line error, exit 2, nothing half-written. Every person in these feeds is fictional.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/node/bin.js');
const fixture = join(root, 'src/test-support/fixtures/fictional.json');
const BASE = 'https://embeds.example/dossier/';

const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

const tmp = mkdtempSync(join(tmpdir(), 'dossier-widgets-export-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name, content) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const feed = () => JSON.parse(readFileSync(fixture, 'utf8'));
/** Every file under `dir`, relative to it. */
const files = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort();
const exportTo = (out, source = fixture, base = BASE) => run('export', source, '--out', out, '--base-url', base);

describe('export writes a static embed site', () => {
  const out = join(tmp, 'site');
  let result;
  test('exits 0 and says where', async () => {
    result = await exportTo(out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Exported \d+ embed pages to /);
    // The fixture's dossier lives on media.example, the site on embeds.example.
    assert.match(result.stdout, /^Note: the site is not on the dossier's host \(media\.example\): inside WordPress's sandbox/m);
  });

  test('one page and one oEmbed document per quote, actor and initiative, plus the intro and the map', () => {
    const json = feed();
    const { embeds } = JSON.parse(readFileSync(join(out, 'embeds.json'), 'utf8'));
    const ids = (type) => embeds.filter((e) => e.type === type).map((e) => e.id);
    assert.deepEqual(ids('quote'), json._dossier.quotes.map((q) => q.id));
    assert.deepEqual(ids('actor'), json._dossier.actors.map((a) => a.id));
    assert.deepEqual(ids('initiative'), json._dossier.initiatives.map((i) => i.id));
    assert.deepEqual(embeds.filter((e) => e.type === 'intro' || e.type === 'map').map((e) => e.url), [`${BASE}intro.html`, `${BASE}map.html`]);
    for (const { url, oembed } of embeds) {
      assert.ok(url.startsWith(BASE) && oembed.startsWith(BASE), url);
      const page = readFileSync(join(out, url.slice(BASE.length)), 'utf8');
      assert.ok(page.includes(`<link rel="alternate" type="application/json+oembed" href="${oembed}"`), url);
      const doc = JSON.parse(readFileSync(join(out, oembed.slice(BASE.length)), 'utf8'));
      assert.equal(doc.type, 'rich');
      assert.equal(doc.version, '1.0');
      assert.ok(doc.width > 0 && doc.height > 0);
      assert.match(doc.html, /^<blockquote[^>]*>.*<a href="[^"]+">.*<\/blockquote><iframe src="[^"]+" title="[^"]+"[^>]* loading="lazy"/);
      assert.ok(doc.html.includes(`<iframe src="${url}"`), 'the iframe shows the page');
    }
  });

  test('each page is server-rendered, with its meta, JSON-LD and canonical link, and loads only its own scripts', () => {
    const page = readFileSync(join(out, 'quote/q-camille.html'), 'utf8');
    assert.match(page, /<dossier-quote[^>]* quote="q-camille"[^>]*><template shadowrootmode="open"><style>/);
    assert.ok(page.includes('Une phrase inventée pour les tests'));
    for (const meta of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:title', 'twitter:description'])
      assert.match(page, new RegExp(`<meta (property|name)="${meta}" content="[^"]+">`), meta);
    assert.match(page, /<link rel="canonical" href="https:\/\/media\.example\/dossiers\/fictif\/camille-exemple">/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)[1]);
    assert.equal(jsonLd['@type'], 'Quotation');
    assert.equal(jsonLd.spokenByCharacter.name, 'Camille Exemple');
    const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(scripts, ['../assets/embed-page.js', '../assets/loader.js']);
    for (const script of scripts) assert.ok(existsSync(join(out, 'quote', script)), script);
    assert.ok(files(join(out, 'assets/chunks')).length > 0, 'the loader’s chunks are copied');
    assert.ok(existsSync(join(out, 'feed.json')), 'a feed read from a file is published with the site');
    // As ASCII (faster for browsers to decode), with the same data.
    const published = readFileSync(join(out, 'feed.json'));
    assert.ok(published.every((byte) => byte < 0x80), 'the published feed is ASCII');
    assert.deepEqual(JSON.parse(published.toString('utf8')), feed());
  });

  test('re-exporting after the feed changed updates pages and removes those of deleted entries', async () => {
    const json = feed();
    const [removed] = json._dossier.quotes.splice(1, 1);
    json._dossier.quotes[0].text = 'Une autre phrase inventée, pour la mise à jour.';
    const result = await exportTo(out, write('changed.json', json));
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!existsSync(join(out, `quote/${removed.id}.html`)), 'deleted entry’s page is gone');
    assert.ok(readFileSync(join(out, 'quote/q-camille.html'), 'utf8').includes('pour la mise à jour'));
    assert.deepEqual(readdirSync(tmp).filter((name) => name.includes('.partial')), [], 'no temporary folder left');
  });

  test('a failed re-export leaves the previous site whole', async () => {
    const before = files(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    const json = feed();
    json._dossier.quotes[0].actor = 'nobody-fictional';
    const result = await exportTo(out, write('invalid.json', json));
    assert.equal(result.code, 1, 'an invalid feed exits 1, its problems listed');
    assert.match(result.stdout, /_dossier\.quotes\[0\]\.actor/);
    assert.deepEqual(files(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]), before);
  });
});

describe('ids never become paths as written', () => {
  test('ids with ../, slashes, spaces and accents are slugified, and every file stays inside --out', async () => {
    const json = feed();
    const hostile = ['../../escape', 'a/b\\c d', 'Équipe été', '..', 'CON'];
    json._dossier.quotes.forEach((q, i) => (q.id = hostile[i % hostile.length] + (i >= hostile.length ? i : '')));
    const out = join(tmp, 'hostile', 'site');
    const result = await exportTo(out, write('hostile-ids.json', json));
    assert.equal(result.code, 0, result.stderr);
    const written = files(join(tmp, 'hostile'));
    for (const file of written) assert.ok(file.startsWith('site/') && !relative(join(tmp, 'hostile', 'site'), join(tmp, 'hostile', file)).startsWith('..'), file);
    const quotes = written.filter((f) => f.startsWith('site/quote/') && f.endsWith('.html'));
    assert.equal(quotes.length, json._dossier.quotes.length);
    for (const file of quotes) assert.match(file, /^site\/quote\/[a-z0-9][a-z0-9_-]*\.html$/);
  });
});

describe('bad input: one line on stderr, exit 2, nothing written', () => {
  const cases = [
    ['a feed path that does not exist', () => [join(tmp, 'missing.json')], /missing\.json: no such file/],
    ['not JSON', () => [write('not.json', '{ nope')], /not JSON/],
    ['a JSON Feed without _dossier', () => [write('plain.json', { version: 'https://jsonfeed.org/version/1.1', title: 'Fictif', items: [] })], /not a dossier feed/],
    ['--out naming a file', () => [fixture, '--out', write('a-file.txt', 'x')], /is a file, not a folder/],
    ['--out in a folder that cannot be written', () => [fixture, '--out', '/proc/dossier-widgets-test'], /cannot write the site to \/proc\/dossier-widgets-test/],
    ['--out under a file', () => [fixture, '--out', join(write('plain-file', 'x'), 'site')], /cannot write the site to .*\(a part of the path is a file\)/],
    ['--out naming someone’s folder, not a previous export', () => [fixture, '--out', root], /is a folder that is not an exported site/],
    ['a --base-url that is not http(s)', () => [fixture, '--base-url', 'ftp://example.org/'], /--base-url must be http:\/\/ or https:\/\//],
    ['a --base-url that is not a URL', () => [fixture, '--base-url', 'embeds'], /is not a URL/],
    ['no --out', () => [fixture, '--base-url', BASE], /export needs --out/],
    ['no --base-url', () => [fixture, '--out', join(tmp, 'never')], /export needs --base-url/],
  ];
  for (const [name, args, message] of cases) {
    test(name, async () => {
      let argv = args();
      if (!argv.includes('--out') && !/no --out/.test(name)) argv = [...argv, '--out', join(tmp, 'never')];
      if (!argv.includes('--base-url') && !/no --base-url/.test(name)) argv = [...argv, '--base-url', BASE];
      const before = readdirSync(tmp).sort();
      const { code, stdout, stderr } = await run('export', ...argv);
      assert.equal(code, 2, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
      assert.match(stderr, message);
      assert.match(stderr, /^dossier-widgets: /);
      assert.deepEqual(readdirSync(tmp).sort(), before, 'nothing written');
    });
  }
});
