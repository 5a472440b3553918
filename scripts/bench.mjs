/**
 * Bundle sizes and render timing of dossier-widgets. `npm run bench` builds first; `node
 * scripts/bench.mjs` measures the existing build. It reports and exits 0 whatever the figures;
 * exit 1 only when it cannot measure (no build, no Chromium, a page that does not render).
 * The sections live in scripts/bench/ (sizes, quotes, cards, map; shared server, browser,
 * pages, util); this file runs them in order. About 4 minutes on 2 busy cores.
 *
 * Knobs (environment):
 *   BENCH_ONLY=sizes,pages,cls,quotes,cards,list,map,export,memory,cache,big   run only these sections (default: all)
 *   BENCH_CLS_REPS=N      runs per entry of the cls section (default 2; its worst is kept)
 *   BENCH_REPS=N          exactly N runs per cell for quotes, cards and list (default: 5 to 11
 *                         (list 7) as a time budget allows)
 *   BENCH_MAP_REPS=N      exactly N runs per cell for the map at 100 and 1,000 (default 5 to 9)
 *   BENCH_MAP_REPS_10K=N  exactly N runs per cell for the map at 10,000 and 100,000 (default 3 to 7, and 2 to 3)
 *   BENCH_MAP_COUNTS=a,b  only these map sizes (default 100,1000,10000,100000)
 *   BENCH_MEMORY_REPS=N   runs of the memory section (default 3)
 *   BENCH_CACHE_REPS=N    runs per variant of the cache section (default 7)
 *   BENCH_BIG_REPS=N      runs per cell of the big-feeds section (default 3)
 *   BENCH_COLD=1          a new tab (so a new renderer process) per run
 *   BENCH_DEBUG=1         print every run's figures
 *   BENCH_SCRIPT=loader   widget pages load dist/cdn/loader.js (element chunks) instead of the one-file bundle
 *   BENCH_PROFILE=N       instead of the map's timed runs, profile one run of each at N initiatives
 *                         (default 10000): V8 CPU profile and main-thread trace, render and zoom step
 *
 * SIZES: gzip -9 of the script-tag files and of each npm entry as a bundler would ship it
 * (esbuild in memory, production condition), with and without Lit. MAP SIZE: what the map
 * adds on top of the shared core; see scripts/bench/sizes.mjs.
 *
 * RENDER TIMING: "data available → pixels ready", headless Chromium through puppeteer-core.
 * - A node:http server on 127.0.0.1 serves dist/cdn, Leaflet's dist files and the feeds from
 *   memory and generates the bench pages in memory (nothing is written to disk).
 * - Known start: the server HOLDS the data response until the page is quiet (script evaluated,
 *   every element upgraded and showing its skeleton for two frames, then 150 ms), and node
 *   releases it in one write. t0 = the response's Resource Timing `responseEnd`. Script
 *   download and evaluation are outside the window; fetch body, JSON.parse, feed parsing,
 *   rendering, style, layout and paint are inside.
 * - End: every `dossier-load` event, every element's `updateComplete`, the content in every
 *   shadow root (tDom); then the next requestAnimationFrame (tRaf) and a MessageChannel message
 *   posted from it, which runs once that frame's style, layout and paint are done on the main
 *   thread (tPaint). The result is requested before the release, so no DevTools call lands in
 *   the window.
 * - Headless Chromium draws at 60 Hz whatever the flags, so waiting for "the next frame" adds
 *   a random 0–16.7 ms of idle time that drowns a few-ms render. The main figure is the busy
 *   time (tPaint − t0) − (tRaf − tDom): to the painted frame, minus the idle wait for vsync.
 *   The raw wall-clock time is printed too.
 * - Main-thread CPU time: a Chromium trace (categories toplevel + blink.user_timing) runs over
 *   each section, and each window's thread time on the renderer main thread is summed (see
 *   CpuMeter in scripts/bench/browser.mjs). On a machine shared with other work, the renderer
 *   is descheduled for long stretches and wall-clock windows grow many-fold, more so for
 *   windows made of many tasks (fetch, parse, events, render) than for one parser task; CPU
 *   time is what stays put, so its ratios are printed next to the wall-clock ones.
 * - The limit, "static": the same final markup in the HTML. Each element's shadow DOM is
 *   captured from a rendered widget (Lit's comment markers removed) into a light-DOM <div>
 *   carrying the host's attributes, with the element's adopted style sheets inlined in a
 *   <style> (`:host` → that div's class). The page response is held the same way; t0 is when
 *   the parser reaches the markup (a script just before it), so the figure is the markup's
 *   own parse + style + layout + paint, same frame probe. From the navigation's responseEnd
 *   instead, the window also holds the new document's commit (printed below each table).
 * - Every run is a new document (fresh realm, registry, feed store, style sheets) loaded in
 *   one reused tab: a warm renderer process, like any page but the very first one a browser
 *   shows. Variants alternate within each round (forward, then backward order), after
 *   uncounted warm-up rounds, so drift and the machine's other load hit every variant alike.
 *   Median, p90 (linear interpolation), ratio of medians. On a busy machine expect wide p90s;
 *   the ratios hold up better than the absolute figures.
 * - The map against Leaflet + markercluster: see scripts/bench/map.mjs.
 *
 * CACHE: first render on a repeat visit with the last good copy, without it (cache="none") and
 * with the cache but no copy yet, for a slow and a fast feed; see scripts/bench/cache.mjs.
 *
 * LAYOUT SHIFT: each widget without a pre-render (bare, with fallback, failing) alone on a plain
 * page with a slow feed, at 375 and 1000 px; see scripts/bench/cls.mjs.
 *
 * BIG FEEDS: parse time and main-thread long tasks for 1, 5 and 25 MB feeds, the one-go parse
 * against the sliced one and the alternatives (Response.json(), a Worker); see
 * scripts/bench/big-feeds.mjs.
 *
 * MEMORY: heap growth after forced GC over 1,000 mounts and removals of each widget kind on a
 * shared feed, as test/memory.test.ts checks it; see scripts/bench/memory.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from './bench/browser.mjs';
import { measureCache } from './bench/cache.mjs';
import { cardData, cardPages, measureCards, measureList } from './bench/cards.mjs';
import { departementBounds, mapPages, measureMap } from './bench/map.mjs';
import { CDN_FILE } from './bench/pages.mjs';
import { printDemoPages } from './bench/demo-pages.mjs';
import { printCls } from './bench/cls.mjs';
import { measureQuotes, quotePages } from './bench/quotes.mjs';
import { measureExport } from './bench/export.mjs';
import { bigFeedFiles, bigFeedPages, measureBigFeeds } from './bench/big-feeds.mjs';
import { measureMemory, memoryFiles, memoryPages } from './bench/memory.mjs';
import { filesUnder, startBenchServer } from './bench/server.mjs';
import { measureMapSize, measureSizes, NPM_ENTRIES } from './bench/sizes.mjs';
import { BenchError, root } from './bench/util.mjs';

const env = process.env;
const ONLY = new Set((env.BENCH_ONLY || 'sizes,pages,cls,quotes,cards,list,map,export,memory,cache,big').split(',').map((s) => s.trim()));
const REPS = Number(env.BENCH_REPS) || 0;
const COLD = env.BENCH_COLD === '1';
const SCRIPT = env.BENCH_SCRIPT === 'loader' ? '/dist/cdn/loader.js' : `/${CDN_FILE}`;
/**
 * Runs per cell: at most `reps`, at least `minReps`; in between, as many as fit in `budgetMs`
 * (warm-up included). On 2 cores shared with other work a run can take 5× longer than on an
 * idle machine: the budgets keep the whole bench near 4 minutes, and every table says how
 * many runs it has. BENCH_REPS / BENCH_MAP_REPS* set exact counts (no budget).
 */
