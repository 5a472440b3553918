/**
 * Layout shift of widgets without a pre-render (issue #13, item 2): each widget alone on a
 * plain partner page (a heading and a paragraph above it, paragraphs below, the loader in the
 * <head>), with a slow feed (held FEED_DELAY ms), at a phone width and a desktop width.
 *
 * - bare: the element with nothing inside (no fallback, no pre-render): it shows a skeleton;
 * - bare, loader blocking="render": the same, the loader's tag with `blocking="render"` (it runs
 *   before the first paint in Chromium; the element's chunk, which it imports, still after);
 * - bare, room in page CSS: the same, on a page whose stylesheet gives bare elements their
 *   skeleton's room before they are defined (the README's `:not(:defined)` rules, read from the
 *   README itself);
 * - one step, no room: no widget, but a box of the bare widget's final height that appears in
 *   one step after the first paint: the move that a first frame without room for the widget
 *   leaves to make. A bare widget splits it in two (its skeleton at definition, then the
 *   content), which scores about as much (less when the skeleton is the shorter: the second
 *   move shifts fewer lines still on screen); no script that runs after the first paint avoids it;
 * - fallback: with the fallback content the embed generator writes (buildSnippet's);
 * - failing: the feed answers 404 (or the id is not in it): the error notice and retry button
 *   appear, the fallback stays.
 *
 * Every quote of the sample feed, five of its actors (cards) and the whole list: a widget's
 * size depends on its data, so each kind reports the worst and the median of its entries, each
 * entry the worst of BENCH_CLS_REPS runs (default 2). CLS is the sum of the `layout-shift`
 * entries without recent input (Chromium's Layout Instability API, headless, through
 * puppeteer-core), from navigation until every widget has rendered or failed, plus 500 ms.
 *
 * "before data" is the part of the score made before the feed answered: the element's definition
 * (a bare element growing from nothing to its skeleton, after the page's first paint). Each load
 * also records when the loader first ran (its first modulepreload link) against the first
 * paint: a loader that ran before the first paint could have reserved room; it prints how often.
 *
 * It also prints what sized the skeletons: the height of each kind's skeleton against the
 * heights its entries render at, per width (BENCH_DEBUG=1 adds every shift and its sources).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTsBundle } from '../import-ts.mjs';
import { newTab } from './browser.mjs';
import { filesUnder, startBenchServer } from './server.mjs';
import { percentile, printTable, root, sleep, verdict, withTimeout } from './util.mjs';
import { bareRoomCss } from '../../src/test-support/bare-room.js';

const FEED_DELAY = 1500;
/** A phone in portrait and a desktop column: the issue's two width bands. */
export const CLS_WIDTHS = [
  { label: '375', width: 375, height: 667 },
  { label: '1000', width: 1000, height: 800 },
];
export const CLS_TARGET = 0.05;
const FEED = '/cls/feed.json';
const MISSING = '/cls/missing.json';
const REPS = Number(process.env.BENCH_CLS_REPS) || 2;

const PARAGRAPH =
  'Les pratiques collaboratives changent la façon dont les territoires mènent leurs projets : ' +
  'associations, entreprises et collectivités y travaillent au même niveau, et les initiatives qui en ' +
  'naissent durent plus longtemps. Cet article de blog partenaire cite le dossier et en reprend un extrait.';

/**
 * The README's rules that give bare elements their skeleton's room before the script runs: the
 * CSS block after its `<!-- bare-room` marker (the partner's copy is the one measured).
 */
function readmeBareRoom() {
  const css = bareRoomCss(readFileSync(join(root, 'README.md'), 'utf8'));
  if (!css) throw new Error('README.md: no ```css block after <!-- bare-room -->');
  return css.trim();
}

/**
 * The one-step reference: a box of `height` px (the widget's final height) that appears at once in the
 * second frame after the first paint, where the widget would be.
 */
