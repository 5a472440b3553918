/**
 * <initiative-map> against Leaflet 1.9 + Leaflet.markercluster 1.5 (no tiles, same points),
 * for N initiatives. Each run is a new document in one reused tab; the two pages alternate.
 *
 * - Data: a synthetic, fictional dossier feed (src/test-support/synthetic.js, the one the map's
 *   tests use; deterministic PRNG): N initiatives, each with its own place inside Auvergne
 *   (lat 45.0–46.5, lon 2.3–4.0), three themes. Leaflet gets the
 *   same coordinates as a JSON array [[lat, lon], …]. Both are held by the server until the
 *   page is idle, then released in one write; t0 = that response's Resource Timing responseEnd.
 * - Ours: <initiative-map departments="03,15,43,63"> in an 800 px wide box, map height 600 px,
 *   inside <dossier-feed src="…" max-size="60000000"> (the feed's size limit, 20 MiB by default,
 *   is the provider's: a 100,000-initiative feed weighs about 27 MB), script = the script-tag
 *   bundle. End = the first mutation of its shadow root that leaves `.marker` buttons in it,
 *   after `dossier-load` (a MutationObserver), then the next frame. In the window: body,
 *   JSON.parse, parseFeed, selection, clustering of the first level, Lit render of the SVG base
 *   map and the markers, style, layout, paint. Not in it: the base map's outlines (a region's
 *   geometry module, their projection and path data), which the element prepares while the
 *   feed loads since `departments` names them (a map whose extent comes from the feed does it
 *   after the feed), and the next cluster levels, computed once the page is idle.
 * - Leaflet: an 800 × 600 map created before the data with animations off (zoomAnimation,
 *   markerZoomAnimation, fadeAnimation false) and markerClusterGroup({ animate: false }),
 *   default icons (pictures preloaded and decoded before the data). In the window: body,
 *   JSON.parse, N L.marker, markers.addLayers(all), map.fitBounds(the same départements' lon/lat
 *   bounds, 16 px padding, as ours), map.addLayer(markers), then the next frame.
 * - Figures: busy = to the painted frame minus the idle wait for vsync (as for the quotes).
 *   Heap: CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage, on the page before the
 *   data (library loaded), after the render, and after one zoom step. Zoom step: ours clicks
 *   the first `[part=controls] button` ('+'), then updateComplete and the next frame; Leaflet
 *   map.zoomIn(), 'zoomend' (synchronous with animations off), then the next frame. Both ×2.
 *   Main-thread CPU of both windows as everywhere (CpuMeter, browser.mjs).
 * - Long tasks: a PerformanceObserver ('longtask', buffered) in both pages; after each render,
 *   the tasks from the feed's first byte (ours decodes the body as it arrives) to 500 ms after the paint (idle work included), outside
 *   the CPU window. Parse: once per size, outside the runs, the same page fetches the feed again
 *   and times its decoding (TextDecoder, as served and ASCII-escaped), JSON.parse and parseFeed
 *   (src/feed bundled by esbuild, minified), median of 3.
 * - BENCH_PROFILE=N: instead of the timed runs, one run of each at N with a V8 CPU profile and
 *   a main-thread trace of the render and of the zoom step (ours from a readable esbuild build),
 *   each after one unprofiled warm-up run in the same tab, as the timed runs have: a first
 *   document in a new renderer shows costs the timed runs never see (at 100, ours' Layout went
 *   from ~5.5 to ~14 ms CPU: font data for each font size and a system font lookup for a glyph),
 *   the zoom step after the same idle wait and GC as in the timed runs. BENCH_TRACE_DIR=dir
 *   also writes the traces there (map-<variant>-<n>-<render|zoom>.json, for chrome://tracing) and
 *   the CPU profiles beside them (.cpuprofile, for DevTools' Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CpuMeter, durations, heapAfterGC, interleave, measureHeldData, newTab } from './browser.mjs';
import { FRAME_PROBE, pageHead } from './pages.mjs';
import { printProfile, startProfile, stopProfile } from './profile.mjs';
import { mib, ms, printTable, ratio, root, stats, verdict, withTimeout } from './util.mjs';
import { syntheticFeed } from '../../src/test-support/synthetic.js';
import { importTs } from '../import-ts.mjs';

/** What the CLI's export writes a feed as (src/node/export/escaped-json.ts), for the parse table. */
const { asciiJson } = await importTs('src/node/export/escaped-json.ts');

