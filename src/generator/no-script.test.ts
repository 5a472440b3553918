/** The generator's "no script allowed here" mode: the embed page's address and its iframe code. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { embedUrl, slug } from '../embed-site/paths.js';
import { parseFeed } from '../feed/parse-feed.js';
import type { Dossier } from '../feed/model.js';
import { generator as enStrings } from '../i18n/en/generator.js';
import { generator as frStrings } from '../i18n/fr/generator.js';
import { feedUrl } from '../test-support/feeds.js';
import type { EmbedGenerator } from './embed-generator.js';
import { loadEmbeds } from './embeds.js';
import { embedSiteBase, iframeCode, noScriptCode, type NoScriptCode, type NoScriptInput } from './no-script.js';
import { $, choose, click, generator, INTEGRITY, root, SAMPLE, text } from './embed-generator.test-helpers.js';

const BASE = 'https://media.example/dossiers/pc/embed/';
const HOSTILE_NAME = 'Zoé "<img src=x onerror=window.__pwned=true>" d\'Exemple';
const HOSTILE_TITLE = 'Dossier "fictif" <script>window.__pwned = true</script>';

/** A dossier with ids that are not file names and names that are not text-safe in HTML. */
const hostile = parseFeed(
  {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'T',
    home_page_url: 'https://media.example/d',
    _dossier: {
      version: 1,
      id: 'd',
      title: HOSTILE_TITLE,
      actors: [
        { id: '../../admin', kind: 'person', name: HOSTILE_NAME },
        { id: 'Camille Exemple', kind: 'person', name: 'Camille Exemple' },
        { id: 'safe-id', kind: 'organisation', name: 'Association Fictive' },
      ],
      quotes: [{ id: 'q/../../x y', text: 'Une phrase inventée.', actor: '../../admin' }],
    },
    items: [],
  },
  'https://media.example/feed.json',
).dossier as Dossier;

async function code(tag: string, input: Partial<NoScriptInput> = {}) {
  const embed = (await loadEmbeds()).get(tag as 'dossier-quote')!;
  const words = (input.lang === 'en' ? enStrings : frStrings).snippet;
  return noScriptCode({ base: BASE, embed, dossier: hostile, options: {}, theme: 'light', lang: 'fr', words, ...input });
}

