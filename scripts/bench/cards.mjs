/**
 * <actor-card> ×100 and <actor-list> of 500, from the held feed's responseEnd to the painted
 * frame, against the same markup static (captured from the rendered widgets, written in the
 * HTML: the limit). Method as for the quotes (see bench.mjs). The feed is synthetic and
 * fictional (generated here, deterministic), without pictures: the parser accepts only http(s)
 * image URLs, and a picture's download would put the network in the window, so every card
 * shows initials.
 */
import { captureStatic, CpuMeter, interleave, measureHeldData, measureHeldDocument, newTab, timed } from './browser.mjs';
import { heldWidgetsPage, staticPage } from './pages.mjs';
import { ms, printTable, ratio, stats, verdict, withTimeout } from './util.mjs';
import { prng } from '../../src/test-support/synthetic.js';

const CARD_COUNT = 100;
const LIST_COUNT = 500;
const CARD_TARGET = 1.5;

const FIRST = ['Camille', 'Dominique', 'Alex', 'Claude', 'Sacha', 'Maxime', 'Morgane', 'Yannick', 'Lou', 'Noa', 'Charlie', 'Andrea'];
const LAST = ['Exemple', 'Fictif', 'Essai', 'Modèle', 'Témoin', 'Maquette', 'Prototype', 'Brouillon', 'Esquisse', 'Gabarit'];
const ROLES = ['Coordinatrice', 'Président', 'Artisan', 'Chargée de mission', 'Gérant', 'Bénévole', 'Directrice', 'Animateur'];
const ORG_KINDS = ['Association Fictive', 'Coopérative Imaginaire', 'Collectif Inventé', 'Atelier Supposé', 'Tiers-lieu Hypothétique'];
const PLACES = ['Villeneuve-Exemple', 'Bourg-Fictif', 'Saint-Essai', 'Montmaquette', 'La Roche-Témoin', 'Prototype-sur-Allier', 'Val-Gabarit'];
const DEPARTMENTS = ['03', '15', '43', '63'];
const THEMES = [
  { id: 'entraide', name: 'Entraide' },
  { id: 'numerique', name: 'Numérique' },
  { id: 'alimentation', name: 'Alimentation' },
  { id: 'mobilite', name: 'Mobilité' },
  { id: 'habitat', name: 'Habitat' },
  { id: 'culture', name: 'Culture' },
];

/** A fictional dossier with `n` actors: one organisation in five, people speaking for them, places, themes, testimonies. */
export function actorFeed(n, seed = 7) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const places = PLACES.map((name, i) => ({
    id: `lieu-${i}`,
    name,
    department: DEPARTMENTS[i % DEPARTMENTS.length],
    lat: 45 + rand() * 1.5,
    lon: 2.3 + rand() * 1.7,
  }));
  const actors = [];
  const items = [];
  const orgs = [];
  for (let i = 0; i < n; i++) {
    const themes = THEMES.filter(() => rand() < 0.3).map((t) => t.id);
    if (i % 5 === 0) {
      const id = `organisation-${i}`;
      orgs.push(id);
      actors.push({
        id,
        kind: 'organisation',
        name: `${pick(ORG_KINDS)} n° ${i}`,
        role: 'Association',
        place: pick(places).id,
        themes,
        url: `https://organisation-${i}.example/`,
        summary: 'Une structure inventée pour le banc d’essai : elle n’existe pas et ne dit rien de réel.',
      });
    } else {
      const id = `acteur-${i}`;
      const item = `temoignage-${i}`;
      items.push({
        id: item,
        url: `https://media.example/dossiers/fictif/${item}`,
        title: `Témoignage fictif ${i}`,
        content_text: 'Texte fictif.',
        _dossier: { actors: [id] },
      });
      actors.push({
        id,
        kind: 'person',
        name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
        role: pick(ROLES),
        organisation: orgs[orgs.length - 1],
        ...(rand() < 0.8 && { place: pick(places).id }),
        themes,
        ...(rand() < 0.3 && { url: `https://personne-${i}.example/` }),
        ...(rand() < 0.7 && { summary: 'Une personne inventée pour le banc d’essai, avec une phrase de présentation de longueur ordinaire.' }),
      });
    }
  }
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Annuaire fictif',
    home_page_url: 'https://media.example/dossiers/fictif',
    language: 'fr',
    items,
    _dossier: { version: 1, id: `annuaire-fictif-${n}`, title: 'Annuaire fictif', themes: THEMES, places, actors, initiatives: [], quotes: [] },
  };
  return { type: 'application/feed+json; charset=utf-8', body: Buffer.from(JSON.stringify(feed)), ids: actors.map((a) => a.id) };
}