/** Sizes measured; BENCH_MAP_COUNTS=100,100000 picks some (a quicker look while working on one). */
export const MAP_COUNTS = process.env.BENCH_MAP_COUNTS ? process.env.BENCH_MAP_COUNTS.split(',').map(Number) : [100, 1000, 10000, 100000];
/** Tasks longer than this (ms) keep a page from answering a reader in time (issue #12). */
const LONG_TASK = 200;
/** Room for one render at 100,000 initiatives on a busy machine (both libraries take seconds). */
const BIG_TIMEOUT = 180_000;
const TARGET_RATIO = 0.5;
const DEPARTMENTS = ['03', '15', '43', '63'];
const WIDTH = 800;
const HEIGHT = 600;

export function mapData(n, seed = 42) {
  const feed = syntheticFeed({ initiatives: n, seed });
  const points = feed._dossier.places.map((p) => [p.lat, p.lon]);
  return {
    feed: { type: 'application/feed+json; charset=utf-8', body: Buffer.from(JSON.stringify(feed)) },
    points: { type: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(points)) },
  };
}

/**
 * Lon/lat bounds of the départements the map shows, from the project's own geometry (bundled
 * in memory with esbuild). [[south, west], [north, east]] for Leaflet.
 */
export async function departementBounds() {
  const { build } = await import('esbuild');
  const source = `
    import { feature } from 'topojson-client';
    import * as geometry from './src/components/initiative-map/geometry/index.ts';
    export default async (codes) => {
      const regions = [...new Set(codes.map((c) => geometry.REGION_OF[c]))];
      let [s, w, n, e] = [90, 180, -90, -180];
      for (const region of regions) {
        const topo = (await geometry.REGIONS[region]()).default;
        for (const f of feature(topo, topo.objects.departements).features) {
          if (!codes.includes(f.properties.code)) continue;
          const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
          for (const [lon, lat] of polys.flat(2)) {
            s = Math.min(s, lat); n = Math.max(n, lat); w = Math.min(w, lon); e = Math.max(e, lon);
          }
        }
      }
      return [[s, w], [n, e]];
    };`;
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const { default: bounds } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
    return { bounds: await bounds(DEPARTMENTS), source: 'the map geometry' };
  } catch (error) {
    // The geometry's layout changed: the four départements' bounds, rounded outwards.
    return { bounds: [[44.11, 2.06], [46.81, 4.49]], source: `fixed bounds (geometry not readable: ${error.message.split('\n')[0]})` };
  }
}

/**
 * Long tasks from the page's start (buffered); `__tasks(t0)` waits 500 ms (idle work after the
 * paint) then gives the durations of the tasks that ended after t0.
 */
const LONG_TASKS = `
window.__longTasks = [];
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) __longTasks.push(e); }).observe({ type: 'longtask', buffered: true });
} catch {}
window.__tasks = (t0) => new Promise((r) => setTimeout(r, 500)).then(() => __longTasks.filter((e) => e.startTime + e.duration > t0).map((e) => e.duration));
`;

const OURS_HARNESS = (feed) => `<script>
${FRAME_PROBE}
${LONG_TASKS}
(() => {
  let done, failed, loaded = false, finished = false, el, observer;
  window.__result = new Promise((resolve, reject) => { done = resolve; failed = reject; });
  document.addEventListener('dossier-error', (e) => failed(new Error('dossier-error: ' + e.detail.kind + ' ' + (e.detail.error?.message ?? ''))));
  const check = () => {
    if (!loaded || finished) return;
    const markers = el.shadowRoot.querySelectorAll('.marker');
    if (!markers.length) return;
    finished = true;
    observer.disconnect();
    const tDom = performance.now();
    __frameAfter(tDom, __resourceEnd(${JSON.stringify(feed)}), {
      markers: markers.length,
      clusters: el.shadowRoot.querySelectorAll('.marker.cluster').length,
    }).then(done, failed);
  };
  document.addEventListener('dossier-load', () => { loaded = true; check(); });
  window.__ready = (async () => {
    await customElements.whenDefined('initiative-map');
    el = document.querySelector('initiative-map');
    await el.updateComplete;
    observer = new MutationObserver(check);
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
    await __twoFrames();
    return !!el.shadowRoot && !el.shadowRoot.querySelector('.marker');
  })();
  window.__zoom = async () => {
    const root = el.shadowRoot;
    const button = root.querySelector('[part=controls] button');
    const before = root.querySelectorAll('.marker').length;
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    const tDom = performance.now();
    const result = await __frameAfter(tDom, () => t0, {
      before,
      markers: root.querySelectorAll('.marker').length,
      clusters: root.querySelectorAll('.marker.cluster').length,
    });
    // Measured after the frame: a layout forced before it would hide in the vsync wait.
    const viewport = root.querySelector('.viewport').getBoundingClientRect();
    return { ...result, width: viewport.width, height: viewport.height };
  };
})();
</script>`;

