/**
 * Bundle sizes and render timing of dossier-widgets. `npm run bench` builds first; `node
 * scripts/bench.mjs` measures the existing build. It reports and exits 0 whatever the figures;
 * exit 1 only when it cannot measure (no build, no Chromium, a page that does not render).
 * Knobs: BENCH_REPS (default 25), BENCH_COLD=1 (a new tab, so a new renderer process, per run),
 * BENCH_DEBUG=1 (every run's timestamps).
 *
 * SIZES: gzip -9 of dist/cdn/dossier-widgets.js (the script-tag file, Lit inside), and of each
 * npm entry as a bundler would ship it: esbuild bundles it in memory (minified, ESM, es2022,
 * `production` condition), once with Lit and once with Lit external. Lit alone is a reference
 * row. 1 KB = 1024 B. The 12 KB target is checked against the script-tag file.
 *
 * RENDER TIMING: "data available → pixels ready", headless Chromium through puppeteer-core.
 * - A node:http server on 127.0.0.1 serves the built script and the sample feed from memory
 *   and generates the bench pages in memory (nothing is written to disk).
 * - Known start: the server HOLDS the feed response until the page is quiet (script evaluated,
 *   every <dossier-quote> upgraded and showing its skeleton for two frames, then 150 ms), and
 *   node releases it in one write. t0 = the feed's Resource Timing `responseEnd`. Script
 *   download and evaluation are outside the window; fetch body, JSON.parse, feed parsing,
 *   Lit rendering, style, layout and paint are inside.
 * - End: N `dossier-load` events (they bubble and are composed), every element's
 *   `updateComplete`, a <figure> in every shadow root (tDom); then the next
 *   requestAnimationFrame (tRaf) and a MessageChannel message posted from it, which runs once
 *   that frame's style, layout and paint are done on the main thread (tPaint). The result is
 *   requested before the release, so no DevTools call lands in the window.
 * - Headless Chromium draws at 60 Hz whatever the flags, so waiting for "the next frame" adds
 *   a random 0–16.7 ms of idle time that drowns a few-ms render. The main figure is the busy
 *   time (tPaint − t0) − (tRaf − tDom): to the painted frame, minus the idle wait for vsync.
 *   The raw wall-clock time is printed too.
 * - The limit, "static": the same final markup in the HTML. Each quote's shadow DOM is captured
 *   from a rendered widget (Lit's comment markers removed) into a light-DOM <div class="dq">,
 *   with the element's adopted style sheets inlined in a <style> (`:host` → `.dq`). The page
 *   response is held the same way; t0 is when the parser reaches the quotes (a script just
 *   before them), so the figure is the markup's own parse + style + layout + paint, same
 *   frame probe. From the navigation's responseEnd instead, the window also holds the new
 *   document's commit (printed below the table). A second reference, "innerHTML": the same
 *   markup fetched through the same held route as the feed and set with innerHTML.
 * - Every run is a new document (fresh realm, registry, feed store, style sheets) loaded in
 *   one reused tab: a warm renderer process, like any page but the very first one a browser
 *   shows; process start-up noise stays out. BENCH_COLD=1 opens a new tab per run instead.
 *   Each (variant, N) is run REPS times, interleaved round-robin so drift and the machine's
 *   other load hit every variant alike, after 2 uncounted warm-up rounds. Median, p90 (linear
 *   interpolation), ratio of medians. The load average is printed: on a busy machine expect
 *   wide p90s; the ratios hold up better than the absolute figures.
 * - Each page shows some text (bold, italic, « ») before the quotes, as a partner page would,
 *   so that a font's first use falls outside the window on every variant alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const REPS = Number(process.env.BENCH_REPS) || 25;
/** BENCH_COLD=1: a new tab (so a new renderer process) for every measurement. */
const COLD = process.env.BENCH_COLD === '1';
const WARMUP = 2;
const COUNTS = [1, 20];
const RUN_TIMEOUT = 15_000;
const TARGET_BYTES = 12 * 1024;

