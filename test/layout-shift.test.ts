/**
 * Layout shift of widgets without a pre-render (issue #13): each widget on a plain page (text
 * above and below it), with the sample feed served late by the test server, at a phone width
 * and a desktop width. The score counts what moves once the element shows its loading state
 * (skeleton, or the partner's fallback): the arrival of the content, or of the error notice.
 * The element is defined before it is mounted here, so its upgrade moves nothing; on a real
 * page the upgrade comes after the first paint (the loader is a module script), see
 * `BENCH_ONLY=cls npm run bench`, which measures the whole page. The exception: a bare element
 * on a page with the README's room for it, defined late here (a tag of its own), counted from
 * before its definition.
 *
 * Chromium only: `layout-shift` entries (the Layout Instability API, what CLS is made of) exist
 * in Chromium alone; Firefox and WebKit have no such entry type, so these tests skip there. The
 * last suite (the README's room against the skeletons' heights) runs in every engine.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import { ActorCard, ActorList, DossierQuote } from '../src/index.js';
import { bareRoomCss } from '../src/test-support/bare-room.js';
import { settled } from '../src/test-support/elements.js';
import { captureWarnings, feedUrl } from '../src/test-support/feeds.js';
import { parseFeed } from '../src/feed/parse-feed.js';
import { engineSupport } from './engine-support.js';
import { loadEmbeds } from '../src/generator/embeds.js';
import { fallbackHtml } from '../src/generator/fallback.js';
import { generator as frStrings } from '../src/i18n/fr/generator.js';

const TARGET = 0.05;
const WIDTHS = [
  { width: 375, height: 667 },
  { width: 1000, height: 800 },
];
const PARAGRAPH =
  'Un article de blog partenaire, avant et après le widget : des associations, des entreprises et des collectivités ' +
  'travaillent au même niveau, et les initiatives qui en naissent durent plus longtemps.';

/** A widget of the sample feed for each element: the entry whose rendered height is the median at 375 px (npm run bench). */
const CASES = [
  { tag: 'dossier-quote', options: { quote: 'organisations-en-reseau' } },
  { tag: 'actor-card', options: { actor: 'cocotte-numerique' } },
  { tag: 'actor-list', options: {} },
] as const;

/** The element with its attributes, and its fallback as the embed generator writes it. */
async function markup(tag: (typeof CASES)[number]['tag'], options: Record<string, string>) {
  const json = await (await fetch(feedUrl('sample'))).json();
  const { dossier } = parseFeed(json, new URL(feedUrl('sample'), location.href).href);
  const embed = (await loadEmbeds()).get(tag)!;
  const fallback = embed.fallback(dossier!, options, 'fr', frStrings.snippet).map((node) => fallbackHtml(node)).join('');
  const attrs = Object.entries(options).map(([name, value]) => ` ${name}="${value}"`).join('');
  return (feed: string, withFallback: boolean) => `<${tag} feed="${feed}"${attrs}>${withFallback ? fallback : ''}</${tag}>`;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown>; loadComplete: Promise<unknown> };

const CLASSES = { 'dossier-quote': DossierQuote, 'actor-card': ActorCard, 'actor-list': ActorList };

/**
 * The README's rules that give bare elements their skeleton's room before the script runs (the
 * CSS block after its `<!-- bare-room` marker: the partner's copy is the one tested), by tag.
 */
async function bareRoomRules(): Promise<Map<string, CSSStyleRule>> {
  const readme = await (await fetch('/README.md')).text();
  const css = bareRoomCss(readme);
  expect(css, 'README: a ```css block after <!-- bare-room -->').to.be.a('string');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css!);
  const rules = [...sheet.cssRules] as CSSStyleRule[];
  return new Map(rules.map((rule) => [rule.selectorText.split(':')[0]!, rule]));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Mounts `widget` between paragraphs, waits until it shows its loading state, then sums the
 * layout-shift entries (without recent input) until it has settled and two more frames drew.
 */
async function shiftScore(widget: string, tag = 'dossier-quote, actor-card, actor-list', define?: () => void): Promise<number> {
  const page = await fixture<HTMLElement>(html`<main style="max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 serif"></main>`);
  page.innerHTML = `<h1>Un blog partenaire</h1><p>${PARAGRAPH}</p>${widget}${`<p>${PARAGRAPH}</p>`.repeat(4)}`;
  const el = page.querySelector<Widget>(tag)!;
  // A tag defined late is counted from before its definition: its upgrade and skeleton too.
  if (!define) await el.updateComplete;
  await frame();
  await frame();
  let score = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) score += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  define?.();
  await captureWarnings(() => settled(el));
  await frame();
  await frame();
  observer.takeRecords().forEach((entry) => (score += (entry as PerformanceEntry & { value: number }).value));
  observer.disconnect();
  return score;
}