function oursPage(n, run, script) {
  const feed = `/bench/held?run=${run}`;
  return `${pageHead(`bench: initiative-map ×${n}`, OURS_HARNESS(feed))}
<body>
<h1>Initiatives fictives</h1>
<dossier-feed src="${feed}" max-size="60000000">
<initiative-map departments="${DEPARTMENTS.join(',')}" style="display: block; width: ${WIDTH}px; --dossier-map-height: ${HEIGHT}px"></initiative-map>
</dossier-feed>
<script type="module" src="${script}"></script>
</body>
</html>`;
}

const L_DIST = '/node_modules/leaflet/dist';
const MC_DIST = '/node_modules/leaflet.markercluster/dist';

function leafletPage(n, run, bounds) {
  const feed = `/bench/held?run=${run}`;
  return `${pageHead(
    `bench: Leaflet ×${n}`,
    `<link rel="stylesheet" href="${L_DIST}/leaflet.css">
<link rel="stylesheet" href="${MC_DIST}/MarkerCluster.css">
<link rel="stylesheet" href="${MC_DIST}/MarkerCluster.Default.css">
<script src="${L_DIST}/leaflet.js"></script>
<script src="${MC_DIST}/leaflet.markercluster.js"></script>
<script>${FRAME_PROBE}${LONG_TASKS}</script>`,
  )}
<body>
<h1>Initiatives fictives</h1>
<div id="map" style="width: ${WIDTH}px; height: ${HEIGHT}px"></div>
<script>
(() => {
  // No tile layer, so no maxZoom from one: markercluster needs the map's.
  const map = L.map('map', { maxZoom: 18, zoomAnimation: false, markerZoomAnimation: false, fadeAnimation: false });
  const BOUNDS = ${JSON.stringify(bounds)};
  const feed = ${JSON.stringify(feed)};
  const icons = ['marker-icon.png', 'marker-shadow.png'].map((f) => '${L_DIST}/images/' + f);
  window.__ready = Promise.all(icons.map((src) => { const img = new Image(); img.src = src; return img.decode(); }))
    .then(() => __twoFrames()).then(() => true);
  const count = () => ({
    markers: document.querySelectorAll('#map .leaflet-marker-icon').length,
    clusters: document.querySelectorAll('#map .marker-cluster').length,
  });
  window.__result = window.__ready.then(async () => {
    const response = await fetch(feed);
    const points = await response.json();
    const markers = L.markerClusterGroup({ animate: false });
    markers.addLayers(points.map((p) => L.marker(p)));
    map.fitBounds(BOUNDS, { padding: [16, 16] });
    map.addLayer(markers);
    const tDom = performance.now();
    return __frameAfter(tDom, __resourceEnd(feed), { ...count(), zoom: map.getZoom() });
  });
  window.__zoom = async () => {
    const before = count().markers;
    const ended = new Promise((r) => map.once('zoomend', r));
    const t0 = performance.now();
    map.zoomIn();
    await ended;
    const tDom = performance.now();
    return __frameAfter(tDom, () => t0, { before, ...count(), width: ${WIDTH}, height: ${HEIGHT}, zoom: map.getZoom() });
  };
})();
</script>
</body>
</html>`;
}

/**
 * Times, in the page, median of 3 each, ms: decoding the feed's bytes (TextDecoder, as the store
 * does), for the body as served (UTF-8) and for the same feed with every non-ASCII character
 * escaped (`asciiPath`: what PHP's json_encode and Python's json.dumps write by default); then
 * JSON.parse and parseFeed.
 */
