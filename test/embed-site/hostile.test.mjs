/**
 * Hostile values across an exported site: a feed (fictional people) whose every string the
 * parser accepts carries markup meant to break out of attributes, comments, templates, styles
 * and scripts (hostile-feed.mjs), and whose ids climb paths with `../` and spaces. Exported:
 *
 * - every file stays inside --out, under a slugged name;
 * - every page, parsed by Chromium with JavaScript off, has exactly the elements and attribute
 *   names of the same page exported from the ordinary feed (so nothing the strings carry became
 *   markup), no script but the page's three, no `on*` attribute, and its JSON-LD parses back to
 *   the hostile strings; the oEmbed documents' `html`, parsed the same way, likewise;
 * - with JavaScript on, nothing runs that the strings carry.
 */
import assert from 'node:assert/strict';
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createOEmbedHandler, exportSite } from '../../dist/node/index.js';
import { launch, noBrowser } from './browser.mjs';
import { hostileFeed, PAYLOAD } from './hostile-feed.mjs';
import { readJson, serveSite } from './site.mjs';

const ordinary = readJson('src/test-support/fixtures/fictional.json');
const { feed: hostile, kept } = hostileFeed(ordinary);

test('the hostile feed: every string carries the payload but the ones validation checks by value', () => {
  assert.deepEqual(kept, [
    'version',
    'language',
    '_dossier.places.0.department',
    '_dossier.places.1.department',
    '_dossier.actors.0.kind',
    '_dossier.actors.1.kind',
    '_dossier.actors.2.kind',
    '_dossier.actors.3.kind',
    'items.0.date_published',
  ]);
});

test('a language that is not a language tag: the export and the oEmbed endpoint refuse the feed, as validate does', async () => {
  const feed = { ...ordinary, language: `fr ${PAYLOAD}` };
  const folder = mkdtempSync(join(tmpdir(), 'dossier-widgets-hostile-'));
  try {
    await assert.rejects(exportSite({ source: { json: feed }, out: join(folder, 'site'), baseUrl: 'https://embeds.example/' }), (error) =>
      error.name === 'ExportError' && error.problems.some((p) => p.path === 'language'));
    assert.deepEqual(readdirSync(folder), []);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  assert.throws(() => createOEmbedHandler({ baseUrl: 'https://embeds.example/', feed }), (error) => error.problems.some((p) => p.path === 'language'));
});

/** Every file and folder under `dir`, as paths relative to it. */
const walk = (dir) =>
  readdirSync(dir, { recursive: true }).map((name) => String(name));

describe('files', () => {
  let folder;
  let result;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'dossier-widgets-hostile-'));
    result = await exportSite({ source: { json: hostile }, out: join(folder, 'nest', 'site'), baseUrl: 'https://embeds.example/dossier/' });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('every file stays inside --out, with a plain name, and nothing is written beside it', () => {
    assert.deepEqual(readdirSync(folder), ['nest']);
    assert.deepEqual(readdirSync(join(folder, 'nest')), ['site']);
    const out = join(folder, 'nest', 'site');
    for (const path of walk(out)) {
      assert.ok(!relative(out, join(out, path)).startsWith('..'), path);
      for (const segment of path.split(sep)) assert.match(segment, /^[A-Za-z0-9_][A-Za-z0-9._-]*$/, path);
      assert.ok(!lstatSync(join(out, path)).isSymbolicLink(), path);
    }
  });

  test('every page URL is a slug under the base URL; embeds.json keeps the ids as given', () => {
    assert.equal(result.embeds.length, 9);
    for (const embed of result.embeds) {
      assert.match(embed.url, /^https:\/\/embeds\.example\/dossier\/((quote|actor|initiative)\/[a-z0-9][a-z0-9_-]*-[0-9a-f]{8}|intro|map)\.html$/);
      assert.equal(embed.oembed, embed.url.replace(/\.html$/, '.oembed.json'));
      if (embed.id !== undefined) assert.ok(embed.id.startsWith('../../') && embed.id.endsWith(PAYLOAD), embed.id);
    }
  });
});

/**
 * In the page (or in an inert document parsed from `html`): each element in tree order, shadow
 * roots included, as its depth, name and sorted attribute names (with the value of `part`, which
 * the templates write); and what must never be there.
 */
function inspect(html) {
  const doc = html === undefined ? document : new DOMParser().parseFromString(html, 'text/html');
  const shape = [];
  const onAttributes = [];
  const scripts = [];
  const walkTree = (root, depth) => {
    for (const element of root.children) {
      const names = element.getAttributeNames().sort().map((n) => (n === 'part' ? `part=${element.getAttribute(n)}` : n));
      shape.push(`${'  '.repeat(depth)}${element.localName}${names.length ? ` [${names.join(' ')}]` : ''}`);
      onAttributes.push(...names.filter((n) => n.startsWith('on')).map((n) => `${element.localName}[${n}]`));
      if (element.localName === 'script') scripts.push({ type: element.type, src: element.getAttribute('src'), text: element.textContent });
      if (element.shadowRoot) {
        shape.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walkTree(element.shadowRoot, depth + 2);
      }
      if (element.localName === 'template') walkTree(element.content, depth + 1);
      walkTree(element, depth + 1);
    }
  };
  walkTree(doc, 0);
  return { shape, onAttributes, scripts, title: doc.title };
}

