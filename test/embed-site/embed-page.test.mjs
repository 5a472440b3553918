/**
 * Exported embed pages in a real browser (Chromium through puppeteer-core), served over HTTP:
 * without JavaScript they show the words from their declarative shadow roots; with it they
 * upgrade, ask nothing of any other host and pass axe; `?theme=` and `?lang=` reach the
 * element; inside WordPress's sandbox (an opaque origin) they still render and report their
 * height in the three dialects the page script speaks; links open in the top window.
 * Every person in the feed is fictional.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AXE, launch, noBrowser } from './browser.mjs';
import { readJson, serveSite } from './site.mjs';

const feed = readJson('src/test-support/fixtures/fictional.json');
const QUOTE = 'Une phrase inventée pour les tests, que personne n’a dite.';
const axeSource = readFileSync(AXE, 'utf8');

/**
 * A partner's page that frames an embed and keeps what the frame posts to it. WordPress frames
 * an unknown provider's page with sandbox="allow-scripts" and a #?secret= in its URL.
 */
const parentPage = (src, sandbox) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><h1>Partner</h1>
<iframe id="embed" ${sandbox ? 'sandbox="allow-scripts"' : ''} src="${src}" width="600" height="50" title="Embed"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (event) => {
    if (event.source === document.getElementById('embed').contentWindow) messages.push(event.data);
  });