const CDN_FILE = 'dist/cdn/dossier-widgets.js';
const FEED_FILE = 'demo/feeds/pratiques-collaboratives.json';
const QUOTE_IDS = ['pratique-collaborative-definition', 'pratiques-et-economie', 'organisations-en-reseau'];
const NPM_ENTRIES = [
  'dist/index.js',
  'dist/all.js',
  'dist/components/dossier-quote/dossier-quote.js',
  'dist/components/dossier-feed/dossier-feed.js',
  'dist/feed/index.js',
];
const LIT_EXTERNAL = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
];

// ---------------------------------------------------------------------------------------------
// Output helpers

const kb = (bytes) => (bytes / 1024).toFixed(2);

/** Prints rows (arrays of cells) as aligned text: labels left, figures right. */
function printTable(title, head, rows) {
  const cells = [head, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const numeric = head.map((_, i) => i > 0); // first column: labels; the others: figures
  const line = (row) =>
    row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** A reason not to measure: printed as one line, exit 1. */
class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------
// Sizes

const gzipSize = (data) => gzipSync(data, { level: 9 }).length;

async function measureSizes() {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  };
  const errors = [];
  /** { raw, gzip } of the bundle, or null (the error is listed under the table). */
  const bundle = async (input, external = []) => {
    const entry = typeof input === 'string' ? { entryPoints: [join(root, input)] } : input;
    try {
      const result = await build({ ...common, ...entry, external });
      const code = result.outputFiles[0].contents;
      return { raw: code.length, gzip: gzipSize(code) };
    } catch (error) {
      const first = error.errors?.[0];
      errors.push(`${typeof input === 'string' ? input : 'Lit alone'}: ${first ? `${first.location?.file ?? ''}: ${first.text}` : error.message}`);
      return null;
    }
  };
  const cells = (size) => (size ? [size.gzip, kb(size.gzip)] : ['error', 'error']);

  const cdn = readFileSync(join(root, CDN_FILE));
  const rows = [];
  rows.push([`${CDN_FILE} (script tag, Lit inside)`, cdn.length, gzipSize(cdn), kb(gzipSize(cdn)), '—', '—']);
  let quoteWithLit;
  for (const entry of NPM_ENTRIES) {
    const withLit = await bundle(entry);
    const withoutLit = await bundle(entry, LIT_EXTERNAL);
    if (entry.includes('dossier-quote')) quoteWithLit = withLit;
    rows.push([entry, withLit?.raw ?? 'error', ...cells(withLit), ...cells(withoutLit)]);
  }
  const lit = await bundle({
    stdin: { contents: "export { LitElement, html, css, nothing } from 'lit';", resolveDir: root, loader: 'js' },
  });
  rows.push(['Lit alone (LitElement, html, css, nothing)', lit?.raw ?? 'error', ...cells(lit), '—', '—']);

  printTable(
    'SIZES — minified, gzip -9 (npm entries bundled by esbuild, production condition; 1 KB = 1024 B)',
    ['file / entry', 'min B', 'gzip B', 'gzip KB', 'no-Lit gzip B', 'no-Lit KB'],
    rows,
  );
  console.log('no-Lit: lit, lit-html, lit-element, @lit/reactive-element external; other @lit/* packages stay in.');
  for (const error of new Set(errors)) console.log(`  bundle error: ${error}`);

  const cdnGzip = gzipSize(cdn);
  const verdict = cdnGzip <= TARGET_BYTES ? 'PASS' : `OVER by ${cdnGzip - TARGET_BYTES} B`;
  console.log(
    `\nTarget: script-tag file with Lit and <dossier-quote> ≤ 12 KB gzip (${TARGET_BYTES} B): ` +
      `${cdnGzip} B = ${kb(cdnGzip)} KB → ${verdict}`,
  );
  if (quoteWithLit) {
    console.log(
      `        (that file registers every element; <dossier-quote> alone bundled with Lit: ${quoteWithLit.gzip} B = ` +
        `${kb(quoteWithLit.gzip)} KB, ${quoteWithLit.gzip <= TARGET_BYTES ? 'within' : 'over'} the target)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Server: built script and feed from memory, generated pages, held responses

function startBenchServer(files, pages) {
  /** run id → { arrived: Promise, res?, body, type } for responses held until release(). */
  const held = new Map();
  const holdEntry = (id) => {
    if (!held.has(id)) {
      let onArrival;
      const arrived = new Promise((r) => (onArrival = r));
      held.set(id, { arrived, onArrival });
    }
    return held.get(id);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = { 'cache-control': 'no-store' };
    const file = files[url.pathname];
    if (file) {
      res.writeHead(200, { ...headers, 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
      return;
    }
    const page = pages(url);
    if (page) {
      const body = Buffer.from(page);
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
      return;
    }
    if (url.pathname === '/bench/held') {
      const id = url.searchParams.get('run');
      const entry = holdEntry(id);
      entry.res = res;
      entry.onArrival();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolvePromise({
        server,
        origin: `http://127.0.0.1:${server.address().port}`,
        /** Resolves once the page's request for run `id` has reached the server. */
        arrived: (id) => holdEntry(id).arrived,
        /** Sends the held response for run `id`, headers and body in one write. */
        release(id, { body, type }) {
          const entry = held.get(id);
          held.delete(id);
          entry.res.writeHead(200, { 'cache-control': 'no-store', 'content-type': type, 'content-length': body.length });
          entry.res.end(body);
        },
        dropAll() {
          for (const entry of held.values()) entry.res?.destroy();
          held.clear();
        },
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Bench pages

/**
 * Page text before the quotes, as on any partner page. It uses the fonts and characters a quote
 * needs (bold, italic, « » with narrow no-break spaces), so that the first use of a font in a
 * fresh renderer process (font files, fallback lookup: tens of ms) falls outside the measured
 * window on every page alike.
 */
const INTRO =
  '<h1>Pratiques collaboratives</h1>' +
  '<p>Un article de blog partenaire qui cite «\u202Fle dossier\u202F» de <b>Damien Caillard</b>, <i><cite>Pratiques collaboratives</cite></i>.</p>';

const pageHead = (title, extra = '') => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${extra}
</head>`;

/**
 * Page-side end of measurement, shared by every page: from `tDom` (content in the DOM), the
 * next frame's rAF (tRaf), then a message posted from it (tPaint: that frame's style, layout
 * and paint are done). `start()` returns t0.
 */
const FRAME_PROBE = `
window.__frameAfter = (tDom, start) => new Promise((resolve) => {
  requestAnimationFrame(() => {
    const tRaf = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const tPaint = performance.now();
      resolve({ t0: start(), tDom, tRaf, tPaint });
    };
    channel.port2.postMessage(null);
  });
});
const __resourceEnd = (url) => () => {
  const entry = performance.getEntriesByName(new URL(url, location.href).href)[0];
  if (!entry || !entry.responseEnd) throw new Error('no resource timing for ' + url);
  return entry.responseEnd;
};
`;

/** N <dossier-quote> reading the held feed; the page reports readiness, then its timings. */
function widgetPage(n, run) {
  const feed = `/bench/held?run=${run}`;
  const quotes = Array.from(
    { length: n },
    (_, i) => `<dossier-quote feed="${feed}" quote="${QUOTE_IDS[i % QUOTE_IDS.length]}"></dossier-quote>`,
  ).join('\n');
  const harness = `<script>
${FRAME_PROBE}
(() => {
  const N = ${n};
  let loaded = 0, done, failed;
  window.__result = new Promise((resolve, reject) => { done = resolve; failed = reject; });
  document.addEventListener('dossier-error', (e) => failed(new Error('dossier-error: ' + e.detail.kind + ' ' + (e.detail.error?.message ?? ''))));
  document.addEventListener('dossier-load', async () => {
    if (++loaded < N) return;
    const els = [...document.querySelectorAll('dossier-quote')];
    await Promise.all(els.map((el) => el.updateComplete));
    const tDom = performance.now();
    if (!els.every((el) => el.shadowRoot?.querySelector('figure'))) return failed(new Error('a quote has no <figure>'));
    __frameAfter(tDom, __resourceEnd(${JSON.stringify(feed)})).then(done, failed);
  });
  window.__ready = (async () => {
    await customElements.whenDefined('dossier-quote');
    const els = [...document.querySelectorAll('dossier-quote')];
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Upgraded, rendered, and still waiting for the data (skeleton or fallback, no <figure>).
    return els.length === N && els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('figure'));
  })();
})();
</script>
<script type="module" src="/${CDN_FILE}"></script>`;
  return `${pageHead(`bench: ${n} dossier-quote`, harness)}
<body>
${INTRO}
<main>
${quotes}
</main>
</body>
</html>`;
}

/** The captured markup of quote i, cycled. */
const staticQuotes = (n, snapshot) =>
  Array.from({ length: n }, (_, i) => `<div class="dq">${snapshot.markup[i % snapshot.markup.length]}</div>`).join('\n');

/**
 * The final markup written in the HTML. t0 is when the parser reaches it (a script just before
 * it), so the figure is the markup's own cost: parse, style, layout, paint. The navigation's
 * responseEnd is reported as well (navEnd): that window adds the new document's commit.
 */
function staticPage(n, snapshot) {
  return `${pageHead(`bench: ${n} static quotes`, `<style>\n${snapshot.css}\n</style>\n<script>${FRAME_PROBE}</script>`)}
<body>
${INTRO}
<script>window.__t0 = performance.now();</script>
<main>
${staticQuotes(n, snapshot)}
</main>
<script>
window.__result = __frameAfter(performance.now(), () => window.__t0).then((t) => ({
  ...t,
  navEnd: performance.getEntriesByType('navigation')[0].responseEnd,
}));
</script>
</body>
</html>`;
}

/** The same markup fetched through the held route and set with innerHTML on an idle page. */
function innerHtmlPage(n, run, snapshot) {
  const url = `/bench/held?run=${run}`;
  return `${pageHead(
    `bench: ${n} quotes by innerHTML`,
    `<style>\n${snapshot.css}\n</style>
<script>
${FRAME_PROBE}
window.__ready = new Promise((r) => addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
window.__result = window.__ready.then(async () => {
  const response = await fetch(${JSON.stringify(url)});
  const text = await response.text();
  const main = document.querySelector('main');
  main.innerHTML = text;
  const tDom = performance.now();
  if (main.querySelectorAll('figure').length !== ${n}) throw new Error('innerHTML: wrong figure count');
  return __frameAfter(tDom, __resourceEnd(${JSON.stringify(url)}));
});
</script>`,
  )}
<body>
${INTRO}
<main></main>
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// Timing

const withTimeout = (promise, what) => {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), RUN_TIMEOUT))),
  ]).finally(() => clearTimeout(timer));
};

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