/** The iframe code as the browser reads it (DOMParser runs no script). */
function iframeOf(result: ReturnType<typeof noScriptCode>) {
  expect(result).to.be.an('object');
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${(result as NoScriptCode).iframe}`, 'text/html');
  expect(doc.body.children).to.have.length(1);
  return doc.body.firstElementChild as HTMLIFrameElement;
}

describe('no-script code (no-script.ts)', () => {
  it('a quote, an actor, the intro and the map: their pages, with theme and language only when not the default', async () => {
    const quote = (await code('dossier-quote', { options: { quote: 'q/../../x y' } })) as NoScriptCode;
    expect(quote.url).to.equal(embedUrl(BASE, 'quote', 'q/../../x y'));
    expect(quote.url).to.equal(`${BASE}quote/${slug('q/../../x y')}.html`);

    const actor = (await code('actor-card', { options: { actor: 'safe-id' }, theme: 'dark', lang: 'en' })) as NoScriptCode;
    expect(actor.url).to.equal(`${BASE}actor/safe-id.html?theme=dark&lang=en`);

    expect(((await code('dossier-intro', { theme: 'auto' })) as NoScriptCode).url).to.equal(`${BASE}intro.html?theme=auto`);
    expect(((await code('dossier-intro', { lang: 'en' })) as NoScriptCode).url).to.equal(`${BASE}intro.html?lang=en`);
    // The map's page is the whole map: the filters need the script.
    const map = (await code('initiative-map', { options: { topic: 'entraide', department: '63' }, theme: 'dark' })) as NoScriptCode;
    expect(map.url).to.equal(`${BASE}map.html?theme=dark`);
  });

  it('the iframe: src, a title naming the content in the widget’s language, lazy, full width, a starting height, no border', async () => {
    const frame = iframeOf(await code('dossier-intro'));
    expect(frame.localName).to.equal('iframe');
    expect(frame.getAttribute('src')).to.equal(`${BASE}intro.html`);
    expect(frame.title).to.equal(`Présentation du dossier « ${HOSTILE_TITLE} »`);
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('width')).to.equal('100%');
    expect(frame.getAttribute('height')).to.equal('600');
    expect(frame.getAttribute('style')).to.equal('border:0');
    expect(frame.hasAttribute('frameborder')).to.equal(false);
    expect(frame.hasAttribute('sandbox')).to.equal(false);

    const titles = async (lang: 'fr' | 'en') =>
      Promise.all(
        (
          [
            ['dossier-quote', { quote: 'q/../../x y' }],
            ['actor-card', { actor: 'safe-id' }],
            ['initiative-map', {}],
          ] as const
        ).map(async ([tag, options]) => iframeOf(await code(tag, { options, lang })).title),
      );
    expect(await titles('fr')).to.deep.equal([
      `Citation de ${HOSTILE_NAME}, dossier « ${HOSTILE_TITLE} »`,
      `Fiche de Association Fictive, dossier « ${HOSTILE_TITLE} »`,
      `Carte des initiatives du dossier « ${HOSTILE_TITLE} »`,
    ]);
    expect(await titles('en')).to.deep.equal([
      `Quote from ${HOSTILE_NAME}, dossier “${HOSTILE_TITLE}”`,
      `Association Fictive’s card, dossier “${HOSTILE_TITLE}”`,
      `Map of the initiatives, dossier “${HOSTILE_TITLE}”`,
    ]);
    // Heights differ by widget: a quote is short, the map tall.
    expect(iframeOf(await code('dossier-quote', { options: { quote: 'q/../../x y' } })).getAttribute('height')).to.equal('320');
    expect(iframeOf(await code('initiative-map')).getAttribute('height')).to.equal('640');
  });

  it('ids that are not file names go through slug: no "..", no space, still inside the site', async () => {
    for (const id of ['../../admin', 'Camille Exemple']) {
      const { url } = (await code('actor-card', { options: { actor: id } })) as NoScriptCode;
      expect(url).to.equal(`${BASE}actor/${slug(id)}.html`);
      expect(url.startsWith(`${BASE}actor/`)).to.equal(true);
      expect(new URL(url).pathname).to.not.match(/\.\.|%20| /);
    }
    expect(slug('Camille Exemple')).to.match(/^camille-exemple-[0-9a-f]{8}$/);
  });

  it('hostile names and titles are escaped in the iframe code and stay inert', async () => {
    const result = (await code('actor-card', { options: { actor: '../../admin' } })) as NoScriptCode;
    expect(result.iframe).to.not.match(/<(img|script)/);
    expect(result.iframe).to.contain('title="Fiche de Zoé &quot;&lt;img src=x onerror=window.__pwned=true&gt;&quot; d&#39;Exemple, dossier');
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${result.iframe}`, 'text/html');
    expect(doc.querySelectorAll('img, script')).to.have.length(0);
    expect([...doc.querySelector('iframe')!.attributes].map((a) => a.name)).to.deep.equal(['src', 'title', 'loading', 'width', 'height', 'style']);
    expect(doc.querySelector('iframe')!.title).to.equal(`Fiche de ${HOSTILE_NAME}, dossier « ${HOSTILE_TITLE} »`);
    // A URL with quotes or markup characters cannot leave its attribute either.
    expect(iframeCode('https://x.example/"><script>', 'a"b', 300)).to.equal(
      '<iframe src="https://x.example/&quot;&gt;&lt;script&gt;" title="a&quot;b" loading="lazy" width="100%" height="300" style="border:0"></iframe>',
    );
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('says why there is no code: a widget without a page, no embed site, no feed, no entry', async () => {
    expect(await code('actor-list')).to.equal('need-script');
    expect(await code('actor-list', { base: undefined })).to.equal('need-script');
    expect(await code('dossier-quote', { base: undefined, options: { quote: 'q/../../x y' } })).to.equal('need-base');
    expect(await code('dossier-quote', { dossier: undefined })).to.equal('no-feed');
    expect(noScriptCode({ base: BASE, options: {}, theme: 'light', lang: 'fr', words: frStrings.snippet })).to.equal('no-feed');
    expect(await code('dossier-quote', { options: { quote: '' } })).to.equal('no-entry');
  });

  it('embed-base: resolved against the page, http(s) only, always a folder', () => {
    const page = 'https://partner.example/demo/generator.html';
    expect(embedSiteBase('/embed/', page)).to.equal('https://partner.example/embed/');
    expect(embedSiteBase('embed', page)).to.equal('https://partner.example/demo/embed/');
    expect(embedSiteBase(' https://media.example/e?x=1#y ', page)).to.equal('https://media.example/e/');
    for (const refused of [undefined, null, '', '  ', 'javascript:alert(1)//', 'data:text/html,x', 'http://[bad']) {
      expect(embedSiteBase(refused, page), String(refused)).to.equal(undefined);
    }
  });
});

