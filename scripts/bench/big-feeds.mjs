/**
 * BIG FEEDS: how long the main thread is held while a big feed is parsed (issue #13, item 6),
 * in headless Chromium, for synthetic feeds (src/test-support/synthetic.js) of about 1, 5 and
 * 25 MB. Each run is a new document; the feed's text is fetched before the window opens
 * (except for the store's own path, which reads it from the network as widgets do). Long tasks
 * are the Long Tasks API's (over 50 ms), in the window; "parse" is the window's wall time.
 *
 * Ways of parsing compared, each the same work (JSON text → ParseResult):
 * - sync: `parseFeed(JSON.parse(text))`, what the store does under 1 MiB, in one task.
 * - sliced: `parseBigFeed(text)` (src/feed/big-feed.ts), what the store does over 1 MiB.
 * - store.load: the widgets' path from the request on: body streamed and counted, then sliced.
 * - Response.json(): the browser's own JSON parse of the body, then parseFeed (sync).
 * - Worker: JSON.parse and parseFeed in a Worker, the result posted back (structured clone):
 *   the main thread still deserialises it.
 * The library code is bundled from src/ by esbuild (minified) into the page.
 */
import { join } from 'node:path';
import { syntheticFeed } from '../../src/test-support/synthetic.js';
import { printTable, root, stats, withTimeout } from './util.mjs';

const SIZES = [
  ['1 MB', 3_700],
  ['5 MB', 18_500],
  ['25 MB', 92_500],
];
const VARIANTS = ['sync', 'sliced', 'store.load', 'Response.json()', 'Worker'];

