/**
 * The demo partner pages as readers get them: for each page, served by scripts/serve-demo.mjs
 * with the feed held back for FEED_DELAY ms (a slow network), the requests it makes (all
 * same-origin: no third party), the bytes it downloads (gzip of each script), and its
 * cumulative layout shift from the first paint until every widget has rendered or failed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../serve-demo.mjs';
import { newTab } from './browser.mjs';

export const DEMO_PAGES = ['blog-post.html', 'quotes.html', 'actors.html', 'map.html', 'themes.html', 'errors.html', 'strict-csp.html', 'analytics.html', 'english.html'];
const FEED_DELAY = 1500;
const root = fileURLToPath(new URL('../../', import.meta.url));
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
      // Script bytes: each script the page fetched, read from the project and gzipped (-9).
      const scripts = new Set();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && response.ok()) scripts.add(new URL(response.url()).pathname);
      });
      page.on('console', () => {});
      await page.goto(`${origin}/demo/${name}`, { waitUntil: 'load' });
      // Every widget has left its loading state (rendered, or an error with its fallback; a
      // failing widget without fallback keeps its skeleton, hidden under the error notice).
      await page.waitForFunction(
        (selector) =>
          [...document.querySelectorAll(selector)].every((el) => {
            const root = el.shadowRoot;
            const loading = !el.matches(':state(error)') && root?.querySelector('.skeleton, .skeleton-map');
            return root && !loading && !root.querySelector('[role=status].sr-only:not(:empty)');
          }),
        { timeout: 15000, polling: 50 },
        WIDGETS,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { cls, shifts, failed } = await page.evaluate(
        (selector) => ({
          cls: window.__cls,
          shifts: window.__shifts,
          // Widgets that ended in their error state (a missing feed or id, on purpose).
          failed: [...document.querySelectorAll(selector)].filter((el) => el.matches(':state(error)')).length,
        }),
        WIDGETS,
      );
      const sameOrigin = requests.filter((url) => url.startsWith(origin) || url.startsWith('data:'));
      rows.push({
        page: name,
        requests: requests.length,
        thirdParty: requests.length - sameOrigin.length,
        scriptsGzip: [...scripts].reduce((n, path) => n + gzipSync(readFileSync(join(root, path)), { level: 9 }).length, 0),
        cls,
        shifts,
        failed,
      });
      await page.close();
    }
  } finally {
    server.close();
  }
  return rows;
}

/** Prints the demo pages table: requests, third-party requests, script bytes, CLS (target 0). */
export async function printDemoPages(browser) {
  const rows = await measureDemoPages(browser);
  console.log(`\nDEMO PAGES — served by scripts/serve-demo.mjs, feed held ${FEED_DELAY} ms (a slow network); until every widget rendered or failed`);
  const header = ['page', 'requests', 'third-party', 'scripts gzip B', 'failed widgets', 'CLS', 'shifted'];
  const lines = rows.map((r) => [
    r.page,
    String(r.requests),
    String(r.thirdParty),
    String(r.scriptsGzip),
    String(r.failed),
    r.cls.toFixed(4),
    [...new Set(r.shifts.flatMap((s) => s.sources))].join(' ').toLowerCase() || '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
  const rendered = rows.filter((r) => !r.failed);
  const worst = Math.max(...rendered.map((r) => r.cls));
  console.log(
    `Target: CLS 0 on every demo page whose widgets all render: worst ${worst.toFixed(4)} over ${rendered.length} pages → ${worst === 0 ? 'PASS' : 'OVER'} ` +
      `(pages with 0 third-party requests: ${rows.filter((r) => !r.thirdParty).length} of ${rows.length})`,
  );
  for (const r of rows.filter((row) => row.failed)) {
    console.log(`Not 0 by design: ${r.page} (${r.failed} widget(s) failing on purpose): CLS ${r.cls.toFixed(4)}, the error notice appearing below the kept fallback (BENCH_ONLY=cls measures one such widget alone).`);
  }
  console.log('CLS counts what moves on the page when a widget replaces its fallback, pre-render or skeleton with content of another height.');
}
