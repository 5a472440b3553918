/**
 * RENDER TIMING of <dossier-quote>: "data available → pixels ready" (method: see bench.mjs),
 * against the same markup static and set by innerHTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureStatic, CpuMeter, interleave, measureHeldData, measureHeldDocument, newTab, timed } from './browser.mjs';
import { heldWidgetsPage, innerHtmlPage, staticPage } from './pages.mjs';
import { ms, printTable, ratio, root, stats, withTimeout } from './util.mjs';

const FEED_FILE = 'demo/feeds/pratiques-collaboratives.json';
const QUOTE_IDS = ['pratique-collaborative-definition', 'pratiques-et-economie', 'organisations-en-reseau'];
const COUNTS = [1, 20];

const widgetPage = (n, run, script) => {
  const feed = `/bench/held?run=${run}`;
  return heldWidgetsPage({
    title: `bench: ${n} dossier-quote`,
    tag: 'dossier-quote',
    feed,
    script,
    hasContent: "!!el.shadowRoot?.querySelector('figure[part=quote]')",
    elements: Array.from({ length: n }, (_, i) => `<dossier-quote feed="${feed}" quote="${QUOTE_IDS[i % QUOTE_IDS.length]}"></dossier-quote>`),
  });
};

/** The pages this section serves: /bench/quote/{widget,innerhtml}?n=&run= */
export function quotePages(state, script) {
  return (url) => {
    const n = Number(url.searchParams.get('n'));
    const run = url.searchParams.get('run');
    if (url.pathname === '/bench/quote/widget') return widgetPage(n, run, script);
    if (url.pathname === '/bench/quote/innerhtml' && state.snapshot) {
      return innerHtmlPage({
        title: `bench: ${n} quotes by innerHTML`,
        css: state.snapshot.css,
        feed: `/bench/held?run=${run}`,
        check: `main.querySelectorAll('figure').length === ${n}`,
      });
    }
    return null;
  };
}

const staticQuotes = (n, snapshot) => Array.from({ length: n }, (_, i) => snapshot.markup[i % snapshot.markup.length]).join('\n');

export async function measureQuotes(browser, bench, state, { reps, minReps, budgetMs, warmup, cold }) {
  const feed = { type: 'application/feed+json; charset=utf-8', body: readFileSync(join(root, FEED_FILE)) };
  const tab = await newTab(browser);
  try {
    // Capture the rendered quotes once, for the static and innerHTML references.
    await measureHeldData(tab, bench, { path: `/bench/quote/widget?n=${QUOTE_IDS.length}`, payload: feed, label: 'quotes: capture' });
    state.snapshot = await captureStatic(tab, 'dossier-quote', 'dq');
    if (!state.snapshot.css.includes('figure') || state.snapshot.markup.some((m) => !m.includes('<figure'))) {
      throw new Error('quotes: the rendered quotes have no <figure> or no styles');
    }
    const meter = new CpuMeter(tab, !cold);
    const variants = COUNTS.flatMap((n) => [
      {
        key: `widget:${n}`,
        run: async (page) =>
          timed(page, (await measureHeldData(page, bench, { path: `/bench/quote/widget?n=${n}`, payload: feed, label: `quote widget ×${n}` })).t, meter),
      },
      {
        key: `static:${n}`,
        run: async (page) =>
          timed(
            page,
            (
              await measureHeldDocument(page, bench, {
                body: staticPage({ title: `bench: ${n} static quotes`, css: state.snapshot.css, body: staticQuotes(n, state.snapshot) }),
                label: `quote static ×${n}`,
              })
            ).t,
            meter,
          ),
      },
      {
        key: `innerhtml:${n}`,
        run: async (page) =>
          timed(
            page,
            (
              await measureHeldData(page, bench, {
                path: `/bench/quote/innerhtml?n=${n}`,
                payload: { type: 'text/html; charset=utf-8', body: Buffer.from(staticQuotes(n, state.snapshot)) },
                label: `quote innerHTML ×${n}`,
              })
            ).t,
            meter,
          ),
      },
    ]);
    const { samples, seconds, rounds } = await withTimeout(
      interleave(tab, variants, { warmup, reps, minReps, budgetMs, cold: cold && browser, meter }),
      'quotes section',
      600_000,
    );

    const stat = (variant, n, field) => stats(samples.get(`${variant}:${n}`).map((s) => s[field]));
    for (const [field, title] of [
      ['busy', 'data available → frame painted, idle wait for vsync removed'],
      ['wall', 'data available → end of the next painted frame, wall clock (includes 0–16.7 ms vsync wait)'],
      ...(meter.enabled ? [['cpu', 'main-thread CPU time in the same window (trace thread time: what load on the machine does not inflate)']] : []),
    ]) {
      const rows = COUNTS.map((n) => {
        const [w, s, h] = ['widget', 'static', 'innerhtml'].map((v) => stat(v, n, field));
        return [`${n} quote${n > 1 ? 's' : ''}`, ms(w.median), ms(w.p90), ms(s.median), ms(s.p90), ratio(w.median, s.median), ms(h.median), ms(h.p90), ratio(w.median, h.median)];
      });
      printTable(
        `RENDER — ${title}; ms, ${rounds} runs each`,
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
Ratios are of medians, same run; ${rounds} runs per cell after ${warmup} warm-up round(s), variants interleaved; ${seconds.toFixed(1)} s.`);
  } finally {
    await tab.close();
  }
}