/** The feeds, the library bundle and the worker, served from memory. */
export async function bigFeedFiles() {
  const { build } = await import('esbuild');
  const bundle = async (contents) =>
    (
      await build({
        stdin: { contents, resolveDir: join(root, 'src/feed'), loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      })
    ).outputFiles[0].contents;
  const lib = await bundle(
    "export { FeedStore } from './feed-store.js'; export { parseFeed } from './parse-feed.js'; export { parseBigFeed } from './big-feed.js';",
  );
  const worker = await bundle(
    "import { parseFeed } from './parse-feed.js'; onmessage = ({ data }) => postMessage(parseFeed(JSON.parse(data.text), data.url));",
  );
  const files = {
    '/bench/big/lib.js': { type: 'text/javascript', body: Buffer.from(lib), cache: false },
    '/bench/big/worker.js': { type: 'text/javascript', body: Buffer.from(worker), cache: false },
  };
  for (const [label, initiatives] of SIZES) {
    files[feedPath(label)] = { type: 'application/feed+json', body: Buffer.from(JSON.stringify(syntheticFeed({ initiatives }))), cache: false };
  }
  return files;
}

const feedPath = (label) => `/bench/big/feed-${label.replace(/\D/g, '')}.json`;

export const bigFeedPages = () => (url) =>
  url.pathname === '/bench/big' ? '<!doctype html><html lang="fr"><meta charset="utf-8"><title>bench: big feeds</title><body></body></html>' : null;

/** One run in the page: the window's wall time and its long tasks. */
function runInPage(variant, url) {
  return (async () => {
    const { FeedStore, parseFeed, parseBigFeed } = await import('/bench/big/lib.js');
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const absolute = new URL(url, location.href).href;
    const text = variant === 'store.load' || variant === 'Response.json()' ? null : await (await fetch(url)).text();
    let worker;
    if (variant === 'Worker') {
      worker = new Worker('/bench/big/worker.js', { type: 'module' });
      // Started and compiled before the window opens.
      await new Promise((resolve) => {
        worker.onmessage = resolve;
        worker.postMessage({ text: '{}', url: absolute });
      });
    }
    // The sliced driver's own slices: from resuming to its next scheduler.yield().
    const slices = [];
    const nativeYield = scheduler.yield.bind(scheduler);
    let resumed;
    scheduler.yield = () => {
      slices.push(performance.now() - resumed);
      return nativeYield().then(() => (resumed = performance.now()));
    };
    await new Promise((resolve) => setTimeout(resolve, 100));
    const t0 = performance.now();
    resumed = t0;
    let result;
    if (variant === 'sync') result = parseFeed(JSON.parse(text), absolute);
    else if (variant === 'sliced') result = await parseBigFeed(text, absolute);
    // Over the 20 MiB default for the 25 MB feed: a page with such a feed sets max-size.
    else if (variant === 'store.load') result = await new FeedStore().load(url, { maxSize: 64 * 2 ** 20 });
    else if (variant === 'Response.json()') result = parseFeed(await (await fetch(url)).json(), absolute);
    else {
      result = await new Promise((resolve) => {
        worker.onmessage = ({ data }) => resolve(data);
        worker.postMessage({ text, url: absolute });
      });
      worker.terminate();
    }
    const t1 = performance.now();
    if (slices.length) slices.push(t1 - resumed);
    // Long tasks are reported after they end: give the observer a turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const inWindow = longTasks.filter((task) => task.startTime + task.duration > t0 && task.startTime < t1);
    return {
      ms: t1 - t0,
      longest: Math.max(0, ...inWindow.map((task) => task.duration)),
      over200: inWindow.filter((task) => task.duration > 200).length,
      long: inWindow.length,
      initiatives: result.dossier.initiatives.size,
      // For store.load the first "slice" is the download: left out.
      slice: slices.length ? Math.max(...slices.slice(variant === 'store.load' ? 1 : 0)) : NaN,
    };
  })();
}

export async function measureBigFeeds(browser, bench, { reps }) {
  const started = Date.now();
  const bytes = Object.fromEntries(SIZES.map(([label, initiatives]) => [label, JSON.stringify(syntheticFeed({ initiatives })).length]));
  const results = new Map();
  const tab = await browser.newPage();
  try {
    for (const [label, initiatives] of SIZES) {
      for (let rep = 0; rep < reps; rep++) {
        // Variants interleaved, forward then backward, so that the machine's drift hits them alike.
        const order = rep % 2 ? [...VARIANTS].reverse() : VARIANTS;
        for (const variant of order) {
          await tab.goto(`${bench.origin}/bench/big`);
          const run = await withTimeout(tab.evaluate(runInPage, variant, feedPath(label)), `big feeds: ${variant} ${label}`, 300_000);
          if (run.initiatives !== initiatives) throw new Error(`big feeds: ${variant} ${label} read ${run.initiatives} initiatives`);
          const key = `${label} ${variant}`;
          if (!results.has(key)) results.set(key, []);
          results.get(key).push(run);
        }
      }
    }
  } finally {
    await tab.close();
  }
  const rows = [];
  for (const [label] of SIZES) {
    for (const variant of VARIANTS) {
      const runs = results.get(`${label} ${variant}`);
      const med = (key) => stats(runs.map((run) => run[key])).median;
      rows.push([
        `${label} (${(bytes[label] / 1e6).toFixed(1)} MB)`,
        variant,
        med('ms').toFixed(0),
        med('longest').toFixed(0),
        med('long').toFixed(0),
        med('over200').toFixed(0),
        Math.max(...runs.map((run) => run.longest)).toFixed(0),
        Number.isNaN(runs[0].slice) ? '—' : med('slice').toFixed(0),
      ]);
    }
  }
  printTable(
    `BIG FEEDS — JSON text → ParseResult on the main thread, ${reps} runs each (interleaved), medians; long tasks > 50 ms (Long Tasks API)`,
    ['feed', 'path', 'parse ms', 'longest task ms', 'long tasks', 'tasks > 200 ms', 'longest of all runs', 'longest slice ms'],
    rows,
  );
  console.log(
    'sync = parseFeed(JSON.parse(text)), the store\'s path up to 1 MiB; sliced = parseBigFeed (src/feed/big-feed.ts), its path above; ' +
      'store.load includes the download from 127.0.0.1. Worker: parse in a Worker, result cloned back. ' +
      'longest slice: the sliced driver\'s longest run between two yields (its own work; a long task can be longer: GC, or the ' +
      'renderer descheduled on a busy machine). ' +
      `${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}