/**
 * Renders the 3 sample quotes once and captures what the static pages need: each shadow
 * root's markup without Lit's comment markers, and the element's adopted style sheets with
 * `:host` rewritten to the light-DOM wrapper `.dq`.
 */
async function captureSnapshot(browser, bench, feed) {
  const page = await browser.newPage();
  try {
    const run = 'capture';
    await page.goto(`${bench.origin}/bench/widget?n=${QUOTE_IDS.length}&run=${run}`);
    await withTimeout(page.evaluate(() => window.__ready), 'capture: widgets ready');
    await withTimeout(bench.arrived(run), 'capture: feed request');
    bench.release(run, feed);
    await withTimeout(page.evaluate(() => window.__result), 'capture: render');
    const snapshot = await page.evaluate(() => {
      const els = [...document.querySelectorAll('dossier-quote')];
      const markup = els.map((el) => el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s*\n\s*/g, ' ').trim());
      const css = els[0].shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      return { markup, css: css.join('\n') };
    });
    snapshot.css = snapshot.css.replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, '.dq$1').replace(/:host\b/g, '.dq');
    if (!snapshot.css.includes('figure') || snapshot.markup.some((m) => !m.includes('<figure'))) {
      throw new Error('capture: the rendered quotes have no <figure> or no styles');
    }
    return snapshot;
  } finally {
    await page.close();
  }
}