/** The generator in "no script" mode, with the demo's relative `embed-base`. */
async function noScriptGenerator(feed = SAMPLE, attributes: { base?: string; lang?: string } = { base: '/embed/' }) {
  const el = await generator(
    html`<embed-generator lang=${attributes.lang ?? 'fr'} feed=${feed} integrity-src=${INTEGRITY} embed-base=${attributes.base ?? ''}></embed-generator>`,
  );
  await click(el, 'input[name=code-mode][value=no-script]');
  return el;
}

const url = (el: EmbedGenerator) => $<HTMLInputElement>(el, '#embed-url').value;
const iframe = (el: EmbedGenerator) => $<HTMLTextAreaElement>(el, '#iframe-code').value;
const embedRoot = new URL('/embed/', location.href).href;

describe('<embed-generator>: no script allowed here', () => {
  it('the quote’s page and iframe, following theme and language; back to the script snippet', async () => {
    const el = await noScriptGenerator();
    expect(root(el).querySelector('textarea#code')).to.equal(null);
    expect(url(el)).to.equal(`${embedRoot}quote/pratique-collaborative-definition.html`);
    const frame = iframeOf({ url: url(el), iframe: iframe(el) });
    expect(frame.getAttribute('src')).to.equal(url(el));
    expect(frame.title).to.equal('Citation de Damien Caillard, dossier « Pratiques collaboratives »');
    expect(text($(el, 'label[for=embed-url]'))).to.equal('Adresse à coller');
    expect(text($(el, 'label[for=iframe-code]'))).to.equal('Code de l’iframe');
    await expect(el).to.be.accessible();

    await choose(el, 'quote', 'organisations-en-reseau');
    await click(el, 'input[name=theme][value=dark]');
    await click(el, 'input[name=language][value=en]');
    expect(url(el)).to.equal(`${embedRoot}quote/organisations-en-reseau.html?theme=dark&lang=en`);
    expect(iframeOf({ url: '', iframe: iframe(el) }).title).to.match(/^Quote from .+, dossier “Pratiques collaboratives”$/);

    await click(el, 'input[name=code-mode][value=script]');
    expect(root(el).querySelector('#embed-url')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea#code').value).to.equal(el.snippet);
  });

  it('an actor card, the intro and the map; a list of actors needs the script', async () => {
    const el = await noScriptGenerator();
    await click(el, 'input[name=element][value=actor-card]');
    await choose(el, 'actor', 'parcc-oasis');
    expect(url(el)).to.equal(`${embedRoot}actor/parcc-oasis.html`);
    expect(iframeOf({ url: '', iframe: iframe(el) }).getAttribute('height')).to.equal('520');
    await click(el, 'input[name=element][value=dossier-intro]');
    expect(url(el)).to.equal(`${embedRoot}intro.html`);
    await click(el, 'input[name=element][value=initiative-map]');
    await click(el, 'input[name=theme][value=auto]');
    expect(url(el)).to.equal(`${embedRoot}map.html?theme=auto`);

    await click(el, 'input[name=element][value=actor-list]');
    expect(root(el).querySelector('#embed-url, #iframe-code')).to.equal(null);
    expect(text($(el, '.no-script-gap'))).to.equal(frStrings.noScript.needScript);
    await expect(el).to.be.accessible();
  });

  it('unsafe ids from the feed become safe page names; hostile names stay text', async () => {
    const el = await noScriptGenerator(feedUrl('embed-ids'));
    expect(url(el)).to.equal(`${embedRoot}quote/${slug('q/../../x y')}.html`);
    await click(el, 'input[name=element][value=actor-card]');
    await choose(el, 'actor', 'Camille Exemple');
    expect(url(el)).to.equal(`${embedRoot}actor/${slug('Camille Exemple')}.html`);
    await choose(el, 'actor', '../../admin');
    expect(url(el)).to.equal(`${embedRoot}actor/${slug('../../admin')}.html`);
    const frame = iframeOf({ url: '', iframe: iframe(el) });
    expect(frame.title).to.equal(`Fiche de ${HOSTILE_NAME}, dossier « ${HOSTILE_TITLE} »`);
    expect(root(el).querySelectorAll('.code img, .code script')).to.have.length(0);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('without embed-base: one sentence on what the publisher must do, and no address', async () => {
    for (const [lang, strings] of [['fr', frStrings], ['en', enStrings]] as const) {
      const el = await noScriptGenerator(SAMPLE, { lang });
      expect(text($(el, '.no-script-gap'))).to.equal(strings.noScript.needBase);
      expect(text($(el, '.no-script-gap'))).to.contain('npx dossier-widgets export');
      expect(root(el).querySelector('#embed-url, #iframe-code')).to.equal(null);
      expect(text($(el, 'section.code'))).to.not.match(/https?:/);
      await expect(el).to.be.accessible();
    }
    // Not an http(s) address: the same.
    const el = await noScriptGenerator(SAMPLE, { base: 'javascript:alert(1)//' });
    expect(text($(el, '.no-script-gap'))).to.equal(frStrings.noScript.needBase);
  });

  describe('copying and the keyboard', () => {
    const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
      else delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    });

    it('each copy button copies its own text and announces it', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void written.push(value) } });
      const el = await noScriptGenerator();
      const status = $(el, 'section.code [role=status]');
      $(el, 'button.copy-url').click();
      await waitUntil(() => text(status) === 'Adresse copiée', 'address copy not announced');
      $(el, 'button.copy-iframe').click();
      await waitUntil(() => text(status) === 'Code de l’iframe copié', 'iframe copy not announced');
      expect(written).to.deep.equal([url(el), iframe(el)]);
    });

    it('without the clipboard API: the address is selected for Ctrl+C', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const original = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await noScriptGenerator(SAMPLE, { base: '/embed/', lang: 'en' });
        $(el, 'button.copy-url').click();
        await waitUntil(() => text($(el, 'section.code [role=status]')).startsWith('Automatic copying did not work'), 'failure not announced');
        const input = $<HTMLInputElement>(el, '#embed-url');
        expect(root(el).activeElement).to.equal(input);
        expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
      } finally {
        document.execCommand = original;
      }
    });

    it('the mode is a radio group; the address, the iframe code and both buttons follow with Tab', async () => {
      const el = await generator(html`<embed-generator feed=${SAMPLE} integrity-src=${INTEGRITY} embed-base="/embed/"></embed-generator>`);
      $(el, 'input[name=code-mode]:checked').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[name=code-mode][value=no-script]').checked).to.equal(true);
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLElement;
        reached.push(active.id || active.className);
      }
      expect(reached).to.deep.equal(['embed-url', 'copy-url', 'iframe-code', 'copy-iframe']);
    });
  });
});
