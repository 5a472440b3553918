/**
 * A partner's WordPress embeds the exported pages by their URL alone, as an author would paste
 * it: a real WordPress 6.1 (Debian's, through ./wordpress.mjs) discovers each page's oEmbed,
 * filters its HTML, and its own wp-embed script reveals and sizes the sandboxed iframe when the
 * page posts its height. Checked in headless Chromium, for one quote, one actor and the map of
 * the fictional fixture feed (every person in it is fictional).
 *
 *   node --test test/wordpress/                      after `npm run build` (runs dist/node/bin.js export)
 *   WP_TEST_STANDIN=1 node --test test/wordpress/    a throwaway stand-in site instead of the export
 *                                                    (./stand-in-site.mjs: the WordPress side alone)
 *   WP_TEST_VERBOSE=1 …                              also print the embed markup WordPress wrote
 *
 * The export's site is served by this test (./static-server.mjs) at http://127.0.0.1:PORT/,
 * which is also its --base-url. Chromium: $CHROME_PATH, else /usr/bin/chromium.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { serveDirectory } from './static-server.mjs';
import { writeStandInSite } from './stand-in-site.mjs';
import { startWordPress } from './wordpress.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/node/bin.js');
const feedFile = join(root, 'src/test-support/fixtures/fictional.json');
const feed = JSON.parse(readFileSync(feedFile, 'utf8'));
const STANDIN = process.env.WP_TEST_STANDIN === '1';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
/** wp-embed.js (6.1) clamps the height a page asks for to 200–1000 px. */
const clamp = (height) => Math.min(1000, Math.max(200, height));
const TOLERANCE = 12;

/** Words each page must show: the quote's own words, the actor's name, the map's theme. */
function expectedWords(embed) {
  const dossier = feed._dossier;
  if (embed.type === 'quote') return dossier.quotes.find((q) => q.id === embed.id)?.text;
  if (embed.type === 'actor') return dossier.actors.find((a) => a.id === embed.id)?.name;
  if (embed.type === 'map') return dossier.themes.find((t) => dossier.initiatives.some((i) => i.themes.includes(t.id)))?.name;
  return undefined;
}

const started = Date.now();
const timings = {};
let siteDir;
let site;
let wp;
let browser;
let embeds;

/** Runs `dossier-widgets export` as built; its failure says what to do. */
async function exportSite() {
  const standInHint = 'or run WP_TEST_STANDIN=1 node --test test/wordpress/ to check the WordPress side with a stand-in site';
  if (!existsSync(bin)) throw new Error(`dist/node/bin.js is missing: run npm run build first (${standInHint}).`);
  const node = (...args) =>
    new Promise((resolve) =>
      execFile(process.execPath, [bin, ...args], { cwd: root }, (error, out, err) => resolve({ code: error ? (error.code ?? 1) : 0, stdout: out, stderr: err })),
    );
  const { code, stdout, stderr } = await node('export', feedFile, '--out', siteDir, '--base-url', site.url);
  // Without the exporter, the command rejects `--out` or `export` (as a usage error): its help then does not name it.
  if (code !== 0 && !/\bexport\b/.test((await node('--help')).stdout)) {
    throw new Error(`dist/node/bin.js has no \`export\` command yet (${stderr.trim()}): build the exporter (npm run build), ${standInHint}.`);
  }
  if (code !== 0) throw new Error(`dossier-widgets export failed (exit ${code}): ${(stderr || stdout).trim()}`);
  const index = join(siteDir, 'embeds.json');
  if (!existsSync(index)) throw new Error(`dossier-widgets export wrote no embeds.json in ${siteDir}`);
  return JSON.parse(readFileSync(index, 'utf8'));
}

before(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'dossier-wp-site-'));
  site = await serveDirectory(siteDir);
  let t = Date.now();
  const index = STANDIN ? writeStandInSite(siteDir, site.url, feed) : await exportSite();
  timings.export = Date.now() - t;
  assert.ok(Array.isArray(index?.embeds), 'embeds.json: expected { embeds: [...] }');
  embeds = index.embeds;

  t = Date.now();
  const [wordpress, chromium] = await Promise.allSettled([
    startWordPress({ log: (line) => console.log(line) }),
    existsSync(CHROME)
      ? puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_ARGS })
      : Promise.reject(new Error(`Chromium is missing at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH.`)),
  ]);
  wp = wordpress.value;
  browser = chromium.value;
  if (wordpress.status === 'rejected') throw wordpress.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  timings.wordpress = Date.now() - t;
});