const ONE_STEP_SCRIPT = (height) => `<script type="module">
new PerformanceObserver(() => requestAnimationFrame(() => requestAnimationFrame(() => {
  document.getElementById('room').style.height = '${Number(height)}px';
  window.__grown = true;
}))).observe({ type: 'paint', buffered: true });
</script>`;

/**
 * A plain partner page: text above and below the widget, the loader in the head (with
 * `loaderAttributes`), and `head`, extra markup.
 */
function page(widget, head = '', loaderAttributes = '') {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CLS</title>
<script type="module" src="/dist/cdn/loader.js"${loaderAttributes}></script>
<style>body { max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; }</style>
${head}
</head>
<body>
<h1>Un blog partenaire</h1>
<p>${PARAGRAPH}</p>
${widget}
${`<p>${PARAGRAPH}</p>\n`.repeat(4)}
</body>
</html>`;
}

/** The element, its fallback as the embed generator writes it, from the sample feed. */
async function cases() {
  const m = await importTsBundle(['src/feed/parse-feed.ts', 'src/generator/fallback.ts', 'src/generator/strings.ts', 'src/elements.ts']);
  const json = JSON.parse(readFileSync(join(root, 'demo/feeds/pratiques-collaboratives.json'), 'utf8'));
  const { dossier } = m.parseFeed(json, `http://127.0.0.1${FEED}`);
  const words = m.stringsFor('fr').snippet;
  const bareRoom = readmeBareRoom();
  const fallbackOf = async (tag, options) => {
    const { embed } = await m.EMBEDS[tag]();
    return embed.fallback(dossier, options, 'fr', words).map((node) => m.fallbackHtml(node)).join('\n');
  };
  const actors = [...dossier.actors.keys()].filter((_, i) => i % 3 === 0);
  const entries = [
    ...[...dossier.quotes.keys()].map((id) => ({ kind: 'dossier-quote', tag: 'dossier-quote', attrs: `quote="${id}"`, options: { quote: id } })),
    ...actors.map((id) => ({ kind: 'actor-card', tag: 'actor-card', attrs: `actor="${id}"`, options: { actor: id } })),
    { kind: 'actor-list', tag: 'actor-list', attrs: '', options: {} },
  ];
  const list = [];
  for (const entry of entries) {
    const fallback = await fallbackOf(entry.tag, entry.options);
    const element = (feed, inner) => `<${entry.tag} feed="${feed}" ${entry.attrs}>${inner}</${entry.tag}>`;
    list.push({ ...entry, mode: 'bare', html: element(FEED, '') });
    // The loader blocks rendering until it has run (Chromium): the element's chunk still comes after the first paint.
    list.push({ ...entry, mode: 'bare, loader blocking="render"', html: element(FEED, ''), loaderAttributes: ' blocking="render"' });
    list.push({ ...entry, mode: 'bare, room in page CSS', html: element(FEED, ''), head: `<style>${bareRoom}</style>` });
    list.push({ ...entry, mode: 'fallback', html: element(FEED, fallback) });
  }
  // Failing widgets: a feed that answers 404, bare and with fallback; an id not in the feed.
  const quote = entries[0];
  const quoteFallback = await fallbackOf('dossier-quote', quote.options);
  list.push({ kind: 'dossier-quote', mode: 'failing, bare', html: `<dossier-quote feed="${MISSING}"></dossier-quote>` });
  list.push({ kind: 'dossier-quote', mode: 'failing, fallback', html: `<dossier-quote feed="${MISSING}">${quoteFallback}</dossier-quote>` });
  list.push({ kind: 'dossier-quote', mode: 'not found, fallback', html: `<dossier-quote feed="${FEED}" quote="n-existe-pas">${quoteFallback}</dossier-quote>` });
  const card = entries.find((e) => e.kind === 'actor-card');
  list.push({ kind: 'actor-card', mode: 'failing, bare', html: `<actor-card feed="${MISSING}" ${card.attrs}></actor-card>` });
  list.push({ kind: 'actor-card', mode: 'failing, fallback', html: `<actor-card feed="${MISSING}" ${card.attrs}>${await fallbackOf('actor-card', card.options)}</actor-card>` });
  list.push({ kind: 'actor-list', mode: 'failing, fallback', html: `<actor-list feed="${MISSING}">${await fallbackOf('actor-list', {})}</actor-list>` });
  return { list: list.map((c, i) => ({ ...c, id: i })), feed: Buffer.from(JSON.stringify(json)) };
}