/** Cards in a grid, as a partner's directory page would place them; the same rule for the static copy. */
const GRID = 'main { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }';

export function cardPages(data, script) {
  return (url) => {
    const run = url.searchParams.get('run');
    const feed = `/bench/held?run=${run}`;
    if (url.pathname === '/bench/card/widget') {
      return heldWidgetsPage({
        title: `bench: ${CARD_COUNT} actor-card`,
        tag: 'actor-card',
        feed,
        script,
        style: GRID,
        hasContent: "!!el.shadowRoot?.querySelector('article[part=card]')",
        elements: data.cards.ids.slice(0, CARD_COUNT).map((id) => `<actor-card feed="${feed}" actor="${id}"></actor-card>`),
      });
    }
    if (url.pathname === '/bench/list/widget') {
      return heldWidgetsPage({
        title: `bench: actor-list of ${LIST_COUNT}`,
        tag: 'actor-list',
        feed,
        script,
        hasContent: `el.shadowRoot?.querySelectorAll('[part=list] > li [part=card]').length === ${LIST_COUNT}`,
        elements: [`<actor-list feed="${feed}"></actor-list>`],
      });
    }
    return null;
  };
}

export function cardData() {
  return { cards: actorFeed(CARD_COUNT), list: actorFeed(LIST_COUNT, 11) };
}

/** One section: widget vs static, interleaved. Returns { widget, static } stats for busy/wall/toDom. */
async function widgetVsStatic(browser, bench, { path, payload, tag, cls, label, reps, minReps, budgetMs, warmup, style = '', cold, check, still = false }) {
  const tab = await newTab(browser);
  try {
    await measureHeldData(tab, bench, { path, payload, label: `${label}: capture` });
    const snapshot = await captureStatic(tab, tag, cls);
    if (!check(snapshot)) throw new Error(`${label}: the captured markup is not what was expected`);
    const body = staticPage({ title: `bench: ${label} static`, css: snapshot.css, body: snapshot.markup.join('\n'), style });
    const meter = new CpuMeter(tab, !cold);
    /** Skeletons animate (a pulse) unless the reader prefers reduced motion: the `still` variant emulates that. */
    const motion = (page, reduce) => page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }]);
    const widget = (reduce) => async (page) => {
      await motion(page, reduce);
      try {
        return await timed(page, (await measureHeldData(page, bench, { path, payload, label: `${label} widget` })).t, meter);
      } finally {
        await motion(page, false);
      }
    };
    const variants = [
      { key: 'widget', run: widget(false) },
      ...(still ? [{ key: 'still', run: widget(true) }] : []),
      { key: 'static', run: async (page) => timed(page, (await measureHeldDocument(page, bench, { body, label: `${label} static` })).t, meter) },
    ];
    const { samples, seconds, rounds } = await withTimeout(interleave(tab, variants, { warmup, reps, minReps, budgetMs, cold: cold && browser, meter }), label, 600_000);
    const stat = (key, field) => stats(samples.get(key).map((s) => s[field]));
    return { stat, seconds, rounds, bytes: payload.body.length, staticBytes: Buffer.byteLength(body), cpu: meter.enabled, still };
  } finally {
    await tab.close();
  }
}

const FIELD_NAMES = { busy: 'busy (vsync wait removed)', wall: 'wall clock', cpu: 'main-thread CPU' };
const rowsOf = (label, r) =>
  ['busy', 'wall', ...(r.cpu ? ['cpu'] : [])].flatMap((field) => {
    const s = r.stat('static', field);
    const row = (key, name) => {
      const w = r.stat(key, field);
      return [`${name}, ${FIELD_NAMES[field]}`, ms(w.median), ms(w.p90), ms(s.median), ms(s.p90), ratio(w.median, s.median)];
    };
    return [row('widget', label), ...(r.still && field !== 'wall' ? [row('still', `${label} (still skeletons)`)] : [])];
  });

const CPU_NOTE =
  'main-thread CPU = thread time of the renderer main thread in the same window (Chromium trace): what the machine\'s other load does not inflate.';

