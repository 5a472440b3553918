import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import './dossier-intro.js';
import '../dossier-feed/dossier-feed.js';
import type { DossierIntro } from './dossier-intro.component.js';
import { FeedStore } from '../../feed/feed-store.js';
import { intro as enIntro } from '../../i18n/en/intro.js';
import { intro as frIntro } from '../../i18n/fr/intro.js';
import { format } from '../../i18n/messages.js';
import { settled, shadowText as text } from '../../test-support/elements.js';
import { runDossierElementTests } from '../../test-support/element-suite.js';
import { feedUrl } from '../../test-support/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
/** Whether the shadow root has a match. Assertions compare booleans, never DOM nodes: a failing
 * assertion on a node can stall the runner while it serialises the node for the report. */
const has = (el: Element, selector: string) => !!shadow(el).querySelector(selector);
/**
 * Rendered and not hidden (by `hidden`, or inside a closed `<details>`, whose content keeps its
 * boxes under `content-visibility: hidden` in current engines: hence checkVisibility(), not boxes).
 */
const visible = (el: Element, selector: string) => {
  const node = shadow(el).querySelector<HTMLElement>(selector);
  return !!node && node.checkVisibility();
};

async function intro(template: ReturnType<typeof html>) {
  return settled(await fixture<DossierIntro>(template));
}

const strings = (t: typeof frIntro) => ({
  '[part=byline] > span': [format(t.by, { authors: 'Rédaction Exemple' })],
  '[part=byline] a': [t.dossier],
  '.actors-label': [t.actors],
});

runDossierElementTests({
  tag: 'dossier-intro',
  markup: (feed) => html`<dossier-intro feed=${feed ?? nothing}></dossier-intro>`,
  fixture: 'fictional',
  content: { selector: '[part=title]', text: 'Dossier fictif' },
  skeleton: { selector: '.skeleton-intro', minHeight: 100 },
  surface: 'article',
  // Any dossier has an intro (tested below: 'never says "not found"').
  notFound: false,
  strings: { fr: strings(frIntro), en: strings(enIntro) },
});

/**
 * Feeds built in the test, for what the fixtures do not have (hostile intro HTML, a dossier
 * date). They go through a FeedStore with its own fetcher, installed as the page's shared store
 * the way stories/story-feeds.ts does it: same parser, same widget code path as a real feed.
 */
const STORE_KEY = Symbol.for('dossier-widgets.feed-store');
const injected = new Map<string, unknown>();
let previousStore: unknown;
let injectedCount = 0;

function serve(dossier: Record<string, unknown>, feed: Record<string, unknown> = {}): string {
  const path = `/intro-test-feeds/${++injectedCount}`;
  injected.set(path, {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Dossier injecté',
    home_page_url: 'https://media.example/dossiers/injecte',
    language: 'fr',
    authors: [{ name: 'Rédaction Exemple' }],
    items: [],
    ...feed,
    _dossier: { version: 1, id: 'dossier-injecte', title: 'Dossier injecté', ...dossier },
  });
  return path;
}

before(() => {
  const global = globalThis as unknown as Record<symbol, unknown>;
  previousStore = global[STORE_KEY];
  global[STORE_KEY] = new FeedStore(async (input, init) => {
    const feed = injected.get(new URL(String(input), document.baseURI).pathname);
    if (feed === undefined) return fetch(input, init);
    return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/feed+json' } });
  });
});

after(() => {
  (globalThis as unknown as Record<symbol, unknown>)[STORE_KEY] = previousStore;
});

type Flagged = typeof window & { __introPwned?: unknown };