const fixed = (value) => (value ? { reps: value, minReps: value, budgetMs: Infinity } : undefined);
const options = {
  quotes: { reps: 11, minReps: 5, budgetMs: 35_000, ...fixed(REPS), warmup: 1, cold: COLD },
  cards: { reps: 11, minReps: 5, budgetMs: 30_000, ...fixed(REPS), warmup: 1, cold: COLD },
  list: { reps: 7, minReps: 5, budgetMs: 30_000, ...fixed(REPS), warmup: 1, cold: COLD },
  map: {
    // Per N: [reps, minReps, budget ms, warm-up rounds]. At 10,000 no warm-up round: the same
    // pages ran at 100 and 1,000 just before, in the same tab.
    plan: {
      100: [9, 5, 12_000, 1],
      1000: [9, 5, 16_000, 1],
      10000: [7, 3, 60_000, 0],
      // A 27 MB feed against 100,000 Leaflet markers: seconds per run, so few runs.
      100000: [3, 2, 120_000, 0],
    },
    ...(env.BENCH_MAP_REPS && { reps: Number(env.BENCH_MAP_REPS) }),
    ...(env.BENCH_MAP_REPS_10K && { reps10k: Number(env.BENCH_MAP_REPS_10K) }),
    cold: COLD,
    profile: env.BENCH_PROFILE ? Number(env.BENCH_PROFILE) || 10000 : 0,
  },
};

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
const started = Date.now();
try {
  for (const file of [CDN_FILE, ...NPM_ENTRIES.slice(0, 2)]) {
    if (!existsSync(join(root, file))) throw new BenchError(`${file} is missing: run \`npm run build\` first (or \`npm run bench\`).`);
  }
  if (ONLY.has('map')) {
    for (const dir of ['node_modules/leaflet/dist', 'node_modules/leaflet.markercluster/dist']) {
      if (!existsSync(join(root, dir))) throw new BenchError(`${dir} is missing: run \`npm install\` (leaflet and leaflet.markercluster are dev dependencies).`);
    }
  }
  browser = await launch();
  console.log(
    `dossier-widgets bench — Chromium ${(await browser.version()).split('/').pop()} (headless) · Node ${process.version} · ` +
      `Lit ${litVersion()} · ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC · ` +
      `load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs · widget script ${SCRIPT.slice(1)}`,
  );

  if (ONLY.has('sizes')) {
    await measureSizes();
    await measureMapSize();
  }

  if (ONLY.has('pages')) await printDemoPages(browser);
  if (ONLY.has('cls')) await printCls(browser);

  const files = {
    ...filesUnder('dist/cdn'),
    ...(ONLY.has('map') && {
      ...filesUnder('node_modules/leaflet/dist', { cache: true }),
      ...filesUnder('node_modules/leaflet.markercluster/dist', { cache: true }),
    }),
    ...(ONLY.has('memory') && memoryFiles()),
    ...(ONLY.has('big') && (await bigFeedFiles())),
  };
  const state = {};
  const data = cardData();
  const routes = [quotePages(state, SCRIPT), cardPages(data, SCRIPT), mapPages(state, SCRIPT), memoryPages(SCRIPT), bigFeedPages()];
  bench = await startBenchServer(files, (url) => {
    for (const route of routes) {
      const page = route(url);
      if (page) return page;
    }
    return null;
  });

  if (ONLY.has('quotes')) await measureQuotes(browser, bench, state, options.quotes);
  if (ONLY.has('cards')) await measureCards(browser, bench, data, options.cards);
  if (ONLY.has('list')) await measureList(browser, bench, data, options.list);
  if (ONLY.has('map')) {
    const { bounds, source } = await departementBounds();
    state.bounds = bounds;
    state.boundsSource = `${source}, [[${bounds[0].map((v) => v.toFixed(3)).join(', ')}], [${bounds[1].map((v) => v.toFixed(3)).join(', ')}]]`;
    await measureMap(browser, bench, state, options.map);
  }
  if (ONLY.has('export')) await measureExport();
  if (ONLY.has('memory')) await measureMemory(browser, bench, { reps: Number(env.BENCH_MEMORY_REPS) || 3 });
  if (ONLY.has('cache')) await measureCache(browser, { reps: Number(env.BENCH_CACHE_REPS) || 7 });
  if (ONLY.has('big')) await measureBigFeeds(browser, bench, { reps: Number(env.BENCH_BIG_REPS) || 3 });
  console.log(
    `\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs` +
      `${COLD ? '; a new tab per run (BENCH_COLD=1)' : '; one reused tab per section (warm renderer process)'}.`,
  );
} catch (error) {
  console.error(error instanceof BenchError ? `bench: ${error.message}` : `bench: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  bench?.close();
  await browser?.close().catch(() => {});
}
process.exit(exitCode);