after(async () => {
  await browser?.close();
  await wp?.stop();
  await site?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  const parts = [
    timings.export !== undefined && `${STANDIN ? 'stand-in site' : 'export'} ${timings.export} ms`,
    wp && `WordPress ${wp.version} + Chromium up in ${timings.wordpress} ms (MariaDB ${wp.timings.mariadb} ms, WordPress install ${wp.timings.install} ms)`,
  ].filter(Boolean);
  console.log(`WordPress embed test${STANDIN ? ' [stand-in site]' : ''}: ${((Date.now() - started) / 1000).toFixed(1)} s${parts.length ? ` — ${parts.join(', ')}` : ''}`);
});

test('WordPress publishes as an author through kses (no unfiltered_html)', async () => {
  assert.equal(wp.author.role, 'author');
  assert.equal(wp.author.unfiltered_html, false);
  const post = await wp.publishAsAuthor('Filtré', '<p onclick="alert(1)">Bonjour</p><script>alert(2)</script>');
  assert.equal(post.content, '<p>Bonjour</p>alert(2)', 'kses removed the handler and the script tag');
});

/**
 * What WordPress 6.1 needs from a page and its oEmbed JSON (wp-includes/class-wp-oembed.php,
 * embed.php), checked on the served files so that a failure names the rule, not a symptom.
 */
