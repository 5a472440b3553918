/**
 * The behaviour every widget shares (core/dossier-element.ts): loading, errors, retry,
 * not-found, the partner's fallback content, themes, language, the last good copy when the feed
 * is down, and axe in every state. Each
 * widget's test file runs it once, with what differs between widgets, and keeps only its own
 * tests:
 *
 *   runDossierElementTests({
 *     tag: 'actor-card',
 *     markup: (feed, id = 'camille-exemple') => html`<actor-card feed=${feed ?? nothing} actor=${id}></actor-card>`,
 *     fixture: 'fictional',
 *     …
 *   });
 *
 * Expected interface strings come from the i18n modules, not copies of them.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../components/dossier-feed/dossier-feed.js';
import type { DossierElement, Theme } from '../core/dossier-element.js';
import type { DossierErrorDetail, DossierLoadDetail, DossierRetryDetail } from '../core/events.js';
import type { FeedErrorKind } from '../feed/feed-error.js';
import { absoluteUrl } from '../feed/feed-store.js';
import { core as en } from '../i18n/en/core.js';
import { core as fr } from '../i18n/fr/core.js';
import { format } from '../i18n/messages.js';
import { settled, shadowText } from './elements.js';
import { captureWarnings, feedUrl, fetchJson, hits, uniqueKey } from './feeds.js';
import { staleTests } from './stale-suite.js';
import { themeTests } from './theme-suite.js';

export interface DossierElementSuite {
  /** The element's tag. */
  tag: string;
  /**
   * The element's markup for a feed URL, showing the entry `id` when the element selects one
   * (its default entry of the fixture when `id` is undefined). No feed: no `feed` attribute
   * (the element is then inside a `<dossier-feed>`, or has nothing to load). It may wrap the
   * element (a box of a given width); the suite adds the fallback content, `theme` and `lang`.
   */
  markup: (feed: string | undefined, id?: string) => TemplateResult;
  /** The feed it renders: a fixture of the test server, `src/test-support/fixtures/<name>.json` or 'sample'. */
  fixture: string;
  /** What shows it rendered its content: a selector in its shadow root, and the text of the first match if fixed. */
  content: { selector: string; text?: string };
  /** Its skeleton while loading without fallback: a selector in its shadow root, and the least height it reserves (px). */
  skeleton: { selector: string; minHeight: number };
  /** An inner box painted in the theme's surface colour, besides the element itself. */
  surface?: string;
  /**
   * For an element that selects one entry by id: an id the fixture does not have, and how the
   * console warning names what was asked for. `false` where not-found cannot happen (say why).
   */
  notFound: { id: string; names: string } | false;
  /**
   * Its own interface strings once rendered: for each selector in its shadow root, the texts
   * (white space collapsed) of all its matches, in French (the default) and in English.
   */
  strings: { fr: Record<string, string[]>; en: Record<string, string[]> };
}

type Widget = DossierElement<unknown>;

/** The partner's own content inside the element, shown before data and after an error. */
const FALLBACK_TEXT = 'Lire le dossier sur le média';

/** What the element suite lends to the suites it runs (themes, last known good): its fixture's name, mounting, waiting for data. */
export interface SuiteBase {
  feedName: string;
  mount: (options: Mount) => Promise<{ el: Widget }>;
  loaded: (el: Widget) => Promise<void>;
}

export interface Mount {
  feed?: string;
  id?: string;
  fallback?: boolean;
  theme?: Theme;
  /** On the element itself. */
  lang?: string;
  /** On a wrapper around it. */
  ancestorLang?: string;
  /** The wrapper's CSS `color-scheme`. */
  scheme?: string;
  /** Inside a `<dossier-feed>` with these attributes (the element then has no feed of its own). */
  provider?: { src: string; timeout: number };
}

interface Mounted {
  el: Widget;
  /** The element's dossier-* events, recorded from before it connected. */
  events: { load: CustomEvent<DossierLoadDetail>[]; error: CustomEvent<DossierErrorDetail>[]; retry: CustomEvent<DossierRetryDetail>[] };
}

