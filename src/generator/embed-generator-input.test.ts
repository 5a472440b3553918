/** The embed generator with hostile feed content, failing feeds, the keyboard, and its stories. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { EmbedGenerator } from './embed-generator.js';
import { loadEmbeds } from './embeds.js';
import { escapeHtml, fallbackHtml } from './fallback.js';
import { buildSnippet } from './snippet.js';
import { generator as frStrings } from '../i18n/fr/generator.js';
import { parseFeed } from '../feed/parse-feed.js';
import type { Dossier } from '../feed/model.js';
import { feedUrl } from '../test-support/feeds.js';
import { installStoryFeeds } from '../../stories/story-feeds.js';
import * as generatorStories from '../../stories/embed-generator.stories.js';
import { $, choose, click, generator, INTEGRITY, LOADER_HASH, parse, root, SAMPLE, sample, text, type } from './embed-generator.test-helpers.js';

describe('<embed-generator>: hostile input, failures, keyboard, stories', () => {
  describe('untrusted feed content', () => {
    it('escapeHtml escapes every character that matters in content and attributes', () => {
      expect(escapeHtml('<img src=x onerror=alert(1)>')).to.equal('&lt;img src=x onerror=alert(1)&gt;');
      expect(escapeHtml('"><script>alert(1)</script>')).to.equal('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(escapeHtml(`Tom & Jerry's "cafe"`)).to.equal('Tom &amp; Jerry&#39;s &quot;cafe&quot;');
      expect(escapeHtml('&lt;')).to.equal('&amp;lt;');
      expect(escapeHtml('Économie d’échelle — « ok »')).to.equal('Économie d’échelle — « ok »');
    });

    it('hostile quote text is escaped in the snippet and reads back as the same text', async () => {
      const el = await generator(html`<embed-generator feed=${feedUrl('fictional')} integrity-src=${INTEGRITY}></embed-generator>`);
      await choose(el, 'quote', 'q-dominique');
      const snippet = el.snippet;
      expect(snippet).to.contain('<p>&lt;img src=x onerror=&quot;window.__pwned = true&quot;&gt; Texte hostile, affiché tel quel.</p>');
      const doc = parse(snippet);
      expect(doc.querySelector('img')).to.equal(null);
      expect(doc.querySelector('dossier-quote blockquote p')!.textContent).to.equal(
        '<img src=x onerror="window.__pwned = true"> Texte hostile, affiché tel quel.',
      );
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('hostile names, ids and URLs cannot break out of the snippet', async () => {
      const embeds = await loadEmbeds();
      const hostile = '<img src=x onerror=alert(1)>';
      const { dossier } = parseFeed(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'T',
          home_page_url: 'https://media.example/d',
          _dossier: {
            version: 1,
            id: 'd',
            title: `${hostile} & "co"`,
            actors: [{ id: 'a"><script>alert(1)</script>', kind: 'person', name: hostile, role: '</p><script>alert(2)</script>' }],
            quotes: [{ id: 'q', text: '</blockquote></dossier-quote><script>alert(3)</script>', actor: 'a"><script>alert(1)</script>' }],
          },
          items: [],
        },
        'https://media.example/feed.json',
      );
      const d = dossier as Dossier;
      // A URL that slipped past the parser is still refused.
      const actor = [...d.actors.values()][0]!;
      actor.url = 'javascript:alert(4)';
      for (const tag of ['dossier-quote', 'actor-card', 'actor-list', 'dossier-intro'] as const) {
        const snippet = buildSnippet({
          tag,
          embed: embeds.get(tag)!,
          options: { quote: 'q', actor: actor.id },
          dossier: d,
          feed: 'https://media.example/feed.json?a=1&b="2"',
          theme: 'light',
          lang: 'fr',
          tokens: {},
          cdn: 'https://cdn.example/',
          integrity: LOADER_HASH,
          words: frStrings.snippet,
        });
        const doc = parse(snippet);
        expect(doc.querySelectorAll('script'), tag).to.have.length(1);
        expect(doc.querySelector('img'), tag).to.equal(null);
        expect(doc.querySelector('[href^="javascript:"]'), tag).to.equal(null);
        const element = doc.querySelector(tag)!;
        expect(element.getAttribute('feed')).to.equal('https://media.example/feed.json?a=1&b="2"');
        if (tag === 'actor-card') expect(element.getAttribute('actor')).to.equal('a"><script>alert(1)</script>');
        if (tag === 'actor-card' || tag === 'actor-list') {
          // The card's head, name and role, stays text.
          expect(element.querySelector('strong')!.textContent, tag).to.equal(hostile);
          expect(element.querySelector('strong')!.parentElement!.textContent, tag).to.contain('· </p><script>alert(2)</script>');
        }
        if (tag === 'dossier-quote') {
          expect(element.querySelector('blockquote p')!.textContent).to.equal('</blockquote></dossier-quote><script>alert(3)</script>');
          expect(element.querySelector('footer')!.textContent).to.equal(`— ${hostile}, </p><script>alert(2)</script>`);
        }
      }
    });

    it('fallback nodes serialise with escaping and indentation', async () => {
      const intro = (await loadEmbeds()).get('dossier-intro')!;
      const nodes = intro.fallback({ title: 'A <b>', url: 'https://x.example/?a=1&b=2' } as Dossier, {}, 'en', {
        ...frStrings.snippet,
        testimony: 'Read',
        dossier: 'Read “{title}”',
      });
      expect(nodes.map((n) => fallbackHtml(n)).join('\n')).to.equal(
        '<p>A &lt;b&gt;</p>\n<p><a href="https://x.example/?a=1&amp;b=2">Read “A &lt;b&gt;”</a></p>',
      );
    });

    it('a card\'s fallback: its rows in the widget\'s words, the feed\'s words in their own language, <br> without end tag', async () => {
      const card = (await loadEmbeds()).get('actor-card')!;
      const { dossier } = parseFeed(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'T',
          home_page_url: 'https://media.example/d',
          language: 'fr',
          _dossier: {
            version: 1,
            id: 'd',
            title: 'D',
            places: [{ id: 'p', name: 'Murat & co', department: '15' }],
            themes: [{ id: 't', name: 'Entraide <b>' }],
            actors: [{ id: 'a', kind: 'organisation', name: 'Asso', role: 'Tiers-lieu', place: 'p', themes: ['t'], summary: 'Un lieu.', url: 'https://asso.example/' }],
          },
          items: [],
        },
        'https://media.example/feed.json',
      );
      const serialise = (options: Record<string, string>) =>
        card.fallback(dossier!, { actor: 'a', ...options }, 'en', { ...frStrings.snippet, themes: 'Themes:' }).map((n) => fallbackHtml(n)).join('\n');
      expect(serialise({})).to.equal(
        '<p><strong lang="fr">Asso</strong><br>Organisation · <span lang="fr">Tiers-lieu</span><br><span lang="fr">Murat &amp; co (15)</span></p>\n' +
          '<p lang="fr">Un lieu.</p>\n' +
          '<p>Themes: <span lang="fr">Entraide &lt;b&gt;</span></p>\n' +
          '<p><a href="https://asso.example/">Website</a></p>',
      );
      // A compact card is its head and its links: the fallback too.
      expect(serialise({ 'card-layout': 'compact' })).to.equal(
        '<p><strong lang="fr">Asso</strong><br>Organisation · <span lang="fr">Tiers-lieu</span></p>\n<p><a href="https://asso.example/">Website</a></p>',
      );
    });
  });

  describe('failures', () => {
    it('taken out of the page while the feed loads: stops waiting, and loads it when put back', async () => {
      const el = await fixture<EmbedGenerator>(html`<embed-generator feed=${feedUrl('fictional', { delay: 1500 })} integrity-src=${INTEGRITY}></embed-generator>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.loadComplete;
      expect(text($(el, '#feed-error'))).to.equal('');
      expect(el.snippet).to.contain('<dossier-quote');
    });

    it('a feed that fails to load: a clear message, the form still usable, then a good feed loads', async () => {
      const el = await generator(html`<embed-generator feed=${feedUrl('fictional', { status: 404 })} integrity-src=${INTEGRITY}></embed-generator>`);
      const error = $(el, '#feed-error');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal('Le serveur a répondu par une erreur 404 : vérifiez l’adresse du flux.');
      expect($(el, '#feed').getAttribute('aria-invalid')).to.equal('true');
      expect(el.snippet).to.equal('');
      expect(text($(el, 'section.code'))).to.contain('Le code apparaîtra ici');
      await expect(el).to.be.accessible();

      // Every control still works.
      await click(el, 'input[name=element][value=actor-card]');
      await click(el, 'input[name=theme][value=dark]');
      await type(el, '#feed', new URL(SAMPLE, location.href).href);
      $(el, 'form button[type=submit]').click();
      await el.loadComplete;
      expect(text(error)).to.equal('');
      expect($(el, '#feed').getAttribute('aria-invalid')).to.equal('false');
      expect(el.snippet).to.contain('<actor-card');
      expect(el.snippet).to.contain('theme="dark"');
    });

    it('each kind of failure has its message; an invalid address is refused before any request', async () => {
      const el = await generator(html`<embed-generator feed=${feedUrl('fictional', { body: 'not-json' })} integrity-src=${INTEGRITY}></embed-generator>`);
      expect(text($(el, '#feed-error'))).to.contain('ne renvoie pas de JSON');
      await type(el, '#feed', 'javascript:alert(1)');
      $(el, 'form button[type=submit]').click();
      await el.updateComplete;
      expect(text($(el, '#feed-error'))).to.equal('Cette adresse n’est pas valide : saisissez une adresse complète, commençant par https://.');
      await type(el, '#feed', feedUrl('not-a-dossier'));
      $(el, 'form button[type=submit]').click();
      await el.loadComplete;
      expect(text($(el, '#feed-error'))).to.equal('Ce document JSON n’est pas un flux de dossier.');
    });

    it('without integrity.json the snippet has no integrity attribute and says so', async () => {
      const el = await generator(
        html`<embed-generator feed=${SAMPLE} cdn="https://cdn.example/dw/1.0.0" integrity-src="/test-feeds/integrity?status=404"></embed-generator>`,
      );
      expect(el.snippet).to.contain('<script type="module" src="https://cdn.example/dw/1.0.0/loader.js" crossorigin="anonymous"></script>');
      expect(el.snippet).to.not.contain('integrity=');
      expect(text($(el, 'section.code'))).to.contain('L’empreinte d’intégrité (SRI) du script est indisponible');
    });
  });

  describe('keyboard', () => {
    it('every control is reachable with Tab, in order', async () => {
      const el = await sample();
      $(el, '#feed').focus();
      const reached: string[] = [];
      for (let i = 0; i < 60; i++) {
        const active = root(el).activeElement as HTMLElement | null;
        if (!active) break;
        const name = (active as HTMLInputElement).name;
        reached.push(active.id || `${active.localName}${name ? `[${name}]` : ''}${active.className ? `.${active.className}` : ''}`);
        if (active.classList.contains('copy')) break;
        await sendKeys({ press: 'Tab' });
      }
      const expected = [
        'feed', 'button', 'input[element]', 'quote', 'input[variant]', 'input[theme]',
        'colour-accent-hex', 'colour-surface-hex', 'colour-text-hex', 'radius', 'font', 'button.secondary',
        'input[language]', 'show-fallback', 'code', 'button.copy',
      ];
      for (const control of expected) expect(reached, `${control} in ${reached.join(' ')}`).to.include(control);
      expect(reached.indexOf('code')).to.be.lessThan(reached.indexOf('button.copy'));
      // Colour pickers too, except in WebKit, which leaves them out of the Tab order (hence the code fields).
      if (!/AppleWebKit(?!.*(Chrome|Firefox))/.test(navigator.userAgent)) {
        for (const picker of ['colour-accent', 'colour-surface', 'colour-text']) expect(reached).to.include(picker);
      }
      // One stop per radio group: arrows move within it.
      expect(reached.filter((r) => r === 'input[element]')).to.have.length(1);
    });

    it('arrow keys change the element in the radio group', async () => {
      const el = await sample();
      $(el, 'input[name=element]:checked').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.snippet).to.contain('<actor-card');
    });
  });

  describe('stories', () => {
    before(() => installStoryFeeds());

    type Story = { args?: object; render?: (args: object) => TemplateResult };
    const module = generatorStories as unknown as Record<string, Story> & { default: { args: object; render: (args: object) => TemplateResult } };
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default') continue;
      it(`${name} renders and is accessible`, async () => {
        const args = { ...module.default.args, ...story.args, integritySrc: INTEGRITY };
        const wrapper = await fixture(html`<div>${(story.render ?? module.default.render)(args)}</div>`);
        const el = wrapper.querySelector('embed-generator')!;
        await el.loadComplete;
        expect(root(el).querySelector('form')).to.not.equal(null);
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