describe('layout shift without a pre-render (Chromium: layout-shift entries)', () => {
  before(function () {
    // Firefox and WebKit have no Layout Instability API: nothing to measure there.
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
  });
  after(async () => {
    if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) await setViewport({ width: 800, height: 600 });
  });

  for (const { width, height } of WIDTHS) {
    describe(`${width} px wide`, () => {
      before(() => setViewport({ width, height }));

      for (const { tag, options } of CASES) {
        it(`<${tag}> bare: its skeleton gives way to the content with a shift ≤ ${TARGET}`, async () => {
          const widget = await markup(tag, options);
          expect(await shiftScore(widget(feedUrl('sample', { delay: 1000 }), false))).to.be.at.most(TARGET);
        });

      }

      // With fallback, the shift is the difference between the generator's fallback and the
      // widget: a quote's words take about the quote's room, a card's fallback is its rows as
      // paragraphs, a list's each actor's head (a one-line-per-actor fallback scored 0.05–0.10
      // with cards and lists: the bench prints each entry).
      for (const { tag, options } of CASES) {
        it(`<${tag}> with the generator's fallback: the fallback gives way to the content with a shift ≤ ${TARGET}`, async () => {
          const widget = await markup(tag, options);
          expect(await shiftScore(widget(feedUrl('sample', { delay: 1000 }), true))).to.be.at.most(TARGET);
        });
      }

      // A bare element on a page with the README's rules: its room is there before the script
      // runs, so neither its definition nor its content moves much. (Without them, its
      // definition alone scores 0.09–0.44 after the first paint: `BENCH_ONLY=cls npm run bench`.)
      for (const { tag, options } of CASES) {
        it(`<${tag}> bare, with the README's room for it: from before its definition to its content, a shift ≤ ${TARGET}`, async () => {
          const rule = (await bareRoomRules()).get(tag)!;
          // A tag of its own, defined only once on the page, as when the script loads late.
          const late = `late-${tag}-${Math.random().toString(36).slice(2)}`;
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`${late}${rule.selectorText.slice(tag.length)} { ${rule.style.cssText} }`);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          try {
            const widget = (await markup(tag, options))(feedUrl('sample', { delay: 1000 }), false).replace(new RegExp(`\\b${tag}\\b`, 'g'), late);
            const Base = CLASSES[tag] as unknown as CustomElementConstructor;
            const score = await shiftScore(widget, late, () => customElements.define(late, class extends Base {}));
            expect(score).to.be.at.most(TARGET);
          } finally {
            document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
          }
        });
      }

      it('a failing bare widget: the error notice takes the skeleton\'s place, nothing moves', async () => {
        const widget = await markup('dossier-quote', CASES[0].options);
        expect(await shiftScore(widget(feedUrl('sample', { delay: 1000, status: 404 }), false))).to.equal(0);
      });

      it(`a failing widget with fallback: the notice comes after the fallback, a shift ≤ ${TARGET}`, async () => {
        const widget = await markup('dossier-quote', CASES[0].options);
        expect(await shiftScore(widget(feedUrl('sample', { delay: 1000, status: 404 }), true))).to.be.at.most(TARGET);
      });
    });
  }
});

/**
 * The README's room for a bare element is its skeleton's height: a page that gives it that room
 * before the script runs sees nothing move when the skeleton takes its place. Every engine (the
 * heights need no Layout Instability API), at both widths where the test runner can set them.
 */
describe('the README\'s room for bare elements is their skeleton\'s height', () => {
  for (const { width, height } of WIDTHS) {
    for (const { tag, options } of CASES) {
      it(`<${tag}> at ${width} px`, async function () {
        // WebKitGTK's classic WebDriver cannot set the viewport: there, its window's width only.
        if ((await engineSupport()).engine !== 'webkit') await setViewport({ width, height });
        else if (width !== WIDTHS[0]!.width) this.skip();
        const rule = (await bareRoomRules()).get(tag);
        expect(rule, `README: a ${tag}:not(:defined) rule`).to.not.equal(undefined);
        expect(rule!.selectorText).to.equal(`${tag}:not(:defined):empty`);
        const page = await fixture<HTMLElement>(html`<main style="max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 serif"></main>`);
        page.innerHTML = (await markup(tag, options))(feedUrl('sample', { delay: 3000 }), false) + '<div></div>';
        const el = page.firstElementChild as Widget;
        const room = page.lastElementChild as HTMLElement;
        room.style.cssText = rule!.style.cssText;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.skeleton'), 'the skeleton shows').to.not.equal(null);
        if (tag === 'actor-list') {
          // A list's room is one screen: what follows it starts below the screen (a list is
          // usually taller), and moves nothing on screen when the skeleton or the list replaces it.
          expect(room.getBoundingClientRect().height).to.equal(innerHeight);
        } else {
          // Within 2 px: WebKitGTK lays the skeleton's lines (sized in `lh`) 1.1 px shorter than
          // Chromium and Firefox; 2 px of difference moves a 667 px screen by less than 0.003.
          expect(el.getBoundingClientRect().height).to.be.closeTo(room.getBoundingClientRect().height, 2);
        }
        await captureWarnings(() => settled(el));
      });
    }
  }
  after(async () => {
    if ((await engineSupport()).engine !== 'webkit') await setViewport({ width: 800, height: 600 });
  });
});