const parsePage = (feedPath, asciiPath) => `${pageHead('bench: parse')}
<body>
<script type="module">
import { parseFeed } from '/bench/parse-feed.js';
window.__parse = (async () => {
  const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
  // A pause before each timing, so that one's garbage is not collected in the next.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
  const decodeTime = async (path) => {
    const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
    const times = [];
    let text;
    for (let i = 0; i < 3; i++) {
      await pause();
      const t = performance.now();
      text = new TextDecoder().decode(bytes);
      text.charCodeAt(0);
      times.push(performance.now() - t);
    }
    return { text, time: median(times) };
  };
  const { text, time: decode } = await decodeTime(${JSON.stringify(feedPath)});
  const { text: ascii, time: decodeAscii } = await decodeTime(${JSON.stringify(asciiPath)});
  const json = [], jsonAscii = [], feed = [];
  for (let i = 0; i < 3; i++) {
    await pause();
    let t = performance.now();
    const raw = JSON.parse(text);
    json.push(performance.now() - t);
    await pause();
    t = performance.now();
    JSON.parse(ascii);
    jsonAscii.push(performance.now() - t);
    await pause();
    t = performance.now();
    parseFeed(raw);
    feed.push(performance.now() - t);
  }
  return { decode, decodeAscii, json: median(json), jsonAscii: median(jsonAscii), feed: median(feed) };
})();
</script>
</body>
</html>`;

export function mapPages(state, script) {
  return (url) => {
    const n = Number(url.searchParams.get('n'));
    const run = url.searchParams.get('run');
    if (url.pathname === '/bench/map/parse') return parsePage(`/bench/map-feed-${n}.json`, `/bench/map-feed-${n}.ascii.json`);
    if (url.pathname === '/bench/map/ours') return oursPage(n, run, state.mapScript ?? script);
    if (url.pathname === '/bench/map/leaflet') return leafletPage(n, run, state.bounds);
    return null;
  };
}

/** One run: render (timed), long tasks, heap after GC, zoom step (timed), heap after GC. */
async function mapRun(page, bench, variant, n, payload, meter) {
  const sample = {};
  const timeout = n >= 100000 ? BIG_TIMEOUT : undefined;
  const { t, before, after } = await measureHeldData(page, bench, {
    path: `/bench/map/${variant}?n=${n}`,
    payload,
    label: `map ${variant} ×${n}`,
    beforeData: heapAfterGC,
    timeout,
    after: async (p, t) => {
      await meter?.window(p, t.t0, t.tPaint, sample, 'cpu');
      // From the feed's first byte, not its last: ours decodes the body as it arrives, and a big
      // read (the whole 27 MB at once, from this machine's server) is decoded in one task.
      const tasks = await p.evaluate(() => window.__tasks(performance.getEntriesByType('resource').find((e) => e.name.includes('/bench/held')).responseStart));
      const heapRender = await heapAfterGC(p);
      const zoom = await withTimeout(p.evaluate(() => window.__zoom()), `map ${variant} ×${n}: zoom`, timeout);
      await meter?.window(p, zoom.t0, zoom.tPaint, sample, 'zoomCpu');
      const heapZoom = await heapAfterGC(p);
      return { heapRender, zoom, heapZoom, tasks };
    },
  });
  return Object.assign(sample, {
    ...durations(t),
    markers: t.markers,
    clusters: t.clusters,
    heapBefore: before,
    heapRender: after.heapRender,
    heapZoom: after.heapZoom,
    zoomBusy: durations(after.zoom).busy,
    longTasks: after.tasks.filter((d) => d > LONG_TASK).length,
    longest: Math.max(0, ...after.tasks),
    zoomMarkers: after.zoom.markers,
    zoomClusters: after.zoom.clusters,
    leafletZoom: t.zoom === undefined ? undefined : `${t.zoom} → ${after.zoom.zoom}`,
    size: `${Math.round(after.zoom.width)}×${Math.round(after.zoom.height)}`,
  });
}

/**
 * A readable build for profiles: esbuild bundles src/all.ts in memory, not minified, with a
 * source map (the minified script-tag file's map is not precise enough to name functions).
 */
async function readableBuild(bench) {
  const outputFiles = await bundle('src/all.ts', { sourcemap: 'external', outfile: join(root, 'bench/dev/dossier-widgets.js') });
  for (const file of outputFiles) {
    const path = file.path.endsWith('.map') ? '/bench/dev/dossier-widgets.js.map' : '/bench/dev/dossier-widgets.js';
    bench.files[path] = { type: path.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8', body: Buffer.from(file.contents) };
  }
  return '/bench/dev/dossier-widgets.js';
}

/** `entry` (from the repository's root) bundled by esbuild in memory, as the build compiles it; its output files. */
async function bundle(entry, options) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(root, 'tsconfig.build.json'),
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles;
}