test('the pages under test: oEmbed discovery and JSON as WordPress 6.1 reads them', async () => {
  for (const type of ['quote', 'actor', 'map']) {
    const embed = embeds.find((e) => e.type === type);
    assert.ok(embed, `embeds.json lists no ${type} page`);
    for (const key of ['url', 'oembed']) assert.ok(URL.canParse(embed[key]) && embed[key].startsWith(site.url), `${type}.${key}: an absolute URL under --base-url: ${embed[key]}`);

    // WP_oEmbed::discover(): it reads at most 150 KB of the page and looks for the link before </head>.
    const html = await (await fetch(embed.url)).text();
    const head = html.slice(0, 153600).split(/<\/head>/i)[0];
    const links = [...head.matchAll(/<link([^<>]+)\/?>/gi)].map((m) => m[1]);
    const link = links.find((attrs) => /type=["']?application\/json\+oembed/i.test(attrs));
    assert.ok(link, `${type}: no <link type="application/json+oembed"> in the first 150 KB of the page, before </head>`);
    assert.equal(/href=["']([^"']+)["']/i.exec(link)?.[1].replaceAll('&amp;', '&'), embed.oembed, `${type}: the discovery link points to embeds.json's oembed URL`);

    // WordPress appends ?maxwidth=…&maxheight=…&url=…&dnt=1&format=json to it.
    const response = await fetch(`${embed.oembed}?maxwidth=500&maxheight=750&url=${encodeURIComponent(embed.url)}&dnt=1&format=json`);
    assert.equal(response.status, 200, `${type}: the oEmbed JSON answers with the query WordPress adds`);
    const data = await response.json();
    assert.equal(data.type, 'rich', `${type}: oEmbed type`);
    assert.equal(typeof data.html, 'string', `${type}: oEmbed html`);
    // wp_filter_oembed_result() keeps the blockquote only when the html starts with it (no space
    // before); without it the iframe is shown at once, unsized, and wp-embed.js is not loaded.
    assert.match(data.html, /^<blockquote[\s>]/, `${type}: the oEmbed html starts with <blockquote>`);
    // Its pattern `<iframe.*?></iframe>` needs an empty iframe, else no embed at all.
    const iframe = /<iframe\b[^>]*><\/iframe>/.exec(data.html)?.[0];
    assert.ok(iframe, `${type}: the oEmbed html has an empty <iframe …></iframe>`);
    assert.equal(/ src=(["'])(.*?)\1/.exec(iframe)?.[2].replaceAll('&amp;', '&'), embed.url, `${type}: the iframe shows the page itself (no #fragment: WordPress appends #?secret=…)`);
  }
});

/** In the post's page: the embed's markup as WordPress wrote it, and where wp-embed has got. */
function readEmbed() {
  const iframe = document.querySelector('iframe.wp-embedded-content');
  const blockquote = document.querySelector('blockquote.wp-embedded-content');
  if (!iframe) return null;
  const style = getComputedStyle(iframe);
  const rect = iframe.getBoundingClientRect();
  return {
    iframeHtml: iframe.outerHTML,
    blockquoteHtml: blockquote?.outerHTML ?? null,
    src: iframe.getAttribute('src'),
    secret: iframe.dataset.secret,
    blockquoteSecret: blockquote?.dataset.secret ?? null,
    blockquoteLinks: blockquote ? [...blockquote.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
    sandbox: iframe.getAttribute('sandbox'),
    styleAttribute: iframe.getAttribute('style'),
    position: style.position,
    clip: style.clip,
    visible: iframe.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    width: rect.width,
    // The frame's own box, without the border Chromium draws around iframes (2 px each side).
    renderedHeight: iframe.clientHeight,
    heightAttribute: Number(iframe.getAttribute('height')),
    blockquoteDisplay: blockquote ? getComputedStyle(blockquote).display : null,
    wpEmbedScript: [...document.scripts].some((s) => /\/wp-includes\/js\/wp-embed(\.min)?\.js/.test(s.src)),
    messages: (window.__embedMessages ?? []).map((m) => ({ origin: m.origin, data: m.data })),
  };
}

/** In the embedded page: its origin, the height of its content, its words (shadow roots included). */
function readFrame() {
  const body = document.body;
  const box = getComputedStyle(body);
  let bottom = 0;
  for (const child of body.children) {
    const rect = child.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    bottom = Math.max(bottom, rect.bottom + (parseFloat(getComputedStyle(child).marginBottom) || 0));
  }
  const contentHeight = Math.ceil(bottom + scrollY + parseFloat(box.paddingBottom) + parseFloat(box.borderBottomWidth) + parseFloat(box.marginBottom));
  const text = (node) => {
    let words = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) words += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName)) {
        if (child.shadowRoot) words += ` ${text(child.shadowRoot)} `;
        words += ` ${text(child)} `;
      }
    }
    return words;
  };
  return {
    origin: self.origin,
    hash: location.hash,
    contentHeight,
    bodyHeight: Math.ceil(body.getBoundingClientRect().height),
    scrollHeight: document.documentElement.scrollHeight,
    viewportHeight: innerHeight,
    text: text(body).replace(/\s+/g, ' ').trim(),
    received: (window.__embedMessages ?? []).map((m) => ({ origin: m.origin, data: m.data })),
  };
}

for (const type of ['quote', 'actor', 'map']) {
  test(`${type}: its URL alone in an author's post becomes WordPress's sandboxed embed, revealed and sized by wp-embed`, async (t) => {
    const embed = embeds.find((e) => e.type === type);
    assert.ok(embed, `embeds.json lists no ${type} page`);
    assert.match(embed.url, /^http:\/\/127\.0\.0\.1:\d+\//, `${type}: an absolute URL under --base-url`);
    const words = expectedWords(embed);
    assert.ok(words, `${type} ${embed.id ?? ''}: not in the fixture feed`);

    const post = await wp.publishAsAuthor(`Intégration : ${type}`, embed.url);
    assert.equal(post.content, embed.url, 'saved as the author wrote it: the URL alone on its line');

    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      // Every frame records the messages it receives (the post's page: the heights; the embed: 'ready').
      await page.evaluateOnNewDocument(() => {
        window.__embedMessages = [];
        addEventListener('message', (e) => window.__embedMessages.push({ origin: e.origin, data: e.data }));
      });
      await page.goto(post.url, { waitUntil: 'load', timeout: 30000 });
      const markup = await page.evaluate(readEmbed);
      assert.ok(markup, `WordPress did not embed ${embed.url}: no iframe.wp-embedded-content in the post.\nServer log:\n${wp.serverLog()}\nRequests to the site: ${JSON.stringify(site.requests.slice(-6))}`);

      // What WordPress (wp_filter_oembed_result) wrote.
      assert.match(markup.secret ?? '', /^[A-Za-z0-9]{10}$/, 'the iframe has its data-secret');
      assert.equal(markup.src, `${embed.url}#?secret=${markup.secret}`, 'the iframe shows the page, the secret in its hash');
      assert.equal(markup.sandbox, 'allow-scripts');
      assert.equal(markup.blockquoteSecret, markup.secret, 'the oEmbed blockquote was kept (as the fallback) with the same secret');
      assert.ok(markup.wpEmbedScript, "WordPress enqueued its wp-embed script");

      // wp-embed, once the page posted its height: the iframe's clipping style removed, the blockquote hidden.
      try {
        await page.waitForFunction(
          (secret) => {
            const iframe = document.querySelector(`iframe[data-secret="${secret}"]`);
            const blockquote = document.querySelector(`blockquote[data-secret="${secret}"]`);
            return iframe && !iframe.hasAttribute('style') && blockquote && getComputedStyle(blockquote).display === 'none';
          },
          { timeout: 15000, polling: 50 },
          markup.secret,
        );
      } catch {
        const now = await page.evaluate(readEmbed);
        assert.fail(`wp-embed never revealed the iframe (no height message with the secret?):\n${JSON.stringify(now, null, 1)}\nPage errors: ${errors.join('; ') || 'none'}`);
      }

      // The height follows the page's content (it may settle after the page renders).
      const frame = page.frames().find((f) => f.url().startsWith(embed.url));
      assert.ok(frame, 'the embed frame is in the page');
      let shown;
      let inside;
      for (const deadline = Date.now() + 10000; ; ) {
        [shown, inside] = await Promise.all([page.evaluate(readEmbed), frame.evaluate(readFrame)]);
        if (Math.abs(shown.heightAttribute - clamp(inside.contentHeight)) <= TOLERANCE || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      assert.equal(shown.styleAttribute, null, "wp-embed removed the iframe's style (position: absolute; clip: rect(1px, 1px, 1px, 1px))");
      assert.equal(shown.position, 'static');
      assert.equal(shown.clip, 'auto');
      assert.ok(shown.visible && shown.width > 100 && shown.renderedHeight >= 200, `the iframe is visible: ${JSON.stringify(shown)}`);
      assert.equal(shown.blockquoteDisplay, 'none', 'wp-embed hid the blockquote');
      assert.ok(
        Math.abs(shown.heightAttribute - clamp(inside.contentHeight)) <= TOLERANCE,
        `iframe height ${shown.heightAttribute} px, page content ${inside.contentHeight} px (clamped to 200–1000: ${clamp(inside.contentHeight)})`,
      );
      assert.equal(shown.renderedHeight, shown.heightAttribute, 'the theme shows the iframe at the height wp-embed set');
      const heights = shown.messages.filter((m) => m.data?.message === 'height' && m.data.secret === markup.secret);
      assert.ok(heights.length > 0, 'the page posted { secret, message: "height", value }');
      assert.ok(inside.text.replace(/\s+/g, ' ').includes(words.replace(/\s+/g, ' ')), `the embedded page shows "${words}": ${inside.text.slice(0, 300)}`);

      t.diagnostic(
        `${type}: iframe ${shown.heightAttribute} px for content ${inside.contentHeight} px (body ${inside.bodyHeight}),` +
          ` ${heights.length} height message(s) from origin ${heights[0].origin} (values ${heights.map((m) => m.data.value).join(', ')}),` +
          ` 'ready' received in the frame: ${inside.received.filter((m) => m.data?.message === 'ready').length}, frame origin ${inside.origin}`,
      );
      if (process.env.WP_TEST_VERBOSE) t.diagnostic(`${type} markup: ${markup.blockquoteHtml}${markup.iframeHtml}; page errors: ${errors.join('; ') || 'none'}`);
    } finally {
      await page.close();
    }
  });
}
