/**
 * Headless Chromium through puppeteer-core, and the measurement loop every section shares:
 * one held-data or held-document run on a new document, rounds interleaved across variants.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { BenchError, settle, withTimeout } from './util.mjs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  ...CHROMIUM_ARGS,
  // Previous documents must not stay alive in the back/forward cache: the heap figures would count them.
  '--disable-features=BackForwardCache',
];

export async function launch() {
  if (!existsSync(CHROME_PATH)) {
    throw new BenchError(`no Chromium at ${CHROME_PATH}: install it (Debian: apt-get install chromium) or set CHROME_PATH to its executable.`);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  try {
    return await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  } catch (error) {
    throw new BenchError(`could not start Chromium at ${CHROME_PATH}: ${error.message.split('\n')[0]}`);
  }
}

/**
 * A tab with a CDP session and a viewport of the given width, whose every `goto` is a first
 * visit (no last good copy), unless `keepCopies`.
 */
export async function newTab(browser, width = 1280, height = 900, { keepCopies = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  page.cdp = await page.createCDPSession();
  if (!keepCopies) {
    // Every bench page is a reader's first visit: the feed's last good copy that a previous run
    // kept (src/feed/feed-cache.ts, in Cache Storage) would render before the feed answers and
    // skew every figure timed from the feed. Only the CACHE section keeps copies.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      await page.cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'cache_storage' });
      return goto(url, options);
    };
  }
  return page;
}