let runCounter = 0;
const SETTLE_MS = 150;
/** Lets the browser finish what the navigation started (previous document's teardown, GC). */
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

/** One measurement on a new document in `page`. Returns durations in ms. */
async function measureOnce(page, bench, variant, n, payloads) {
  const run = `r${++runCounter}`;
  const errors = [];
  const onError = (error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    let result;
    if (variant === 'static') {
      // The document itself is the data: its response is held until the tab has settled.
      const navigation = page.goto(`${bench.origin}/bench/held?run=${run}`, { waitUntil: 'load' });
      navigation.catch(() => {}); // awaited below; never an unhandled rejection meanwhile
      await withTimeout(bench.arrived(run), 'static: held navigation');
      await settle();
      bench.release(run, payloads.page(n));
      await withTimeout(navigation, 'static page load');
      result = page.evaluate(() => window.__result);
    } else {
      await withTimeout(page.goto(`${bench.origin}/bench/${variant}?n=${n}&run=${run}`), `${variant} page load`);
      const ready = await withTimeout(page.evaluate(() => window.__ready), `${variant}: page ready`);
      if (!ready) throw new Error(`${variant}: the page was not in its loading state before the data arrived`);
      await withTimeout(bench.arrived(run), `${variant}: held request`);
      await settle();
      // Ask for the result before releasing the data: no DevTools call lands in the measured window.
      result = page.evaluate(() => window.__result);
      bench.release(run, variant === 'widget' ? payloads.feed : payloads.fragment(n));
    }
    const t = await withTimeout(result, `${variant} ×${n}: render`);
    if (errors.length) throw new Error(`${variant} ×${n}: page error: ${errors[0]}`);
    if (process.env.BENCH_DEBUG) console.log(variant, n, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, +(v - t.t0).toFixed(1)])));
    const vsyncWait = t.tRaf - t.tDom;
    return {
      busy: t.tPaint - t.t0 - vsyncWait,
      wall: t.tPaint - t.t0,
      toDom: t.tDom - t.t0,
      ...(t.navEnd !== undefined && { navBusy: t.tPaint - t.navEnd - vsyncWait }),
    };
  } finally {
    page.off('pageerror', onError);
  }
}

