/**
 * CACHE: does the last-known-good copy (src/feed/feed-cache.ts) make the first render faster
 * on a repeat visit, and never slower? A page with one <dossier-quote> through dist/cdn/loader.js,
 * in headless Chromium, its chunks HTTP-cached as a CDN would serve them (a repeat visit), the
 * feed `no-store` and answered after a delay (a slow publisher) or at once:
 *
 * - none: `cache="none"`, as before the cache: the render waits for the feed;
 * - cold: the cache on, no copy yet (a first visit of that feed): the cache chunk loads beside
 *   the feed, and the copy is written after the render;
 * - warm: a copy kept by the previous visit: it renders, then the feed revalidates it.
 *
 * Figure: navigation start → the widget's first `dossier-load` (performance.now() in the page),
 * median and p90 over interleaved runs (a new document each, one tab), and whether that render
 * came before the feed's response ended. Wall-clock on a shared machine: compare the variants
 * of one run (same load), not runs of different days.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { newTab } from './browser.mjs';
import { filesUnder } from './server.mjs';
import { ms, printTable, root, sleep, stats, withTimeout } from './util.mjs';

const FEED = readFileSync(join(root, 'demo/feeds/pratiques-collaboratives.json'));
const QUOTE = 'pratique-collaborative-definition';
const DELAYS = [800, 0];
const CACHE_NAME = 'dossier-widgets-feeds';

const page = (variant, delay) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench: cache ${variant}</title>
<script>
  // The first render of the widget, and whether the feed's response had ended by then.
  document.addEventListener('dossier-load', () => {
    if (window.__first) return;
    // A resource's timing entry appears when its response has ended.
    const feed = performance.getEntriesByType('resource').find((e) => e.name.includes('/bench/cache-feed'));
    window.__first = { t: performance.now(), beforeFeed: !feed };
  });
</script>
<script type="module" src="/dist/cdn/loader.js"></script></head>
<body><main><dossier-quote ${variant === 'none' ? 'cache="none" ' : ''}feed="/bench/cache-feed?delay=${delay}" quote="${QUOTE}"></dossier-quote></main></body></html>`;

function startServer() {
  // The script-tag files, cacheable (a repeat visit finds them in the HTTP cache).
  const files = filesUnder('dist/cdn', { cache: true });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = files[url.pathname];
    if (file) {
      res.writeHead(200, { 'cache-control': 'public, max-age=3600', 'content-type': file.type }).end(file.body);
    } else if (url.pathname === '/bench/cache-feed') {
      await sleep(Number(url.searchParams.get('delay')));
      res.writeHead(200, { 'cache-control': 'no-store', 'content-type': 'application/feed+json' }).end(FEED);
    } else if (url.pathname === '/bench/cache-page') {
      res.writeHead(200, { 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('variant'), url.searchParams.get('delay')));
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One page view: its first render's time, and whether the feed had answered by then. */
async function visit(tab, origin, variant, delay) {
  await withTimeout(tab.goto(`${origin}/bench/cache-page?variant=${variant}&delay=${delay}`, { waitUntil: 'load' }), `cache ${variant}`);
  await withTimeout(tab.waitForFunction(() => window.__first, { polling: 10 }), `cache ${variant}: no render`);
  const first = await tab.evaluate(() => window.__first);
  // The revalidation and the copy's write end before the next visit.
  await withTimeout(tab.evaluate(async () => {
    const el = document.querySelector('dossier-quote');
    await el.loadComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }), `cache ${variant}: settle`);
  return first;
}

export async function measureCache(browser, { reps }) {
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const tab = await newTab(browser, undefined, undefined, { keepCopies: true });
  const clear = () => tab.evaluate((name) => caches.delete(name), CACHE_NAME);
  const rows = [];
  try {
    for (const delay of DELAYS) {
      const runs = { none: [], cold: [], warm: [] };
      const early = { none: 0, cold: 0, warm: 0 };
      // An uncounted round fills the HTTP cache with the chunks (the repeat visit's state).
      for (let round = -1; round < reps; round++) {
        // cold must come just before warm (it writes the copy warm reads): alternate where none goes.
        const order = round % 2 ? ['none', 'cold', 'warm'] : ['cold', 'warm', 'none'];
        for (const variant of order) {
          if (variant === 'cold') await clear();
          const first = await visit(tab, origin, variant, delay);
          if (round < 0) continue;
          runs[variant].push(first.t);
          if (first.beforeFeed) early[variant]++;
        }
      }
      const none = stats(runs.none).median;
      for (const variant of ['none', 'cold', 'warm']) {
        const s = stats(runs[variant]);
        rows.push([`feed ${delay} ms, ${variant}`, s.n, ms(s.median), ms(s.p90), variant === 'none' ? '—' : ms(s.median - none), `${early[variant]}/${s.n}`]);
      }
    }
    await clear();
  } finally {
    await tab.close();
    server.close();
  }
  printTable(
    'CACHE — <dossier-quote> via loader.js, chunks HTTP-cached: navigation start → first render (dossier-load), ms',
    ['feed, variant', 'runs', 'median', 'p90', 'Δ median vs none', 'rendered before the feed answered'],
    rows,
  );
  console.log(
    'none: cache="none" (as before the cache); cold: cache on, no copy yet (a first visit of that feed); warm: the copy the previous visit kept.\n' +
      'The cache chunk downloads with the first widget that loads a feed, beside the feed: a warm render waits for it (from the HTTP cache here) and for the copy\'s read, not for the feed.',
  );
}