/** Sums layout-shift entries without recent input; keeps each shift's sources for BENCH_DEBUG. */
const OBSERVE = () => {
  window.__cls = 0;
  window.__shifts = [];
  // The first frame (its animation frame callbacks run before its style and layout), and the
  // loader's first run: its first modulepreload link (src/chunk-integrity.ts). Room the loader
  // reserved at its start would be in the first frame exactly when it ran before that frame's
  // callbacks (checked: a loader with such a rule removed the definition's shift in those loads
  // and in no other). The first-paint entry is no such mark: it is stamped when the frame is
  // presented, after its layout, and a loader that ran in between missed it.
  requestAnimationFrame(() => (window.__firstFrame = performance.now()));
  // The first definition of an element: when its chunk has run.
  const define = customElements.define.bind(customElements);
  customElements.define = (...args) => {
    window.__defined ??= performance.now();
    return define(...args);
  };
  new MutationObserver((records, observer) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.rel === 'modulepreload'))) {
      window.__loaderRan = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      const rect = (r) => `${Math.round(r.y)}+${Math.round(r.height)}`;
      window.__shifts.push({
        at: entry.startTime,
        value: entry.value,
        sources: (entry.sources ?? []).map((s) => `${s.node?.nodeName ?? '?'} ${rect(s.previousRect)}→${rect(s.currentRect)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** One run: load the page, wait until the widget rendered or failed (or the one-step box grew), read CLS and sizes. */
async function run(tab, origin, c, oneStepHeight) {
  const oneStep = oneStepHeight !== undefined;
  await tab.goto(oneStep ? `${origin}/cls/one-step?h=${oneStepHeight}` : `${origin}/cls/${c.id}`, { waitUntil: 'load' });
  const tag = oneStep ? '#room' : (c.tag ?? c.kind);
  await withTimeout(
    oneStep
      ? tab.waitForFunction(() => window.__grown, { polling: 50, timeout: 20000 })
      : tab.waitForFunction((t) => document.querySelector(t)?.matches(':state(complete), :state(error)'), { polling: 50, timeout: 20000 }, tag),
    `${c.kind} ${oneStep ? 'one step' : c.mode}: render`,
  );
  await sleep(500);
  return tab.evaluate((t) => {
    // Before the feed answered: the element's definition (and its skeleton), not its data.
    const feed = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.startsWith('/cls/') && e.name.endsWith('.json'));
    const early = window.__shifts.filter((s) => s.at < (feed?.responseEnd ?? 0)).reduce((n, s) => n + s.value, 0);
    const before = (t) => (t !== undefined && window.__firstFrame !== undefined ? t < window.__firstFrame : undefined);
    return { cls: window.__cls, early, loaderFirst: before(window.__loaderRan), definedFirst: before(window.__defined), shifts: window.__shifts, height: document.querySelector(t).getBoundingClientRect().height };
  }, tag);
}

/** The skeleton's own height: the bare element while its feed is still held. */
async function skeletonHeight(tab, origin, c) {
  await tab.goto(`${origin}/cls/${c.id}`, { waitUntil: 'load' });
  const tag = c.tag ?? c.kind;
  await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.skeleton'), { polling: 50, timeout: 20000 }, tag);
  return tab.evaluate((t) => document.querySelector(t).getBoundingClientRect().height, tag);
}

/** BENCH_DEBUG=1: every run's score and the worst run's shifts with their sources. */
function debug(size, c, runs, worst, skeleton) {
  if (!process.env.BENCH_DEBUG) return;
  console.log(`  ${size.label} ${c.kind} ${c.mode} ${c.attrs ?? ''}: CLS ${runs.map((r) => r.cls.toFixed(4)).join(' ')}, height ${Math.round(worst.height)}${skeleton ? `, skeleton ${Math.round(skeleton)}` : ''}`);
  for (const s of worst.shifts) console.log(`    ${Math.round(s.at)} ms ${s.value.toFixed(4)}: ${s.sources.join(', ')}`);
}

export async function measureCls(browser) {
  const { list, feed } = await cases();
  const files = filesUnder('dist/cdn');
  const bench = await startBenchServer(files, (url) => {
    if (url.pathname === '/cls/one-step') return page('<div id="room"></div>', ONE_STEP_SCRIPT(url.searchParams.get('h')));
    const match = /^\/cls\/(\d+)$/.exec(url.pathname);
    const c = match && list[Number(match[1])];
    return c ? page(c.html, c.head, c.loaderAttributes) : null;
  });
  const results = [];
  try {
    for (const size of CLS_WIDTHS) {
      const tab = await newTab(browser, size.width, size.height);
      await tab.evaluateOnNewDocument(OBSERVE);
      await tab.setRequestInterception(true);
      // The feed, slow: answered FEED_DELAY ms after the request (404 for the missing one).
      tab.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path === FEED || path === MISSING) {
          setTimeout(() => {
            const found = path === FEED;
            request
              .respond({ status: found ? 200 : 404, contentType: found ? 'application/feed+json' : 'text/plain', headers: { 'access-control-allow-origin': '*' }, body: found ? feed : 'Not found' })
              .catch(() => {});
          }, FEED_DELAY);
        } else request.continue().catch(() => {});
      });
      tab.on('console', () => {});
      for (const c of list) {
        const runs = [];
        for (let i = 0; i < REPS; i++) runs.push(await run(tab, bench.origin, c));
        const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
        const skeleton = c.mode === 'bare' ? await skeletonHeight(tab, bench.origin, c) : undefined;
        const known = (key) => runs.map((r) => r[key]).filter((v) => v !== undefined);
        results.push({ ...c, width: size.label, cls: worst.cls, early: worst.early, runs: runs.map((r) => r.cls), height: worst.height, skeleton, shifts: worst.shifts, loaderFirst: known('loaderFirst'), definedFirst: known('definedFirst') });
        debug(size, c, runs, worst, skeleton);
        if (c.mode !== 'bare') continue;
        // The reference for this entry: its final box, appearing in one step after the first paint.
        const oneStepRuns = [];
        for (let i = 0; i < REPS; i++) oneStepRuns.push(await run(tab, bench.origin, c, Math.round(worst.height)));
        const step = oneStepRuns.reduce((a, b) => (b.cls > a.cls ? b : a));
        const f = { ...c, mode: 'one step, no room', width: size.label, cls: step.cls, early: step.cls, runs: oneStepRuns.map((r) => r.cls), height: step.height, shifts: step.shifts, loaderFirst: [], definedFirst: [] };
        results.push(f);
        debug(size, f, oneStepRuns, step);
      }
      await tab.close();
    }
  } finally {
    bench.close();
  }
  return results;
}

/** Prints CLS per kind, mode and width (worst and median over the entries), then the skeletons' sizes. */
export async function printCls(browser) {
  const results = await measureCls(browser);
  const groups = new Map();
  for (const r of results) {
    const key = `${r.kind}|${r.mode}`;
    if (!groups.has(key)) groups.set(key, { kind: r.kind, mode: r.mode, byWidth: {} });
    (groups.get(key).byWidth[r.width] ??= []).push(r);
  }
  const head = ['widget', 'mode', 'entries', ...CLS_WIDTHS.flatMap((w) => [`${w.label} px worst`, 'median', 'before data']), 'target'];
  const rows = [...groups.values()].map((g) => {
    const cells = CLS_WIDTHS.flatMap((w) => {
      const runs = g.byWidth[w.label] ?? [];
      const values = runs.map((r) => r.cls);
      return [Math.max(...values).toFixed(4), percentile(values, 0.5).toFixed(4), percentile(runs.map((r) => r.early), 0.5).toFixed(4)];
    });
    const worst = Math.max(...Object.values(g.byWidth).flat().map((r) => r.cls));
    // No widget: the move that a first frame without room for the widget leaves to make.
    return [g.kind, g.mode, String(g.byWidth[CLS_WIDTHS[0].label].length), ...cells, g.mode === 'one step, no room' ? '(reference)' : verdict(worst <= CLS_TARGET)];
  });
  printTable(
    `LAYOUT SHIFT — one widget, no pre-render, on a plain page (text above and below), feed held ${FEED_DELAY} ms; worst of ${REPS} runs per entry; target ≤ ${CLS_TARGET}`,
    head,
    rows,
  );
  const sizes = [];
  for (const kind of ['dossier-quote', 'actor-card', 'actor-list']) {
    for (const w of CLS_WIDTHS) {
      const bare = results.filter((r) => r.kind === kind && r.mode === 'bare' && r.width === w.label);
      const heights = bare.map((r) => r.height);
      sizes.push([kind, `${w.label} px`, Math.round(percentile(bare.map((r) => r.skeleton), 0.5)), Math.round(Math.min(...heights)), Math.round(percentile(heights, 0.5)), Math.round(Math.max(...heights))]);
    }
  }
  printTable('SKELETON HEIGHT against the rendered heights of the sample\'s entries (px)', ['widget', 'width', 'skeleton', 'min', 'median', 'max'], sizes);
  const widgets = results.filter((r) => r.mode !== 'one step, no room');
  const worstOf = (rows) => Math.max(...rows.map((r) => r.cls));
  const worst = worstOf(widgets);
  const reserved = widgets.filter((r) => r.mode === 'bare, room in page CSS' || (!r.mode.startsWith('bare') && r.mode !== 'failing, bare'));
  console.log(`Worst of all: ${worst.toFixed(4)} → ${verdict(worst <= CLS_TARGET)}`);
  console.log(`Worst with room in the first frame (fallback, or the README's CSS for bare elements): ${worstOf(reserved).toFixed(4)} → ${verdict(worstOf(reserved) <= CLS_TARGET)}`);
  const after = Math.max(...widgets.map((r) => r.cls - r.early));
  console.log(
    `"before data": the part of the median entry's score before the feed answered, i.e. the element's definition: the page is drawn before the ` +
      `module script runs, then a bare element grows from nothing to its skeleton. From then on (skeleton, fallback or notice to what replaces ` +
      `it), the worst is ${after.toFixed(4)}.`,
  );
  const loads = (blocking, key = 'loaderFirst') => {
    const runs = widgets.filter((r) => blocking === undefined || !!r.loaderAttributes === blocking).flatMap((r) => r[key]);
    return `${runs.filter(Boolean).length} of ${runs.length}`;
  };
  console.log(
    `The loader ran before the first frame in ${loads(false)} loads as a plain module script in the head, in ${loads(true)} with ` +
      `blocking="render" (its first modulepreload link against the first animation frame): only then could a script of ours reserve room ` +
      `in the first frame (an element was defined before the first frame in ${loads(undefined, 'definedFirst')} loads). "one step, no room": the widget's final ` +
      `box appearing at once after the first paint, the move that a first frame without room leaves to make (bare widgets make it in two ` +
      `moves, skeleton then content). Room in the first frame (fallback, pre-render, or the README's CSS) is what removes it.`,
  );
}