export async function measureCards(browser, bench, data, options) {
  const r = await widgetVsStatic(browser, bench, {
    path: '/bench/card/widget',
    payload: data.cards,
    tag: 'actor-card',
    cls: 'ac',
    label: `actor-card ×${CARD_COUNT}`,
    style: GRID,
    ...options,
    still: true,
    check: (s) => s.markup.length === CARD_COUNT && s.markup.every((m) => m.includes('<article')),
  });
  printTable(
    `ACTOR-CARD — ${CARD_COUNT} <actor-card> elements, feed responseEnd → frame painted; ms, ${r.rounds} runs each`,
    ['', 'widget med', 'p90', 'static med', 'p90', 'widget/static'],
    rowsOf(`${CARD_COUNT} cards`, r),
  );
  // The verdict is on the wall clock (data available → frame painted: the "render time" the
  // target speaks of; one vsync wait on each side). "busy" removes the time from DOM ready to
  // the next animation frame as if it were idle, but on the static page that time is the
  // parser, style and layout still working on the 100 cards (its busy median comes out below
  // its own main-thread CPU time in the same window), so it is shown, not judged.
  const q = r.stat('widget', 'wall').median / r.stat('static', 'wall').median;
  const b = r.stat('widget', 'busy').median / r.stat('static', 'busy').median;
  console.log(`Target: widget/static ≤ ${CARD_TARGET}× (wall-clock medians): ${q.toFixed(2)}× → ${verdict(q <= CARD_TARGET)}`);
  console.log(`        busy medians (not judged: see scripts/bench/cards.mjs): ${b.toFixed(2)}×`);
  if (r.cpu) {
    const c = r.stat('widget', 'cpu').median / r.stat('static', 'cpu').median;
    console.log(`        on main-thread CPU medians: ${c.toFixed(2)}× → ${verdict(c <= CARD_TARGET)}`);
  }
  console.log(
    `widget = ${CARD_COUNT} elements on one held feed (${(r.bytes / 1024).toFixed(1)} KB, ${CARD_COUNT} fictional actors, initials, no pictures), ` +
      `skeletons painted first; of which to all cards in the DOM: ${ms(r.stat('widget', 'toDom').median)} ms.\n` +
      `static = the captured shadow DOM of each card as light DOM with the element's styles (${(r.staticBytes / 1024).toFixed(1)} KB page), ` +
      `from the parser reaching it (from the navigation's responseEnd: ${ms(r.stat('static', 'navBusy').median)} ms). ${r.seconds.toFixed(1)} s.`,
  );
  console.log(
    `still skeletons = the same widget page with prefers-reduced-motion: reduce, so the ${CARD_COUNT * 2} skeleton lines do not pulse while\n` +
      `the feed loads: what the loading animation costs the render on this machine (diagnosis; the target is checked on the default).`,
  );
  if (r.cpu) console.log(CPU_NOTE);
}

export async function measureList(browser, bench, data, options) {
  const r = await widgetVsStatic(browser, bench, {
    path: '/bench/list/widget',
    payload: data.list,
    tag: 'actor-list',
    cls: 'al',
    label: `actor-list of ${LIST_COUNT}`,
    ...options,
    check: (s) => s.markup.length === 1 && (s.markup[0].match(/<article/g) ?? []).length === LIST_COUNT,
  });
  printTable(
    `ACTOR-LIST — one <actor-list> of ${LIST_COUNT} actors, feed responseEnd → frame painted; ms, ${r.rounds} runs each`,
    ['', 'widget med', 'p90', 'static med', 'p90', 'widget/static'],
    rowsOf(`${LIST_COUNT} actors`, r),
  );
  console.log(
    `widget = one element, held feed of ${(r.bytes / 1024).toFixed(1)} KB; of which to the list in the DOM (body, JSON.parse, parseFeed, Lit render): ` +
      `${ms(r.stat('widget', 'toDom').median)} ms.\nstatic = the captured list as light DOM (${(r.staticBytes / 1024).toFixed(1)} KB page), reference only ` +
      `(from the navigation's responseEnd: ${ms(r.stat('static', 'navBusy').median)} ms). ${r.seconds.toFixed(1)} s.`,
  );
  if (r.cpu) console.log(CPU_NOTE);
}