/** The lines below the first line that contains `marker` (its subtree), and all the others. */
function subtree(shape, marker) {
  const start = shape.findIndex((line) => line.includes(marker));
  if (start === -1) return [[], shape];
  const depth = (line) => line.length - line.trimStart().length;
  let end = start + 1;
  while (end < shape.length && depth(shape[end]) > depth(shape[start])) end++;
  return [shape.slice(start + 1, end), [...shape.slice(0, start + 1), ...shape.slice(end)]];
}

describe('in Chromium with JavaScript off', { skip: noBrowser }, () => {
  let good;
  let bad;
  let browser;
  let page;
  before(async () => {
    [good, bad] = await Promise.all([serveSite(ordinary), serveSite(hostile)]);
    browser = await launch();
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
  });
  after(async () => {
    await browser?.close();
    await Promise.all([good?.close(), bad?.close()]);
  });

  /** The two exports list the same entries in the same order. */
  const pairs = () => good.embeds.map((embed, i) => [embed, bad.embeds[i]]);
  const oembedOf = (site, embed) => JSON.parse(site.file(embed.oembed.slice(site.base.length)));

  test('every page: the same elements and attribute names as the ordinary page, no script but its own, no on* attribute', async () => {
    for (const [ordinaryEmbed, hostileEmbed] of pairs()) {
      assert.equal(hostileEmbed.type, ordinaryEmbed.type);
      await page.goto(ordinaryEmbed.url);
      const expected = await page.evaluate(inspect);
      await page.goto(hostileEmbed.url);
      const seen = await page.evaluate(inspect);
      // The intro's HTML is HTML by contract: the sanitiser keeps the payload's text in a
      // paragraph of its own and drops the rest. Its part is compared apart: allowed nodes only.
      const [body, rest] = subtree(seen.shape, 'part=body');
      const [, expectedRest] = subtree(expected.shape, 'part=body');
      assert.deepEqual(rest, expectedRest, hostileEmbed.url);
      for (const line of body) assert.match(line.trim(), /^(p|em|strong|a \[href\])$/, `${hostileEmbed.url}: the intro's body`);
      assert.deepEqual(seen.onAttributes, [], hostileEmbed.url);
      assert.deepEqual(seen.scripts.map((s) => [s.type, s.src]), [
        ['application/ld+json', null],
        ['module', hostileEmbed.type === 'intro' || hostileEmbed.type === 'map' ? 'assets/embed-page.js' : '../assets/embed-page.js'],
        ['module', hostileEmbed.type === 'intro' || hostileEmbed.type === 'map' ? 'assets/loader.js' : '../assets/loader.js'],
      ]);
      // The strings came through as text: the title whole, the JSON-LD parsed back to them.
      assert.equal(seen.title, oembedOf(bad, hostileEmbed).title);
      assert.ok(seen.title.includes('<script>alert(1)</script>'), seen.title);
      const schema = JSON.parse(seen.scripts[0].text);
      assert.ok(JSON.stringify(schema).includes(JSON.stringify(PAYLOAD).slice(1, -1)), `${hostileEmbed.url}: the JSON-LD holds the payload as data`);
    }
  });

  test('the JSON-LD of the quote page: the words and the speaker exactly as the feed has them', async () => {
    const embed = bad.embeds.find((e) => e.type === 'quote');
    await page.goto(embed.url);
    const schema = JSON.parse(await page.evaluate(() => document.querySelector('script[type="application/ld+json"]').textContent));
    const quote = hostile._dossier.quotes.find((q) => q.id === embed.id);
    const actor = hostile._dossier.actors.find((a) => a.id === quote.actor);
    assert.equal(schema.text, quote.text);
    assert.equal(schema.spokenByCharacter.name, actor.name);
  });

  test('every oEmbed document: its html parses into the same elements as the ordinary one, inert', async () => {
    await page.goto('about:blank');
    for (const [ordinaryEmbed, hostileEmbed] of pairs()) {
      const [expected, seen] = await Promise.all([oembedOf(good, ordinaryEmbed), oembedOf(bad, hostileEmbed)].map((doc) => page.evaluate(inspect, doc.html)));
      assert.deepEqual(seen.shape, expected.shape, hostileEmbed.oembed);
      assert.deepEqual(seen.onAttributes, []);
      assert.deepEqual(seen.scripts, []);
      assert.ok(seen.shape.some((line) => line.includes('iframe [height loading src style title width]')));
    }
  });

  test('with JavaScript on, nothing the strings carry runs: no dialog, no uncaught error', async () => {
    const tab = await browser.newPage();
    const events = [];
    tab.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    tab.on('pageerror', (error) => events.push(`error: ${error.message}`));
    for (const embed of bad.embeds) {
      await tab.goto(embed.url);
      await tab.waitForFunction(() => document.querySelector('main > *')?.matches(':state(complete)'), { timeout: 10_000 });
      // The upgraded element shows the hostile words as words.
      const text = await tab.evaluate(() => document.querySelector('main > *').shadowRoot.textContent);
      assert.ok(text.includes('<script>alert(1)</script>'), `${embed.url}: the payload is shown as text`);
    }
    assert.deepEqual(events, []);
    await tab.close();
  });
});
