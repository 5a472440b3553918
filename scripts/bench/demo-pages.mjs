/**
 * The demo partner pages as readers get them: for each page, served by scripts/serve-demo.mjs
 * with the feed held back for FEED_DELAY ms (a slow network), the requests it makes (all
 * same-origin: no third party), the bytes it downloads (gzip of each script), and its
 * cumulative layout shift from the first paint until every widget has rendered or failed.
 */
import { gzipSync } from 'node:zlib';
import { startServer } from '../serve-demo.mjs';
import { newTab } from './browser.mjs';

export const DEMO_PAGES = ['blog-post.html', 'quotes.html', 'actors.html', 'map.html', 'themes.html', 'errors.html', 'strict-csp.html', 'analytics.html', 'english.html'];
const FEED_DELAY = 1500;
const WIDGETS = 'dossier-quote, actor-card, actor-list, initiative-map, dossier-intro';

/** Sums layout-shift entries without recent input (the CLS definition, one session window per page at this scale). */
const OBSERVE_CLS = () => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push({ value: entry.value, sources: entry.sources?.map((s) => s.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

export async function measureDemoPages(browser) {
  const server = await startServer(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const rows = [];
  try {
    for (const name of DEMO_PAGES) {
      const page = await newTab(browser, 1024, 800);
      await page.evaluateOnNewDocument(OBSERVE_CLS);
      await page.setRequestInterception(true);
      const requests = [];
      page.on('request', (request) => {
        requests.push(request.url());
        if (/\/feeds\/[^/]+\.json$/.test(request.url())) setTimeout(() => request.continue(), FEED_DELAY);
        else request.continue();
      });
      let scriptGzip = 0;
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script' || !response.ok()) return;
        try {
          scriptGzip += gzipSync(await response.buffer(), { level: 9 }).length;
        } catch {
          /* a response without a body */
        }
      });
      page.on('console', () => {});
      await page.goto(`${origin}/demo/${name}`, { waitUntil: 'load' });
      // Every widget has left its loading state (rendered, or an error with its fallback).
      await page.waitForFunction(
        (selector) =>
          [...document.querySelectorAll(selector)].every((el) => {
            const root = el.shadowRoot;
            return root && !root.querySelector('.skeleton, .skeleton-map') && !root.querySelector('[role=status].sr-only:not(:empty)');
          }),
        { timeout: 15000, polling: 50 },
        WIDGETS,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
      const sameOrigin = requests.filter((url) => url.startsWith(origin) || url.startsWith('data:'));
      rows.push({
        page: name,
        requests: requests.length,
        thirdParty: requests.length - sameOrigin.length,
        scriptsGzip: scriptGzip,
        cls,
        shifts,
      });
      await page.close();
    }
  } finally {
    server.close();
  }
  return rows;
}