</script></body></html>`;

/** Extra pages: the parents above, and each embed page without its scripts (what a reader sees before they run). */
const pages = {
  '/parent-sandbox.html': parentPage('/quote/q-camille.html#?secret=abc', true),
  '/parent-plain.html': parentPage('/quote/q-camille.html', false),
};

let site;
let browser;
before(async () => {
  if (noBrowser) return;
  site = await serveSite(feed, { pages });
  for (const embed of site.embeds) {
    const path = embed.url.slice(site.base.length);
    pages[`/noscript/${path}`] = site.file(path).replace(/<script type="module"[^>]*><\/script>\n/g, '');
    assert.doesNotMatch(pages[`/noscript/${path}`], /type="module"/);
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The first page of each type (quote, actor, intro, map, initiative): axe takes seconds a page. */
const onePerType = () => site.embeds.filter((embed, i, all) => all.findIndex((e) => e.type === embed.type) === i);

/** A new tab, its uncaught errors collected. */
async function open({ javaScript = true } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.setJavaScriptEnabled(javaScript);
  return { page, errors };
}

const complete = (target, tag = 'main > *') =>
  target.waitForFunction((selector) => document.querySelector(selector)?.matches(':state(complete)'), { timeout: 10_000 }, tag);

/** axe on the page; the one rule left out is page-has-heading-one (see below). */
async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  // An embed page is a fragment of its partner's page (an iframe, WordPress's blockquote): it
  // does not bring its own level-one heading into the partner's outline, as WordPress's own
  // embed template does not. That best-practice rule is the only one left out.
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { rules: { 'page-has-heading-one': { enabled: false } } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('an exported embed page in Chromium', { skip: noBrowser }, () => {
  test('without JavaScript: every page shows its words, from its declarative shadow root', async () => {
    const { page } = await open({ javaScript: false });
    for (const embed of site.embeds) {
      await page.goto(embed.url);
      const seen = await page.evaluate(() => {
        const element = document.querySelector('main > *');
        const shadow = element.shadowRoot;
        const content = shadow?.querySelector('figure, article, section, [part="card"], [part="intro"], [part="map"], ul');
        return {
          defined: customElements.get(element.localName) !== undefined,
          shadow: Boolean(shadow),
          text: shadow?.textContent.replace(/\s+/g, ' ').trim() ?? '',
          visible: Boolean(content?.checkVisibility()) && content.getBoundingClientRect().height > 20,
          quote: shadow?.querySelector('blockquote')?.innerText.trim(),
        };
      });
      assert.equal(seen.defined, false, `${embed.url}: no script ran`);
      assert.ok(seen.shadow, `${embed.url}: the declarative shadow root is attached`);
      assert.ok(seen.text.length > 10, `${embed.url}: words in the shadow root`);
      assert.ok(seen.visible, `${embed.url}: its content takes room on screen`);
      if (embed.id === 'q-camille') assert.equal(seen.quote, QUOTE);
    }
    await page.close();
  });

  test('before its scripts run, a page of each type passes axe', async () => {
    const { page } = await open();
    for (const embed of onePerType()) {
      await page.goto(`${site.base}noscript/${embed.url.slice(site.base.length)}`);
      assert.deepEqual(await axeViolations(page), [], embed.url);
    }
    await page.close();
  });

  test('with JavaScript: every page upgrades and asks nothing of any other host; a page of each type passes axe', async () => {
    const checked = onePerType();
    for (const embed of site.embeds) {
      const { page, errors } = await open();
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(embed.url);
      await complete(page);
      const foreign = requested.filter((url) => new URL(url).origin !== new URL(site.base).origin);
      assert.deepEqual(foreign, [], `${embed.url}: requests to other hosts`);
      assert.ok(requested.some((url) => url.endsWith('/feed.json')), `${embed.url}: the feed was read`);
      assert.ok(requested.some((url) => url.includes('/assets/chunks/')), `${embed.url}: the element's chunk was loaded`);
      if (checked.includes(embed)) assert.deepEqual(await axeViolations(page), [], embed.url);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  test('?theme=dark and ?lang=en reach the element: its attributes, colours and interface strings', async () => {
    const { page } = await open();
    const read = () =>
      page.evaluate(() => {
        const element = document.querySelector('dossier-quote');
        return {
          theme: element.getAttribute('theme'),
          lang: element.getAttribute('lang'),
          page: document.documentElement.lang,
          background: getComputedStyle(element).backgroundColor,
          links: [...element.shadowRoot.querySelectorAll('a[part="link"]')].map((a) => a.textContent.replace(/\s+/g, ' ').trim()),
          words: element.shadowRoot.querySelector('blockquote').lang,
        };
      });
    const { url } = site.embeds.find((e) => e.id === 'q-camille');
    await page.goto(url);
    await complete(page);
    assert.deepEqual(await read(), {
      theme: null, lang: 'fr', page: 'fr', background: 'rgb(255, 255, 255)',
      links: ['Lire le témoignage', 'Dossier « Dossier fictif »'], words: 'fr',
    });
    await page.goto(`${url}?theme=dark&lang=en`);
    await complete(page);
    assert.deepEqual(await read(), {
      theme: 'dark', lang: 'en', page: 'en', background: 'rgb(27, 31, 36)',
      links: ['Read the testimony', 'Dossier “Dossier fictif”'], words: 'fr',
    }, 'the interface in English, the quote still in its own French');
    await page.close();
  });

  test('in WordPress\'s sandbox (opaque origin, #?secret=): it renders and posts its height in three dialects, again on "ready"', async () => {
    const { page, errors } = await open();
    const before = site.requests.length;
    await page.goto(`${site.base}parent-sandbox.html`);
    const frame = await (await page.$('#embed')).contentFrame();
    await complete(frame, 'dossier-quote');
    assert.equal(await frame.evaluate(() => origin), 'null', 'the frame has an opaque origin');
    const feedRequests = site.requests.slice(before).filter((r) => r.path === '/feed.json');
    assert.deepEqual(feedRequests.map((r) => r.headers.origin), ['null'], 'the feed is fetched with Origin: null (and read thanks to Access-Control-Allow-Origin: *)');

    // The iframe is 50 px high: the document's scroll height is its content's height.
    const documentHeight = () => frame.evaluate(() => document.documentElement.scrollHeight);
    const lastOf = async () => {
      const messages = await page.evaluate(() => window.messages);
      const last = (match) => messages.findLast(match);
      return {
        ours: last((m) => m?.type === 'dossier-widgets:size')?.height,
        amp: last((m) => m?.sentinel === 'amp' && m.type === 'embed-size')?.height,
        wordpress: last((m) => m?.secret === 'abc' && m.message === 'height')?.value,
      };
    };
    await page.waitForFunction(() => window.messages.length >= 3);
    const height = await documentHeight();
    assert.ok(height > 100, `a quote is taller than ${height} px`);
    const sent = await lastOf();
    for (const [dialect, value] of Object.entries(sent)) assert.ok(Math.abs(value - height) <= 2, `${dialect}: ${value} px for a ${height} px document`);

    await page.evaluate(() => {
      window.messages = [];
      document.getElementById('embed').contentWindow.postMessage({ message: 'ready', secret: 'abc' }, '*');
    });
    await page.waitForFunction(() => window.messages.some((m) => m?.message === 'height'));
    assert.ok(Math.abs((await lastOf()).wordpress - height) <= 2, 'WordPress\'s "ready" gets the height again');

    // Narrower, the quote wraps: the new height is posted.
    await page.evaluate(() => {
      window.messages = [];
      document.getElementById('embed').width = '260';
    });
    await page.waitForFunction(() => window.messages.length >= 3);
    const taller = await documentHeight();
    assert.ok(taller > height, 'narrower is taller');
    assert.ok(Math.abs((await lastOf()).ours - taller) <= 2);

    // The sandbox forbids navigating the top window: a click is passed to WordPress instead.
    await page.evaluate(() => { window.messages = []; });
    const link = await frame.$('pierce/a[part="link"]');
    const href = await link.evaluate((a) => a.href);
    await link.click();
    await page.waitForFunction(() => window.messages.some((m) => m?.message === 'link'));
    assert.deepEqual((await page.evaluate(() => window.messages)).filter((m) => m?.message === 'link'), [{ secret: 'abc', message: 'link', value: href }]);
    assert.equal(page.url(), `${site.base}parent-sandbox.html`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in a plain frame, a click on a link navigates the top window (<base target="_top">)', async () => {
    const { page } = await open();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('https://media.example/')) request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Testimony</title>' });
      else request.continue();
    });
    await page.goto(`${site.base}parent-plain.html`);
    const frame = await (await page.$('#embed')).contentFrame();
    await complete(frame, 'dossier-quote');
    assert.equal(await frame.evaluate(() => document.querySelector('base').target), '_top');
    const link = await frame.$('pierce/a[part="link"]');
    const href = await link.evaluate((a) => a.href);
    await Promise.all([page.waitForNavigation(), link.click()]);
    assert.equal(page.url(), href, 'the partner page was replaced by the testimony');
    await page.close();
  });
});