async function measureRendering(browser, bench, feed) {
  const snapshot = await captureSnapshot(browser, bench, feed);
  bench.snapshot = snapshot;
  const payloads = {
    feed,
    fragment: (n) => ({ type: 'text/html; charset=utf-8', body: Buffer.from(staticQuotes(n, snapshot)) }),
    page: (n) => ({ type: 'text/html; charset=utf-8', body: Buffer.from(staticPage(n, snapshot)) }),
  };

  const variants = ['widget', 'static', 'innerhtml'];
  const samples = new Map();
  const started = Date.now();
  const tab = COLD ? null : await browser.newPage();
  for (let round = 0; round < WARMUP + REPS; round++) {
    for (const n of COUNTS) {
      for (const variant of variants) {
        const page = tab ?? (await browser.newPage());
        const result = await measureOnce(page, bench, variant, n, payloads).finally(() => tab || page.close());
        if (round < WARMUP) continue;
        const key = `${variant}:${n}`;
        if (!samples.has(key)) samples.set(key, []);
        samples.get(key).push(result);
      }
    }
  }
  await tab?.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const stat = (variant, n, field) => {
    const values = samples.get(`${variant}:${n}`).map((s) => s[field]);
    return { median: percentile(values, 0.5), p90: percentile(values, 0.9) };
  };
  const ms = (v) => v.toFixed(2);
  for (const [field, title] of [
    ['busy', 'data available → frame painted, idle wait for vsync removed'],
    ['wall', 'data available → end of the next painted frame, wall clock (includes 0–16.7 ms vsync wait)'],
  ]) {
    const rows = [];
    for (const n of COUNTS) {
      const w = stat('widget', n, field);
      const s = stat('static', n, field);
      const h = stat('innerhtml', n, field);
      rows.push([
        `${n} quote${n > 1 ? 's' : ''}`,
        ms(w.median),
        ms(w.p90),
        ms(s.median),
        ms(s.p90),
        `${(w.median / s.median).toFixed(2)}×`,
        ms(h.median),
        ms(h.p90),
        `${(w.median / h.median).toFixed(2)}×`,
      ]);
    }
    printTable(
      `RENDER — ${title}; ms, ${REPS} runs each`,
      ['<dossier-quote>', 'widget med', 'p90', 'static med', 'p90', 'widget/static', 'innerHTML med', 'p90', 'widget/innerHTML'],
      rows,
    );
  }
  const perN = (variant, field) => COUNTS.map((n) => `${ms(stat(variant, n, field).median)} ms for ${n}`).join(', ');
  console.log(`
widget    = <dossier-quote> elements, from the held feed's responseEnd (skeletons already painted).
            Of which feed arrival → all quotes in the DOM (body, JSON.parse, parseFeed, Lit render): ${perN('widget', 'toDom')}.
static    = the same markup and styles written in the HTML, from the parser reaching it. From the
            navigation's responseEnd instead (adds the new document's commit): ${perN('static', 'navBusy')}.
innerHTML = the same markup fetched like the feed (held, same server) and set with innerHTML.
Ratios are of medians, same run. ${REPS} runs per cell, each a new document in ${COLD ? 'a new tab (cold process)' : 'one reused tab (warm process)'};
${WARMUP} warm-up rounds dropped; ${seconds} s; load average at the end ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs.`);
}

