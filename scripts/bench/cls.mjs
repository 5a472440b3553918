/**
 * Layout shift of widgets without a pre-render (issue #13, item 2): each widget alone on a
 * plain partner page (a heading and a paragraph above it, paragraphs below, the loader in the
 * <head>), with a slow feed (held FEED_DELAY ms), at a phone width and a desktop width.
 *
 * - bare: the element with nothing inside (no fallback, no pre-render): it shows a skeleton;
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
 * (a bare element growing from nothing to its skeleton, after the page's first paint).
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

/** A plain partner page: text above and below the widget, the loader in the head. */
function page(widget) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CLS</title>
<script type="module" src="/dist/cdn/loader.js"></script>
<style>body { max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; }</style>
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

/** One run: load the page, wait until the widget rendered or failed, read CLS and sizes. */
async function run(tab, origin, c) {
  await tab.goto(`${origin}/cls/${c.id}`, { waitUntil: 'load' });
  const tag = c.tag ?? c.kind;
  await withTimeout(
    tab.waitForFunction((t) => document.querySelector(t)?.matches(':state(complete), :state(error)'), { polling: 50, timeout: 20000 }, tag),
    `${c.kind} ${c.mode}: render`,
  );
  await sleep(500);
  return tab.evaluate((t) => {
    // Before the feed answered: the element's definition (and its skeleton), not its data.
    const feed = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.startsWith('/cls/') && e.name.endsWith('.json'));
    const early = window.__shifts.filter((s) => s.at < (feed?.responseEnd ?? 0)).reduce((n, s) => n + s.value, 0);
    return { cls: window.__cls, early, shifts: window.__shifts, height: document.querySelector(t).getBoundingClientRect().height };
  }, tag);
}

/** The skeleton's own height: the bare element while its feed is still held. */
async function skeletonHeight(tab, origin, c) {
  await tab.goto(`${origin}/cls/${c.id}`, { waitUntil: 'load' });
  const tag = c.tag ?? c.kind;
  await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.skeleton'), { polling: 50, timeout: 20000 }, tag);
  return tab.evaluate((t) => document.querySelector(t).getBoundingClientRect().height, tag);
}

export async function measureCls(browser) {
  const { list, feed } = await cases();
  const files = filesUnder('dist/cdn');
  const bench = await startBenchServer(files, (url) => {
    const match = /^\/cls\/(\d+)$/.exec(url.pathname);
    return match ? page(list[Number(match[1])].html) : null;
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
        results.push({ ...c, width: size.label, cls: worst.cls, early: worst.early, runs: runs.map((r) => r.cls), height: worst.height, skeleton, shifts: worst.shifts });
        if (process.env.BENCH_DEBUG) {
          console.log(`  ${size.label} ${c.kind} ${c.mode} ${c.attrs ?? ''}: CLS ${runs.map((r) => r.cls.toFixed(4)).join(' ')}, height ${Math.round(worst.height)}${skeleton ? `, skeleton ${Math.round(skeleton)}` : ''}`);
          for (const s of worst.shifts) console.log(`    ${Math.round(s.at)} ms ${s.value.toFixed(4)}: ${s.sources.join(', ')}`);
        }
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
    return [g.kind, g.mode, String(g.byWidth[CLS_WIDTHS[0].label].length), ...cells, verdict(worst <= CLS_TARGET)];
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
  const worst = Math.max(...results.map((r) => r.cls));
  console.log(`Worst of all: ${worst.toFixed(4)} → ${verdict(worst <= CLS_TARGET)}`);
  const after = Math.max(...results.map((r) => r.cls - r.early));
  console.log(
    `"before data": the part of the median entry's score before the feed answered, i.e. the element's definition: the page is drawn before the ` +
      `module script runs, then a bare element grows from nothing to its skeleton. From then on (skeleton, fallback or notice to what replaces ` +
      `it), the worst is ${after.toFixed(4)}.`,
  );
}