/** src/feed's parseFeed, bundled by esbuild and minified, for the parse page. */
async function parseModule(bench) {
  const [file] = await bundle('src/feed/parse-feed.ts', { minify: true });
  bench.files['/bench/parse-feed.js'] = { type: 'text/javascript; charset=utf-8', body: Buffer.from(file.contents) };
}

/** JSON.parse and parseFeed of the feed of `n` initiatives, in `tab` (a page of its own, outside the runs). */
async function measureParse(tab, bench, n, feed) {
  bench.files[`/bench/map-feed-${n}.json`] = feed;
  // The same feed as the CLI's export writes it: ASCII.
  bench.files[`/bench/map-feed-${n}.ascii.json`] = { ...feed, body: Buffer.from(asciiJson(JSON.parse(feed.body.toString('utf8')))) };
  try {
    await withTimeout(tab.goto(`${bench.origin}/bench/map/parse?n=${n}`), `parse ×${n}: page load`);
    return await withTimeout(tab.evaluate(() => window.__parse), `parse ×${n}`, BIG_TIMEOUT);
  } finally {
    delete bench.files[`/bench/map-feed-${n}.json`];
    delete bench.files[`/bench/map-feed-${n}.ascii.json`];
  }
}

/** BENCH_PROFILE: one extra run per variant at `n`, profiled (render, then the zoom step). */
async function profileMap(browser, bench, state, n) {
  state.mapScript = await readableBuild(bench);
  console.log(`\nProfiles of <initiative-map> use ${state.mapScript}: src/all.ts bundled by esbuild, not minified (names readable; speed as the build's).`);
  const tab = await newTab(browser);
  try {
    const data = mapData(n);
    for (const variant of ['ours', 'leaflet']) {
      const payload = variant === 'ours' ? data.feed : data.points;
      // A warm-up run first, as in the timed runs: the profile then shows the renderer as they
      // find it (its per-process caches, fonts among them, filled), not its first document.
      await measureHeldData(tab, bench, { path: `/bench/map/${variant}?n=${n}`, payload, label: `map ${variant} ×${n} (profile warm-up)` });
      await measureHeldData(tab, bench, {
        path: `/bench/map/${variant}?n=${n}`,
        payload,
        label: `map ${variant} ×${n} (profile)`,
        beforeData: startProfile,
        after: async (p) => {
          const render = await stopProfile(p);
          printProfile(`PROFILE ${variant} ×${n}, first render (from 150 ms before the data)`, render, bench.files);
          // As in the timed runs (long tasks, then a GC, between the render and the zoom): the
          // page has been idle, so the zoom step finds its cluster level computed.
          await p.evaluate(() => window.__tasks(0));
          await heapAfterGC(p);
          await startProfile(p);
          await p.evaluate(() => window.__zoom());
          const zoom = await stopProfile(p);
          printProfile(`PROFILE ${variant} ×${n}, zoom step`, zoom, bench.files);
          const dir = process.env.BENCH_TRACE_DIR;
          if (dir) {
            for (const [name, { trace, profile }] of Object.entries({ render, zoom })) {
              writeFileSync(join(dir, `map-${variant}-${n}-${name}.json`), JSON.stringify(trace));
              writeFileSync(join(dir, `map-${variant}-${n}-${name}.cpuprofile`), JSON.stringify(profile));
            }
          }
        },
      });
    }
  } finally {
    await tab.close();
  }
}