export function runDossierElementTests(suite: DossierElementSuite) {
  const { tag, markup, fixture: feedName, content, skeleton, surface, notFound, strings } = suite;

  /**
   * Renders the element's markup detached, adds what the test asks for, and only then puts it
   * in the page: the listeners are there before it connects and fetches (a refused connection
   * can fail before fixture() returns, and an event would be gone before a listener added after).
   */
  async function mount(options: Mount): Promise<Mounted> {
    const container = document.createElement(options.provider ? 'dossier-feed' : 'div');
    if (options.provider) {
      container.setAttribute('src', options.provider.src);
      container.setAttribute('timeout', String(options.provider.timeout));
    }
    if (options.ancestorLang) container.setAttribute('lang', options.ancestorLang);
    if (options.scheme) container.style.colorScheme = options.scheme;
    render(markup(options.feed, options.id), container);
    const el = container.querySelector<Widget>(tag)!;
    if (options.theme) el.setAttribute('theme', options.theme);
    if (options.lang) el.setAttribute('lang', options.lang);
    if (options.fallback) {
      const p = document.createElement('p');
      p.innerHTML = `<a href="https://media.example/dossiers/fictif">${FALLBACK_TEXT}</a>`;
      el.append(p);
    }
    const events: Mounted['events'] = { load: [], error: [], retry: [] };
    el.addEventListener('dossier-load', (e) => events.load.push(e));
    el.addEventListener('dossier-error', (e) => events.error.push(e));
    el.addEventListener('dossier-retry', (e) => events.retry.push(e));
    await fixture(container);
    return { el, events };
  }

  const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
  const texts = (el: Element, selector: string) =>
    [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
  /** Booleans, never DOM nodes, in assertions: a failing one would serialise the node. */
  const has = (el: Element, selector: string) => !!$(el, selector);

  /** Loaded and rendered: its content is there (a map also waits for its geometry and size). */
  async function loaded(el: Widget) {
    await settled(el);
    await waitUntil(() => has(el, content.selector), `<${tag}> did not render ${content.selector}`, { timeout: 3000 });
    await el.updateComplete;
    if (content.text !== undefined) expect(shadowText(el, content.selector)).to.equal(content.text);
  }

  /** The live region: there in every state, polite, saying `text` (nothing: empty). */
  function expectStatus(el: Element, text: string) {
    const status = $(el, '[part=status]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(status!.textContent!.trim()).to.equal(text);
  }

  /** The partner's fallback is slotted and visible. */
  function expectFallback(el: Element) {
    const assigned = el.shadowRoot!.querySelector('slot')?.assignedElements() ?? [];
    expect(assigned.map((node) => node.textContent!.trim())).to.deep.equal([FALLBACK_TEXT]);
    expect(assigned[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
  }

  function expectSurface(el: Element, colour: string) {
    expect(getComputedStyle(el).backgroundColor).to.equal(colour);
    if (surface) expect(getComputedStyle($(el, surface)!).backgroundColor, surface).to.equal(colour);
  }

  /** Its own strings in the rendered element. */
  function expectStrings(el: Element, expected: Record<string, string[]>) {
    for (const [selector, values] of Object.entries(expected)) expect(texts(el, selector), selector).to.deep.equal(values);
  }

  /** The error state: message, retry (unless not found), fallback kept. */
  function expectError(el: Element, message: string, retry: string | undefined) {
    expect(shadowText(el, '[part=error]')).to.equal(message);
    // The message is in the live region, so that it is announced.
    expect(!!$(el, '[part=status] [part=error]')).to.equal(true);
    expect(shadowText(el, '[part=retry]')).to.equal(retry);
    expectFallback(el);
  }

  const namingUrl = (warnings: string[], url: string) => warnings.filter((warning) => warning.includes(url));

  describe(`<${tag}>: what every widget does (element-suite)`, () => {
    it('without a feed: shows the partner\'s fallback, an empty live region, no skeleton; accessible', async () => {
      const { el, events } = await mount({ fallback: true });
      await el.updateComplete;
      expectStatus(el, '');
      expectFallback(el);
      expect(has(el, skeleton.selector) || has(el, '.skeleton')).to.equal(false);
      expect(has(el, '[part=error]')).to.equal(false);
      expect(events.load.length + events.error.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    describe('loading', () => {
      // Portability: a 1.5 s feed. Firefox on a busy 2-core machine loaded a 300 ms one before the checks.
      it('without fallback: announces loading politely, a skeleton reserves the space; accessible; then the content replaces it', async () => {
        await captureWarnings(async () => {
          const { el } = await mount({ feed: feedUrl(feedName, { delay: 1500 }) });
          expectStatus(el, fr.loading);
          expect($(el, '[part=status]')!.className).to.equal('sr-only');
          const shape = $(el, skeleton.selector);
          expect(!!shape, skeleton.selector).to.equal(true);
          // Decorative: hidden from assistive technology, which hears the live region instead.
          expect(!!shape!.closest('[aria-hidden=true]'), 'the skeleton is aria-hidden').to.equal(true);
          expect(el.getBoundingClientRect().height).to.be.greaterThan(skeleton.minHeight);
          await expect(el).to.be.accessible();
          await loaded(el);
          expect(has(el, skeleton.selector)).to.equal(false);
          expectStatus(el, '');
        });
      });

      it('with fallback: announces loading, keeps the partner\'s content, no skeleton; accessible; then the content replaces it', async () => {
        await captureWarnings(async () => {
          const { el } = await mount({ feed: feedUrl(feedName, { delay: 1500 }), fallback: true });
          expectStatus(el, fr.loading);
          expectFallback(el);
          expect(has(el, skeleton.selector) || has(el, '.skeleton')).to.equal(false);
          await expect(el).to.be.accessible();
          await loaded(el);
          expect(has(el, 'slot')).to.equal(false);
        });
      });
    });

    it('loaded: renders its content and fires dossier-load (bubbling, composed, with the dossier and URL); accessible', async () => {
      const feed = feedUrl(feedName);
      const { _dossier } = (await fetchJson(feedName)) as { _dossier: { id: string } };
      await captureWarnings(async () => {
        const { el, events } = await mount({ feed, fallback: true });
        await loaded(el);
        expect(events.load).to.have.length(1);
        const [event] = events.load;
        expect(event!.bubbles && event!.composed).to.equal(true);
        expect(event!.detail.url).to.equal(absoluteUrl(feed));
        expect(event!.detail.dossier.id).to.equal(_dossier.id);
        expect(events.error).to.have.length(0);
        expectStatus(el, '');
        await expect(el).to.be.accessible();
      });
    });

    describe('errors', () => {
      const cases: { label: string; kind: FeedErrorKind; status?: number; feed: () => string; provider?: boolean }[] = [
        { label: 'HTTP 404', kind: 'http', status: 404, feed: () => feedUrl(feedName, { status: 404 }) },
        { label: 'not JSON', kind: 'not-json', feed: () => feedUrl(feedName, { body: 'not-json' }) },
        { label: 'not a dossier feed', kind: 'invalid', feed: () => feedUrl('not-a-dossier') },
        // Nothing listens on port 9 (discard): the connection is refused.
        { label: 'network', kind: 'network', feed: () => `http://127.0.0.1:9/feed.json?key=${uniqueKey('refused')}` },
        // A feed that hangs becomes a message, not an eternal skeleton (the timeout is the provider's).
        { label: 'timeout', kind: 'timeout', feed: () => feedUrl(feedName, { delay: 3000 }), provider: true },
      ];
      for (const { label, kind, status, feed: url, provider } of cases) {
        it(`${label}: says so, offers a retry, keeps the fallback, warns once naming the URL, fires dossier-error; accessible`, async () => {
          const feed = url();
          const warnings = await captureWarnings(async () => {
            const { el, events } = await mount(provider ? { provider: { src: feed, timeout: 100 }, fallback: true } : { feed, fallback: true });
            await waitUntil(() => events.error.length, 'no dossier-error event');
            await el.updateComplete;
            const [event] = events.error;
            expect(event!.bubbles && event!.composed).to.equal(true);
            expect(event!.detail).to.include({ kind, url: absoluteUrl(feed), status });
            expect(event!.detail.error).to.be.an('error');
            expectError(el, format(fr.errors[kind], { status }), fr.retry);
            expect(events.load).to.have.length(0);
            await expect(el).to.be.accessible();
          });
          expect(warnings).to.have.length(1);
          expect(namingUrl(warnings, absoluteUrl(feed))).to.have.length(1);
        });
      }

      it('without fallback: the notice takes the skeleton\'s place, in the same room, on top; the retry button takes focus; accessible', async () => {
        await captureWarnings(async () => {
          // Portability: a 1.5 s feed, so that the skeleton is there before the error (see loading).
          const { el, events } = await mount({ feed: feedUrl(feedName, { delay: 1500, status: 503 }) });
          expect(has(el, skeleton.selector), skeleton.selector).to.equal(true);
          const height = el.getBoundingClientRect().height;
          await waitUntil(() => events.error.length, 'no dossier-error event', { timeout: 5000 });
          await el.updateComplete;
          expect(shadowText(el, '[part=error]')).to.equal(format(fr.errors.http, { status: 503 }));
          // Nothing around the element moves: it keeps the skeleton's height.
          expect(el.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
          // The message is what shows at its place, over the hidden skeleton.
          const box = $(el, '[part=error]')!.getBoundingClientRect();
          const top = el.shadowRoot!.elementFromPoint(box.x + 2, box.y + box.height / 2);
          expect(!!top?.closest('[part=error]'), 'the message is on top').to.equal(true);
          const retry = $(el, '[part=retry]')!;
          retry.focus();
          expect(el.shadowRoot!.activeElement === retry, 'the retry button takes focus').to.equal(true);
          await expect(el).to.be.accessible();
        });
      });
    });

    it('retry: fires dossier-retry, fetches again, and renders once the feed has recovered; accessible', async () => {
      const key = uniqueKey('recover');
      const feed = feedUrl(feedName, { key, fail: 1 });
      const warnings = await captureWarnings(async () => {
        const { el, events } = await mount({ feed, fallback: true });
        await waitUntil(() => events.error.length, 'no dossier-error event');
        await el.updateComplete;
        expectError(el, format(fr.errors.http, { status: 503 }), fr.retry);
        $(el, '[part=retry]')!.click();
        // The retry event's URL is the feed as written (dossier-load's and dossier-error's are absolute).
        expect(events.retry.map((e) => [absoluteUrl(e.detail.url), e.bubbles && e.composed])).to.deep.equal([[absoluteUrl(feed), true]]);
        await el.updateComplete;
        expectStatus(el, fr.loading);
        await loaded(el);
        expect(events.load).to.have.length(1);
        expect(has(el, '[part=error]') || has(el, '[part=retry]')).to.equal(false);
        await expect(el).to.be.accessible();
      });
      expect(await hits(key)).to.equal(2);
      // The failed attempt's (a map also warns about initiatives it cannot place).
      expect(namingUrl(warnings, absoluteUrl(feed))).to.have.length(1);
    });

    if (notFound) {
      it(`not found: says so, names ${notFound.names} in one console warning, keeps the fallback, offers no retry; accessible`, async () => {
        const feed = feedUrl(feedName);
        let mounted!: Mounted;
        const warnings = await captureWarnings(async () => {
          mounted = await mount({ feed, id: notFound.id, fallback: true });
          await waitUntil(() => mounted.events.error.length, 'no dossier-error event');
          await mounted.el.updateComplete;
        });
        const { el, events } = mounted;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.contain(notFound.names).and.contain(absoluteUrl(feed));
        expect(events.error[0]!.detail).to.include({ kind: 'not-found', url: absoluteUrl(feed) });
        expectError(el, fr.errors['not-found'], undefined);
        await expect(el).to.be.accessible();
      });
    }

    describe('themes', () => themeTests({ feedName, mount, loaded, expectSurface }));

    describe('language', () => {
      it('speaks French by default', async () => {
        await captureWarnings(async () => {
          const { el } = await mount({ feed: feedUrl(feedName) });
          await loaded(el);
          expectStrings(el, strings.fr);
        });
      });

      it('speaks English with lang="en", on an ancestor or its own: its strings, the error and the retry; accessible', async () => {
        await captureWarnings(async () => {
          const { el } = await mount({ feed: feedUrl(feedName), ancestorLang: 'en' });
          await loaded(el);
          expectStrings(el, strings.en);
          await expect(el).to.be.accessible();
        });
        const feed = feedUrl(feedName, { status: 500 });
        const warnings = await captureWarnings(async () => {
          const { el: failing, events } = await mount({ feed, lang: 'en', fallback: true });
          await waitUntil(() => events.error.length, 'no dossier-error event');
          await failing.updateComplete;
          expectError(failing, format(en.errors.http, { status: 500 }), en.retry);
          await expect(failing).to.be.accessible();
        });
        expect(warnings).to.have.length(1);
        expect(namingUrl(warnings, absoluteUrl(feed))).to.have.length(1);
      });
    });

    describe('last known good', () => staleTests({ feedName, mount, loaded, expectStatus, has, namingUrl }));
  });
}