describe('<dossier-intro>', () => {
  describe('content', () => {
    it('shows title (h2), standfirst, sanitised intro, byline, dossier link and actors', async () => {
      const el = await intro(html`<dossier-intro feed=${feedUrl('fictional')}></dossier-intro>`);
      const article = shadow(el).querySelector('article[part=intro]')!;
      expect(article.getAttribute('aria-labelledby')).to.equal('title');
      const title = article.querySelector('[part=title]')!;
      expect(title.localName).to.equal('h2');
      expect(title.id).to.equal('title');
      expect(title.textContent).to.equal('Dossier fictif');
      expect(text(el, '[part=standfirst]')).to.equal('Un dossier inventé pour les tests : aucune de ces personnes n’existe.');
      expect(shadow(el).querySelector('[part=body]')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('<p>Intro <em>fictive</em>.</p>');
      expect(text(el, '[part=byline] span')).to.equal('Par Rédaction Exemple');
      const dossierLink = shadow(el).querySelector<HTMLAnchorElement>('[part=byline] a[part=link]')!;
      expect([dossierLink.textContent, dossierLink.href]).to.deep.equal(['Voir le dossier complet', 'https://media.example/dossiers/fictif']);
      // No date in this feed: no empty "Publié le".
      expect(has(el, 'time')).to.equal(false);
      expect(text(el, '.actors-label')).to.equal('Les acteurs du dossier');
      expect(shadow(el).querySelector('ul[part=actors]')!.getAttribute('aria-labelledby')).to.equal('actors-label');
      expect(texts(el, '[part=actor] .name')).to.deep.equal(['Camille Exemple', 'Association Fictive', 'Dominique Test', 'Alex Sans-Citation']);
      expect(has(el, '[part=toggle]')).to.equal(false);
    });

    it('links an actor to their first testimony when there is one, and is plain text otherwise (never an empty href)', async () => {
      const el = await intro(html`<dossier-intro feed=${feedUrl('fictional')}></dossier-intro>`);
      const actors = [...shadow(el).querySelectorAll('[part=actor]')];
      const camille = actors[0]!.querySelector<HTMLAnchorElement>('a[part=link]')!;
      expect(camille.href).to.equal('https://media.example/dossiers/fictif/camille-exemple');
      expect(camille.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Camille Exemple');
      expect(actors.slice(1).map((actor) => !!actor.querySelector('a'))).to.deep.equal([false, false, false]);
      expect(shadow(el).querySelectorAll('a:not([href]), a[href=""], a[href="#"]')).to.have.length(0);
    });

    it('shows a picture with alt="" next to the visible name, or initials', async () => {
      const el = await intro(html`<dossier-intro feed=${feedUrl('fictional')}></dossier-intro>`);
      const img = shadow(el).querySelector<HTMLImageElement>('[part=actor] [part=avatar] img')!;
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.src).to.match(/avatar\.svg$/);
      // Dominique's picture does not exist: initials once it fails.
      await waitUntil(() => shadow(el).querySelectorAll('[part=avatar] img').length === 1, 'image error not handled');
      expect(texts(el, '[part=avatar]')).to.deep.equal(['', 'AF', 'DT', 'AS']);
      const initialsAvatar = shadow(el).querySelectorAll('[part=avatar]')[1]!;
      expect(initialsAvatar.getAttribute('aria-hidden')).to.equal('true');
    });

    it('renders the sample feed: its intro text, author and actors', async () => {
      const el = await intro(html`<dossier-intro feed=${feedUrl('sample')}></dossier-intro>`);
      expect(text(el, '[part=title]')).to.equal('Pratiques collaboratives');
      expect(text(el, '[part=body]')).to.contain('Les pratiques collaboratives incluent');
      expect(shadow(el).querySelectorAll('[part=body] > p')).to.have.length(3);
      expect(text(el, '[part=byline]')).to.contain('Damien Caillard');
      expect(shadow(el).querySelectorAll('[part=actor]')).to.have.length(15);
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for the title, from 2 to 6', async () => {
      const cases: [string, string][] = [['3', 'h3'], ['6', 'h6'], ['1', 'h2'], ['9', 'h6'], ['abc', 'h2']];
      for (const [level, tag] of cases) {
        const el = await intro(html`<dossier-intro feed=${feedUrl('fictional')} heading-level=${level}></dossier-intro>`);
        expect(shadow(el).querySelector('[part=title]')!.localName, `heading-level="${level}"`).to.equal(tag);
      }
    });

    it('marks the dossier\'s own words with the dossier\'s language', async () => {
      const el = await intro(html`<dossier-intro lang="en" feed=${feedUrl('fictional')}></dossier-intro>`);
      for (const part of ['title', 'standfirst', 'body']) {
        expect(shadow(el).querySelector(`[part=${part}]`)!.getAttribute('lang'), part).to.equal('fr');
      }
    });
  });

  describe('untrusted content', () => {
    afterEach(() => delete (window as Flagged).__introPwned);

    it('sanitises a hostile intro: no script, handler, javascript: link, style or frame survives, nothing runs', async () => {
      const url = serve({
        intro_html:
          '<p onclick="window.__introPwned = 1" style="position:fixed;inset:0">Texte <a href="javascript:window.__introPwned = 2">piégé</a>' +
          ' et <a href="https://media.example/ok" onclick="window.__introPwned = 3">sûr</a>.</p>' +
          '<script>window.__introPwned = 4</script>' +
          '<img src=x onerror="window.__introPwned = 5">' +
          '<style>:host { display: none !important } p { color: red }</style>' +
          '<iframe src="javascript:parent.__introPwned = 6" srcdoc="<script>parent.__introPwned = 7</script>"></iframe>' +
          '<svg><script>window.__introPwned = 8</script></svg>' +
          '<a href=" JaVaScRiPt:window.__introPwned = 9">caché</a>',
      });
      const el = await intro(html`<dossier-intro feed=${url}></dossier-intro>`);
      const body = shadow(el).querySelector('[part=body]')!;
      expect(body.querySelectorAll('script, img, style, iframe, svg, [style], [onclick]')).to.have.length(0);
      expect([...body.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).to.deep.equal([
        ['sûr', 'https://media.example/ok', 'noopener noreferrer'],
      ]);
      const attributes = [...body.querySelectorAll('*')].flatMap((node) => node.getAttributeNames());
      expect([...new Set(attributes)].sort()).to.deep.equal(['href', 'rel']);
      expect(body.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Texte piégé et sûr.caché');
      expect(getComputedStyle(el).display).to.equal('block');
      shadow(el).querySelector<HTMLElement>('[part=body] p')!.click();
      await aTimeout(100);
      expect((window as Flagged).__introPwned).to.equal(undefined);
    });

    it('renders title, standfirst and actor names from the feed as text', async () => {
      const url = serve({
        title: '<img src=x onerror="window.__introPwned = 1">Titre',
        standfirst: '<b>Chapô</b>',
        actors: [{ id: 'a', kind: 'person', name: '<script>window.__introPwned = 2</script>' }],
      });
      const el = await intro(html`<dossier-intro feed=${url}></dossier-intro>`);
      expect(text(el, '[part=title]')).to.equal('<img src=x onerror="window.__introPwned = 1">Titre');
      expect(text(el, '[part=standfirst]')).to.equal('<b>Chapô</b>');
      expect(shadow(el).querySelectorAll('img, b, script')).to.have.length(0);
      await aTimeout(50);
      expect((window as Flagged).__introPwned).to.equal(undefined);
    });
  });

  describe('collapsed', () => {
    const toggle = (el: Element) => shadow(el).querySelector<HTMLElement>('[part=toggle]')!;
    /** The label a reader sees (CSS shows one of the two). */
    const label = (el: Element) => toggle(el).innerText.trim();
    const open = (el: Element) => shadow(el).querySelector('details')!.open;

    it('shows only title, standfirst and a "Lire la suite" disclosure (details/summary) around the rest', async () => {
      const el = await intro(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
      expect(visible(el, '[part=title]')).to.equal(true);
      expect(visible(el, '[part=standfirst]')).to.equal(true);
      for (const part of ['body', 'byline', 'actors']) expect(visible(el, `[part=${part}]`), part).to.equal(false);
      expect(toggle(el).localName).to.equal('summary');
      expect(label(el)).to.equal('Lire la suite');
      expect(open(el)).to.equal(false);
      expect(toggle(el).parentElement!.contains(shadow(el).querySelector('[part=body]'))).to.equal(true);
      // Looks like a button: no disclosure triangle.
      expect(getComputedStyle(toggle(el)).display).to.equal('inline-block');
      await expect(el).to.be.accessible();
    });

    it('expands in place on click, and collapses again with "Réduire"', async () => {
      const el = await intro(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
      const summary = toggle(el);
      summary.click();
      await el.updateComplete;
      expect(open(el)).to.equal(true);
      expect(label(el)).to.equal('Réduire');
      for (const part of ['body', 'byline', 'actors']) expect(visible(el, `[part=${part}]`), part).to.equal(true);
      expect(text(el, '[part=body]')).to.equal('Intro fictive.');
      await expect(el).to.be.accessible();
      summary.click();
      await el.updateComplete;
      expect(toggle(el) === summary, 'the same summary').to.equal(true);
      expect(open(el)).to.equal(false);
      expect(label(el)).to.equal('Lire la suite');
      expect(visible(el, '[part=body]')).to.equal(false);
    });

    it('is operable with the keyboard (Enter, Space), focus staying on the summary', async () => {
      const el = await intro(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
      const summary = toggle(el);
      summary.focus();
      expect(shadow(el).activeElement === summary, 'the summary takes focus').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(open(el)).to.equal(true);
      expect(visible(el, '[part=body]')).to.equal(true);
      expect(shadow(el).activeElement === summary, 'focus on the summary').to.equal(true);
      // ' ' rather than 'Space': Firefox's WebDriver BiDi only knows the former.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(open(el)).to.equal(false);
      expect(visible(el, '[part=body]')).to.equal(false);
    });

    it('keeps the same sanitised nodes across re-renders (toggling, collapsed on and off, language)', async () => {
      const el = await intro(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`);
      const paragraph = shadow(el).querySelector('[part=body] p')!;
      for (let i = 0; i < 3; i++) {
        toggle(el).click();
        await el.updateComplete;
      }
      el.collapsed = false;
      await el.updateComplete;
      expect(has(el, '[part=toggle]')).to.equal(false);
      expect(visible(el, '[part=body]')).to.equal(true);
      el.lang = 'en';
      await el.updateComplete;
      el.collapsed = true;
      await el.updateComplete;
      // Collapsing anew starts collapsed.
      expect(open(el)).to.equal(false);
      toggle(el).click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=body] p') === paragraph, 'the same sanitised nodes').to.equal(true);
      expect(text(el, '[part=body]')).to.equal('Intro fictive.');
      expect(visible(el, '[part=body]')).to.equal(true);
    });
    it('still shows the intro when its template is rendered anew for the same feed (a reload through the provider)', async () => {
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('fictional')} timeout="15000">
        <dossier-intro></dossier-intro></dossier-feed>`);
      const el = await settled(container.querySelector('dossier-intro')!);
      const paragraph = shadow(el).querySelector('[part=body] p')!;
      // A new timeout re-runs the load (answered at once from the page's store): pending, then complete again.
      let skeletonShown = false;
      const observer = new MutationObserver((records) => {
        skeletonShown ||= records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.matches('.skeleton-intro')));
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
      container.setAttribute('timeout', '20000');
      await waitUntil(() => skeletonShown && shadow(el).querySelector('[part=body]'), 'the intro was not rendered anew');
      observer.disconnect();
      await settled(el);
      expect(text(el, '[part=body]')).to.equal('Intro fictive.');
      expect(shadow(el).querySelector('[part=body] p') === paragraph, 'the same sanitised nodes').to.equal(true);
    });
  });

  describe('dates and languages', () => {
    const dated = () =>
      serve(
        { date_published: '2026-01-15T09:00:00+01:00', authors: [{ name: 'Camille Exemple' }, { name: 'Dominique Test' }] },
      );

    it('formats authors and date in French by default', async () => {
      const el = await intro(html`<dossier-intro feed=${dated()}></dossier-intro>`);
      expect(text(el, '[part=byline] span')).to.equal('Par Camille Exemple et Dominique Test');
      const time = shadow(el).querySelector('[part=byline] time')!;
      expect(time.textContent).to.equal('Publié le 15 janvier 2026');
      expect(time.getAttribute('datetime')).to.equal('2026-01-15T08:00:00.000Z');
    });

    it('formats them in English with lang="en"', async () => {
      const el = await intro(html`<dossier-intro lang="en" feed=${dated()}></dossier-intro>`);
      expect(text(el, '[part=byline] span')).to.equal('By Camille Exemple and Dominique Test');
      expect(text(el, '[part=byline] time')).to.equal('Published on January 15, 2026');
    });

    it('speaks English with lang="en" on an ancestor: read more, show less', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro></div>`);
      const el = await settled(wrapper.querySelector('dossier-intro')!);
      const summary = shadow(el).querySelector<HTMLElement>('[part=toggle]')!;
      expect(summary.innerText.trim()).to.equal(enIntro.readMore);
      summary.click();
      await el.updateComplete;
      expect(summary.innerText.trim()).to.equal(enIntro.showLess);
    });
  });

  describe('states', () => {
    it('while loading without fallback, its skeleton is a title bar and 4 lines', async () => {
      const el = await fixture<DossierIntro>(html`<dossier-intro feed=${feedUrl('fictional', { delay: 1500 })}></dossier-intro>`);
      const skeleton = shadow(el).querySelector('.skeleton-intro')!;
      expect(skeleton.querySelectorAll('.skeleton-title')).to.have.length(1);
      expect(skeleton.querySelectorAll('.skeleton:not(.skeleton-title)')).to.have.length(4);
    });

    it('never says "not found": any dossier has an intro', async () => {
      const el = await intro(html`<dossier-intro feed=${serve({})}></dossier-intro>`);
      expect(text(el, '[part=title]')).to.equal('Dossier injecté');
      expect(has(el, '[part=error], [part=body], [part=standfirst], [part=actors]')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('look', () => {
    it('collapsed, is accessible in the light and dark themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await intro(html`<dossier-intro feed=${feedUrl('fictional')} theme=${theme} collapsed></dossier-intro>`);
        await expect(el).to.be.accessible();
      }
    });

    it('fits 280 px without overflowing, the actors wrapping', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px"><dossier-intro feed=${feedUrl('sample')}></dossier-intro></div>`);
      const el = await settled(wrapper.querySelector('dossier-intro')!);
      const article = shadow(el).querySelector('article')!;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      for (const node of shadow(el).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      const actors = [...shadow(el).querySelectorAll('[part=actor]')].map((actor) => actor.getBoundingClientRect().top);
      expect(new Set(actors).size).to.be.greaterThan(1);
    });

    it('fills a wide column', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px"><dossier-intro feed=${feedUrl('sample')}></dossier-intro></div>`);
      const el = await settled(wrapper.querySelector('dossier-intro')!);
      expect(shadow(el).querySelector('article')!.getBoundingClientRect().width).to.equal(900);
    });
  });
});