export async function measureMap(browser, bench, state, { plan, reps: fixedReps, reps10k: fixedReps10k, cold, profile }) {
  if (profile) return profileMap(browser, bench, state, profile);
  const tab = await newTab(browser);
  const results = [];
  let seconds = 0;
  let cpu = false;
  await parseModule(bench);
  try {
    for (const n of MAP_COUNTS) {
      const data = mapData(n);
      const big = n >= 10000;
      const fixed = big ? fixedReps10k : fixedReps;
      const [reps, minReps, budgetMs, warmup] = fixed ? [fixed, fixed, Infinity, plan[n][3]] : plan[n];
      const meter = new CpuMeter(tab, !cold);
      cpu = meter.enabled;
      const variants = ['ours', 'leaflet'].map((variant) => ({
        key: variant,
        run: (page) => mapRun(page, bench, variant, n, variant === 'ours' ? data.feed : data.points, meter),
      }));
      const r = await withTimeout(
        interleave(tab, variants, { warmup, reps, minReps, budgetMs, cold: cold && browser, meter }),
        `map ×${n}`,
        n >= 100000 ? 1_800_000 : 600_000,
      );
      r.planned = reps;
      r.warmup = warmup;
      seconds += r.seconds;
      r.parse = await measureParse(tab, bench, n, data.feed);
      results.push({ n, data, ...r });
    }
  } finally {
    await tab.close();
  }

  const stat = (r, key, field) => stats(r.samples.get(key).map((s) => s[field]));
  const first = (r, key, field) => r.samples.get(key)[0][field];
  /** The range of ours/Leaflet marker counts over the sizes: "2.1–3.0 and 1.7–2.3". */
  const markerRatios = (all) =>
    ['markers', 'zoomMarkers']
      .map((field) => {
        const q = all.map((r) => first(r, 'ours', field) / first(r, 'leaflet', field));
        return `${Math.min(...q).toFixed(1)}–${Math.max(...q).toFixed(1)}`;
      })
      .join(' and ');
  const cpuCells = (r, field) => {
    if (!cpu) return [];
    const o = stat(r, 'ours', field).median;
    const l = stat(r, 'leaflet', field).median;
    return [ms(o), ms(l), ratio(o, l)];
  };
  const cpuHead = cpu ? ['CPU ours', 'CPU Leaflet', 'CPU ratio'] : [];
  const rows = results.map((r) => {
    const o = stat(r, 'ours', 'busy');
    const l = stat(r, 'leaflet', 'busy');
    return [
      r.n.toLocaleString('en'),
      r.rounds < r.planned ? `${r.rounds} of ${r.planned}` : r.rounds,
      ms(o.median),
      ms(o.p90),
      ms(l.median),
      ms(l.p90),
      ratio(o.median, l.median),
      ...cpuCells(r, 'cpu'),
      `${first(r, 'ours', 'markers')} / ${first(r, 'leaflet', 'markers')}`,
    ];
  });
  printTable(
    'MAP — first render: data available (responseEnd) → markers painted, vsync wait removed; ms (CPU: main-thread CPU, medians)',
    ['initiatives', 'runs', 'ours med', 'p90', 'Leaflet med', 'p90', 'ours/Leaflet', ...cpuHead, 'markers ours / Leaflet'],
    rows,
  );
  for (const big of results.filter((r) => r.n >= 10000)) {
    const q = stat(big, 'ours', 'busy').median / stat(big, 'leaflet', 'busy').median;
    console.log(`Target: ours ≤ ${TARGET_RATIO}× Leaflet at ${big.n.toLocaleString('en')} (busy medians): ${q.toFixed(2)}× → ${verdict(q <= TARGET_RATIO)}`);
    if (cpu) {
      const c = stat(big, 'ours', 'cpu').median / stat(big, 'leaflet', 'cpu').median;
      console.log(`        on main-thread CPU medians: ${c.toFixed(2)}× → ${verdict(c <= TARGET_RATIO)}`);
    }
  }

  const heapRows = results.map((r) => {
    const h = (key, field) => stat(r, key, field).median;
    return [
      r.n.toLocaleString('en'),
      mib(h('ours', 'heapBefore')),
      mib(h('ours', 'heapRender')),
      mib(h('leaflet', 'heapBefore')),
      mib(h('leaflet', 'heapRender')),
      ratio(h('ours', 'heapRender'), h('leaflet', 'heapRender')),
      mib(h('ours', 'heapZoom')),
      mib(h('leaflet', 'heapZoom')),
      ratio(h('ours', 'heapZoom'), h('leaflet', 'heapZoom')),
      ratio(h('ours', 'heapRender') - h('ours', 'heapBefore'), h('leaflet', 'heapRender') - h('leaflet', 'heapBefore')),
    ];
  });
  printTable(
    'MAP — JS heap after a full GC (CDP), MiB, medians',
    ['initiatives', 'ours no data', 'after render', 'Leaflet no data', 'after render', 'ours/Leaflet', 'ours zoomed', 'Leaflet zoomed', 'ours/Leaflet', 'growth ours/Leaflet'],
    heapRows,
  );

  const zoomRows = results.map((r) => {
    const o = stat(r, 'ours', 'zoomBusy');
    const l = stat(r, 'leaflet', 'zoomBusy');
    return [
      r.n.toLocaleString('en'),
      ms(o.median),
      ms(o.p90),
      ms(l.median),
      ms(l.p90),
      ratio(o.median, l.median),
      ...cpuCells(r, 'zoomCpu'),
      `${first(r, 'ours', 'zoomMarkers')} / ${first(r, 'leaflet', 'zoomMarkers')}`,
    ];
  });
  printTable(
    'MAP — one zoom step (×2): click / zoomIn() → frame painted, vsync wait removed; ms (CPU: main-thread CPU, medians)',
    ['initiatives', 'ours med', 'p90', 'Leaflet med', 'p90', 'ours/Leaflet', ...cpuHead, 'markers after'],
    zoomRows,
  );
  printTable(
    `MAP — feed parse (in the page, outside the runs, median of 3) and long tasks (> ${LONG_TASK} ms) from the feed's first byte to 500 ms after the paint`,
    ['initiatives', 'feed KB', 'decode', 'JSON.parse', 'ASCII-escaped: decode', 'JSON.parse', 'parseFeed', 'long tasks ours / Leaflet', 'longest ours', 'longest Leaflet'],
    results.map((r) => [
      r.n.toLocaleString('en'),
      (r.data.feed.body.length / 1024).toFixed(0),
      ms(r.parse.decode),
      ms(r.parse.json),
      ms(r.parse.decodeAscii),
      ms(r.parse.jsonAscii),
      ms(r.parse.feed),
      `${stat(r, 'ours', 'longTasks').median} / ${stat(r, 'leaflet', 'longTasks').median}`,
      ms(stat(r, 'ours', 'longest').median),
      ms(stat(r, 'leaflet', 'longest').median),
    ]),
  );
  const wall = results.map((r) => `${r.n}: ${ms(stat(r, 'ours', 'wall').median)} / ${ms(stat(r, 'leaflet', 'wall').median)}`).join(', ');
  const toDom = results.map((r) => `${r.n}: ${ms(stat(r, 'ours', 'toDom').median)} / ${ms(stat(r, 'leaflet', 'toDom').median)}`).join(', ');
  const sizes = results.map((r) => `${r.n}: ${(r.data.feed.body.length / 1024).toFixed(0)} KB / ${(r.data.points.body.length / 1024).toFixed(0)} KB`).join(', ');
  console.log(`
First render, wall clock med ms (ours / Leaflet): ${wall}.
  of which to markers in the DOM: ${toDom}.
Data (ours: dossier feed / Leaflet: [lat, lon] array): ${sizes}. Ours parses and validates the whole
feed (initiatives, places, themes, actors) and draws the départements as SVG; Leaflet gets bare
coordinates and has no base map (no tiles). Markers: DOM marker + cluster elements at first
render (ours: grid cells of 2 × 36 px, close neighbours merged; markercluster: maxClusterRadius 80 px, its default), so
ours draws ${markerRatios(results)} times as many DOM markers (first render, after the zoom step): it pays that in style, layout and paint, on render and on zoom.
Leaflet zoom levels (fitBounds snaps to whole levels, so its view is a little wider): ${first(results[0], 'leaflet', 'leafletZoom')}.
Viewport: ours ${first(results[0], 'ours', 'size')} px, Leaflet ${first(results[0], 'leaflet', 'size')} px. Extent: ${state.boundsSource}.
Heap "no data" = the page with the library loaded, before the data; growth = after render − no data.
Decode: the feed as served, UTF-8 with accents and ’ (the store decodes it as it arrives); ASCII-escaped: the same
feed with every non-ASCII character as \\u00e9, as the CLI's export writes it (PHP's json_encode and Python's json.dumps too, by default).${
    cpu ? "\nCPU = thread time of the renderer main thread in the same window (Chromium trace); the machine's other load does not inflate it." : ''
  }
Runs alternate ours/Leaflet; warm-up rounds dropped: ${results.map((r) => `${r.warmup} at ${r.n}`).join(', ')}${
    results.some((r) => r.rounds < r.planned) ? '; "x of y" runs: the time budget cut the planned runs (a busy machine)' : ''
  }; ${seconds.toFixed(1)} s.`);
  return results;
}