/** JS heap of the tab's isolate after a full GC (CDP), in bytes. */
export async function heapAfterGC(page) {
  await page.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await page.cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

let runCounter = 0;
export const nextRun = () => `r${++runCounter}`;

/** Converts a page's timestamps to durations (ms). busy = to the painted frame minus the idle wait for vsync. */
export function durations(t) {
  const vsyncWait = t.tRaf - t.tDom;
  return {
    busy: t.tPaint - t.t0 - vsyncWait,
    wall: t.tPaint - t.t0,
    toDom: t.tDom - t.t0,
    ...(t.navEnd !== undefined && { navBusy: t.tPaint - t.navEnd - vsyncWait }),
  };
}

/** Collects page errors during `fn`; throws the first one. */
async function watchErrors(page, label, fn) {
  const errors = [];
  const onError = (error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    const value = await fn();
    if (errors.length) throw new Error(`${label}: page error: ${errors[0]}`);
    return value;
  } finally {
    page.off('pageerror', onError);
  }
}

/**
 * A page that waits for held data: load `path` (with the run id), wait until it is idle in
 * its loading state, settle, ask for the result, release `payload`. `beforeData(page)` runs
 * before the settle, `after(page, t)` once the result is in (heap, interactions): both outside
 * the window. `timeout`: ms allowed for the render (default RUN_TIMEOUT). Returns { t, before, after }.
 */
export function measureHeldData(page, bench, { path, payload, label, beforeData, after, timeout }) {
  const run = nextRun();
  return watchErrors(page, label, async () => {
    const sep = path.includes('?') ? '&' : '?';
    await withTimeout(page.goto(`${bench.origin}${path}${sep}run=${run}`), `${label}: page load`);
    const ready = await withTimeout(page.evaluate(() => window.__ready), `${label}: page ready`);
    if (!ready) throw new Error(`${label}: the page was not in its loading state before the data arrived`);
    await withTimeout(bench.arrived(run), `${label}: held request`);
    const before = beforeData ? await beforeData(page) : undefined;
    await settle();
    // Ask for the result before releasing the data: no DevTools call lands in the measured window.
    const result = page.evaluate(() => window.__result);
    bench.release(run, typeof payload === 'function' ? payload() : payload);
    const t = await withTimeout(result, `${label}: render`, timeout);
    return { t, before, after: after ? await after(page, t) : undefined };
  });
}

/** A page that is itself the data: its response is held until the tab has settled. */
export function measureHeldDocument(page, bench, { body, label }) {
  const run = nextRun();
  return watchErrors(page, label, async () => {
    const navigation = page.goto(`${bench.origin}/bench/held?run=${run}`, { waitUntil: 'load' });
    navigation.catch(() => {}); // awaited below; never an unhandled rejection meanwhile
    await withTimeout(bench.arrived(run), `${label}: held navigation`);
    await settle();
    bench.release(run, { type: 'text/html; charset=utf-8', body: Buffer.from(body) });
    await withTimeout(navigation, `${label}: page load`);
    const t = await withTimeout(page.evaluate(() => window.__result), `${label}: render`);
    return { t };
  });
}

/**
 * Runs `warmup` uncounted then `reps` counted rounds; each round runs every variant once, in
 * an order that alternates (forward, backward) so order effects and drift hit all alike.
 * `variants`: [{ key, run(tab) → sample }]. Once `minReps` rounds are in, stops adding rounds
 * when one more (of the average length so far) would end past `budgetMs` from the start. `cold`: a browser, to open a new tab (a new renderer process) per
 * run instead of reusing `tab`. `meter`: a CpuMeter, traced over the whole loop. Returns
 * { samples: Map key → sample[], rounds, seconds }.
 */
export async function interleave(tab, variants, { warmup = 1, reps, minReps = reps, budgetMs = Infinity, cold, meter }) {
  const samples = new Map(variants.map((v) => [v.key, []]));
  const started = Date.now();
  await meter?.start();
  let rounds = 0;
  let countedSince;
  for (let round = 0; round < warmup + reps; round++) {
    const counted = round >= warmup;
    if (counted) countedSince ??= Date.now();
    // Over budget (or would be after one more round of the average length): stop, once minReps are in.
    const perRound = rounds ? (Date.now() - countedSince) / rounds : 0;
    if (counted && rounds >= minReps && Date.now() - started + perRound > budgetMs) break;
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const variant of order) {
      const page = cold ? await newTab(cold) : tab;
      const sample = await variant.run(page).finally(() => cold && page.close());
      if (process.env.BENCH_DEBUG) {
        const fields = Object.entries(sample).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${+v.toFixed(1)}`);
        console.log(`  ${counted ? 'run' : 'warm-up'} ${variant.key}: ${fields.join(', ')}`);
      }
      if (counted) samples.get(variant.key).push(sample);
    }
    if (counted) rounds++;
  }
  await meter?.finish();
  if (process.env.BENCH_DEBUG && meter?.enabled) {
    for (const [key, list] of samples) console.log(`  cpu ${key}: ${list.map((s) => (s.cpu ?? NaN).toFixed(1)).join(' ')}`);
  }
  return { samples, rounds, seconds: (Date.now() - started) / 1000 };
}

/**
 * Captures rendered widgets as static markup: each element's shadow root without Lit's
 * comment markers, in a light-DOM <div class="{cls}"> carrying the host's attributes (so that
 * `:host([…])` rules still match), and the element's adopted style sheets with `:host`
 * rewritten to `.{cls}`.
 */
export async function captureStatic(page, tag, cls) {
  const snapshot = await page.evaluate(
    (tag, cls) => {
      const els = [...document.querySelectorAll(tag)];
      const attrs = (el) =>
        [...el.attributes]
          .filter((a) => !['feed', 'id', 'class', 'style'].includes(a.name))
          .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
          .join('');
      const markup = els.map(
        (el) => `<div class="${cls}"${attrs(el)}>${el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s*\n\s*/g, ' ').trim()}</div>`,
      );
      const css = els[0].shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      return { markup, css: css.join('\n') };
    },
    tag,
    cls,
  );
  snapshot.css = snapshot.css.replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, `.${cls}$1`).replace(/:host\b/g, `.${cls}`);
  return snapshot;
}

/**
 * Main-thread CPU time of measured windows, from a Chromium trace kept running over a whole
 * section (categories `toplevel` and `blink.user_timing`: cheap). On a machine shared with
 * other work the renderer is often descheduled, which wall-clock figures count and CPU time
 * does not. Each window [t0, t1] (page ms) is anchored by a performance.mark made right after
 * it: the mark's trace timestamp and startTime give the page-clock → trace-clock offset, and
 * its pid/tid name the renderer's main thread. CPU = thread time (tdur) of that thread's
 * top-level tasks inside the window, tasks cut by an edge counted pro rata.
 */
export class CpuMeter {
  constructor(tab, enabled = true) {
    this.tab = tab;
    this.enabled = enabled;
    this.windows = [];
    this.count = 0;
  }

  async start() {
    if (!this.enabled) return;
    await this.tab.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    this.running = true;
  }

  /** Registers the window [t0, t1] just closed in `page`; finish() sets target[field] to its CPU ms. */
  async window(page, t0, t1, target, field = 'cpu') {
    target[field] = NaN;
    if (!this.running) return;
    const name = `bench-cpu-${++this.count}`;
    await page.evaluate((n) => void performance.mark(n), name);
    this.windows.push({ name, t0, t1, target, field });
  }

  async finish() {
    if (!this.running) return;
    this.running = false;
    const trace = JSON.parse(Buffer.from(await this.tab.tracing.stop()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const marks = new Map();
    const threads = new Map();
    for (const e of events) {
      if (e.cat === 'blink.user_timing' && e.name.startsWith('bench-cpu-')) marks.set(e.name, e);
      else if (e.ph === 'X' && e.dur !== undefined) {
        const key = `${e.pid}:${e.tid}`;
        if (!threads.has(key)) threads.set(key, []);
        threads.get(key).push(e);
      }
    }
    /** Top-level tasks of a thread, sorted, computed once per thread. */
    const tops = new Map();
    const topLevel = (key) => {
      if (!tops.has(key)) {
        const list = (threads.get(key) ?? []).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
        const top = [];
        let end = -Infinity;
        for (const e of list) {
          if (e.ts >= end) {
            top.push(e);
            end = e.ts + e.dur;
          }
        }
        tops.set(key, top);
      }
      return tops.get(key);
    };
    for (const w of this.windows) {
      const mark = marks.get(w.name);
      const startTime = mark?.args?.data?.startTime;
      if (!mark || startTime === undefined) continue;
      const offset = mark.ts - startTime * 1000;
      const a = w.t0 * 1000 + offset;
      const b = w.t1 * 1000 + offset;
      let cpu = 0;
      let known = false;
      for (const e of topLevel(`${mark.pid}:${mark.tid}`)) {
        if (e.ts >= b) break;
        const s = Math.max(a, e.ts);
        const f = Math.min(b, e.ts + e.dur);
        if (f <= s || e.tdur === undefined) continue;
        known = true;
        cpu += e.dur ? (e.tdur * (f - s)) / e.dur : 0;
      }
      if (known) w.target[w.field] = cpu / 1000;
    }
    this.windows = [];
  }
}

/** Durations of a result, and its window registered with the CPU meter. */
export async function timed(page, t, meter) {
  const sample = durations(t);
  if (meter) await meter.window(page, t.t0, t.tPaint, sample);
  return sample;
}