// ---------------------------------------------------------------------------------------------
// Main

const litVersion = () => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules/lit/package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

let browser;
let bench;
let exitCode = 0;
try {
  for (const file of [CDN_FILE, ...NPM_ENTRIES]) {
    if (!existsSync(join(root, file))) throw new BenchError(`${file} is missing: run \`npm run build\` first (or \`npm run bench\`).`);
  }
  if (!existsSync(CHROME_PATH)) {
    throw new BenchError(`no Chromium at ${CHROME_PATH}: install it (Debian: apt-get install chromium) or set CHROME_PATH to its executable.`);
  }
  const feed = { type: 'application/feed+json; charset=utf-8', body: readFileSync(join(root, FEED_FILE)) };
  const files = {
    [`/${CDN_FILE}`]: { type: 'text/javascript; charset=utf-8', body: readFileSync(join(root, CDN_FILE)) },
  };

  const { default: puppeteer } = await import('puppeteer-core');
  try {
    browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  } catch (error) {
    throw new BenchError(`could not start Chromium at ${CHROME_PATH}: ${error.message.split('\n')[0]}`);
  }
  console.log(
    `dossier-widgets bench — Chromium ${(await browser.version()).split('/').pop()} (headless) · Node ${process.version} · ` +
      `Lit ${litVersion()} · ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC · ` +
      `load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs`,
  );

  await measureSizes();

  bench = await startBenchServer(files, (url) => {
    const n = Number(url.searchParams.get('n'));
    const run = url.searchParams.get('run');
    if (url.pathname === '/bench/widget') return widgetPage(n, run);
    if (url.pathname === '/bench/innerhtml') return innerHtmlPage(n, run, bench.snapshot);
    return null;
  });
  await measureRendering(browser, bench, feed);
} catch (error) {
  console.error(error instanceof BenchError ? `bench: ${error.message}` : `bench: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  bench?.dropAll();
  bench?.server.closeAllConnections?.();
  bench?.server.close();
  await browser?.close().catch(() => {});
}
process.exit(exitCode);
