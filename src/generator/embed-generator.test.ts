import { expect, html, waitUntil } from '@open-wc/testing';
import { feedUrl } from '../test-support/feeds.js';
import { $, choose, click, code, generator, INTEGRITY, LOADER_HASH, parse, previewed, root, SAMPLE, sample, text, type } from './embed-generator.test-helpers.js';

describe('<embed-generator>', () => {
  describe('initial state', () => {
    it('without a feed: the form, hints instead of preview and code, accessible', async () => {
      const el = await generator(html`<embed-generator integrity-src=${INTEGRITY}></embed-generator>`);
      expect(text($(el, 'fieldset.feed legend'))).to.equal('Flux du dossier');
      expect($<HTMLInputElement>(el, '#feed').value).to.equal('');
      expect(text($(el, 'fieldset.content'))).to.contain('Chargez un flux');
      expect(root(el).querySelector('textarea')).to.equal(null);
      expect(el.snippet).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('fills in the feed as an absolute URL and loads it', async () => {
      const el = await sample();
      expect($<HTMLInputElement>(el, '#feed').value).to.equal(new URL(SAMPLE, location.href).href);
      expect(text($(el, 'fieldset.feed [role=status]'))).to.equal(
        'Flux « Pratiques collaboratives » chargé : 3 citations, 15 acteurs, 8 initiatives.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('a quote', () => {
    it('snippet: loader with SRI, the element with its quote, the quote’s words as fallback', async () => {
      const el = await sample();
      await choose(el, 'quote', 'pratique-collaborative-definition');
      const snippet = code(el);
      expect(snippet).to.equal(el.snippet);
      expect(snippet).to.contain(
        `<script type="module" src="https://cdn.jsdelivr.net/npm/dossier-widgets@0.1.0/dist/cdn/loader.js" integrity="${LOADER_HASH}" crossorigin="anonymous"></script>`,
      );
      expect(snippet).to.not.contain('<style>');
      const feed = new URL(SAMPLE, location.href).href;
      expect(snippet).to.contain(
        `<dossier-quote\n  feed="${feed}"\n  quote="pratique-collaborative-definition"\n  lang="fr">\n  <blockquote>\n` +
          '    <p>La pratique collaborative associe tous les acteurs et parties prenantes d’un projet, au même niveau. ' +
          'Les initiatives qui en découlent en sont naturellement plus pertinentes, plus pérennes et plus impactantes.</p>\n' +
          '    <footer>— Damien Caillard, Auteur du dossier</footer>\n  </blockquote>\n</dossier-quote>\n',
      );

      // The snippet is valid HTML that means what it says.
      const doc = parse(snippet);
      const script = doc.querySelector('script')!;
      expect(script.getAttribute('integrity')).to.equal(LOADER_HASH);
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      const quote = doc.querySelector('dossier-quote')!;
      expect(quote.getAttribute('quote')).to.equal('pratique-collaborative-definition');
      expect(text(quote.querySelector('blockquote > footer'))).to.equal('— Damien Caillard, Auteur du dossier');

      // The preview shows the same quote, live.
      const widget = await previewed(el, 'dossier-quote');
      expect(widget.getAttribute('quote')).to.equal('pratique-collaborative-definition');
      expect(text(widget.shadowRoot!.querySelector('blockquote'))).to.contain('La pratique collaborative associe');
      await expect(el).to.be.accessible();
    });

    it('pre-renders the preview into the snippet (declarative shadow DOM), and says what it needs', async () => {
      const el = await sample({ prerender: true });
      await choose(el, 'quote', 'pratique-collaborative-definition');
      const widget = await previewed(el, 'dossier-quote');
      await waitUntil(() => el.snippet.includes('<template shadowrootmode="open">'), 'the snippet has no pre-render');
      const doc = parse(el.snippet);
      const quote = doc.querySelector('dossier-quote')!;
      // DOMParser attaches the declarative shadow root only when asked: the template is there, then the fallback.
      const template = quote.querySelector('template')!;
      expect(template.getAttribute('shadowrootmode')).to.equal('open');
      expect(template.content.querySelector('style')!.textContent).to.contain(':host');
      expect(text(template.content.querySelector('blockquote'))).to.equal(text(widget.shadowRoot!.querySelector('blockquote')));
      expect(quote.querySelector(':scope > blockquote')).to.not.equal(null);
      // The note gives the hash a strict CSP needs, computed from the very block in the snippet.
      const css = template.content.querySelector('style')!.textContent!;
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      const hash = `'sha256-${btoa(String.fromCharCode(...digest))}'`;
      await waitUntil(() => text(root(el).querySelector('.code')).includes(hash), 'no style hash in the note');
      // Another quote: the frozen preview follows.
      await choose(el, 'quote', 'organisations-en-reseau');
      await previewed(el, 'dossier-quote');
      await waitUntil(() => el.snippet.includes('organisations') && el.snippet.includes('<template'), 'stale pre-render');
      // Unticked: no template, no note.
      await click(el, '#prerender');
      expect(el.snippet).to.not.contain('<template');
      expect(text(root(el).querySelector('.code'))).to.not.contain('sha256');
      await expect(el).to.be.accessible();
    });

    it('the inline variant and the dark theme go into the attributes', async () => {
      const el = await sample();
      await click(el, 'input[name=variant][value=inline]');
      await click(el, 'input[name=theme][value=dark]');
      expect(el.snippet).to.match(/<dossier-quote\n {2}feed="[^"]+"\n {2}quote="pratique-collaborative-definition"\n {2}variant="inline"\n {2}theme="dark"\n {2}lang="fr">/);
      const widget = await previewed(el, 'dossier-quote');
      expect(widget.getAttribute('variant')).to.equal('inline');
      expect(widget.getAttribute('theme')).to.equal('dark');
    });
  });

  describe('other elements', () => {
    it('an actor card: the chosen actor, the card\'s rows as fallback (head, themes, quote, links to the testimony and the site)', async () => {
      const el = await generator(html`<embed-generator feed=${feedUrl('fictional')} integrity-src=${INTEGRITY}></embed-generator>`);
      await click(el, 'input[name=element][value=actor-card]');
      await choose(el, 'actor', 'camille-exemple');
      await click(el, '#with-quote');
      const snippet = el.snippet;
      expect(snippet).to.contain('  actor="camille-exemple"\n  with-quote\n  lang="fr">');
      expect(snippet).to.contain(
        '  <p><strong>Camille Exemple</strong><br>Personne · Coordinatrice · Association Fictive<br>Villeneuve-Exemple (63)</p>\n' +
          '  <p>Thèmes : Entraide</p>\n' +
          '  <blockquote>\n    <p>Une phrase inventée pour les tests, que personne n’a dite.</p>\n  </blockquote>\n' +
          '  <p><a href="https://media.example/dossiers/fictif/camille-exemple">Lire le témoignage</a> · <a href="https://association-fictive.example/">Site web</a></p>\n</actor-card>',
      );
      const card = await previewed(el, 'actor-card');
      expect(card.getAttribute('actor')).to.equal('camille-exemple');
      expect(card.hasAttribute('with-quote')).to.equal(true);
      expect(text(card.shadowRoot!.querySelector('[part=name]'))).to.equal('Camille Exemple');
      await expect(el).to.be.accessible();
    });

    it('an intro: standfirst and a link to the dossier', async () => {
      const el = await sample();
      await click(el, 'input[name=element][value=dossier-intro]');
      await click(el, '#collapsed');
      expect(el.snippet).to.contain(
        '  collapsed\n  lang="fr">\n  <p>Les pratiques collaboratives incluent et dépassent l’économie du même nom.</p>\n' +
          '  <p><a href="https://www.inlocal.fr/">Lire le dossier « Pratiques collaboratives »</a></p>\n</dossier-intro>',
      );
    });

    it('an actor list: the filtered actors as a list, the count in the form', async () => {
      const el = await sample();
      await click(el, 'input[name=element][value=actor-list]');
      await choose(el, 'kind', 'person');
      await choose(el, 'department', '15');
      await click(el, 'input[name=sort][value=name]');
      const doc = parse(el.snippet);
      const list = doc.querySelector('actor-list')!;
      expect([list.getAttribute('kind'), list.getAttribute('department'), list.getAttribute('sort')]).to.deep.equal(['person', '15', 'name']);
      // Each actor as its card's head: name (linked to the testimony when there is one), kind and organisation, place.
      expect([...list.querySelectorAll('li')].map((li) => li.innerHTML)).to.deep.equal(['<strong>Marie Carreaud</strong><br>Personne · Maison des Compétences<br>Aurillac (15)']);
      expect(text($(el, 'fieldset.content p.hint'))).to.equal('1 acteur correspond à ces critères.');
      const widget = await previewed(el, 'actor-list');
      expect(widget.shadowRoot!.querySelectorAll('[part=name]')).to.have.length(1);
    });

    it('a map: the filtered initiatives and their places', async () => {
      const el = await sample();
      await click(el, 'input[name=element][value=initiative-map]');
      await choose(el, 'topic', 'experiences-locales');
      const list = parse(el.snippet).querySelector('initiative-map')!;
      expect(list.getAttribute('topic')).to.equal('experiences-locales');
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal([
        'Parcc Oasis — Clermont-Ferrand',
        'Garage Associatif de Chomelix — Chomelix',
        'Cocotte Numérique — Murat',
      ]);
    });

    it('shows the fallback content in the preview on demand, built from the same nodes', async () => {
      const el = await sample();
      await click(el, '#show-fallback');
      const box = $(el, '.fallback');
      const quote = parse(el.snippet).querySelector('dossier-quote')!;
      const shape = (node: Element) => [...node.querySelectorAll('blockquote *')].map((e) => `${e.localName}:${text(e)}`);
      expect(shape(box)).to.deep.equal(shape(quote));
      expect(shape(box)).to.have.length(2);
    });
  });

  describe('languages', () => {
    it('the interface is English with lang="en", and follows a change of lang', async () => {
      const el = await generator(html`<embed-generator lang="en" feed=${SAMPLE} integrity-src=${INTEGRITY}></embed-generator>`);
      expect(text($(el, 'fieldset.feed legend'))).to.equal('Dossier feed');
      expect(text($(el, 'label[for=feed]'))).to.equal('Feed address');
      expect(text($(el, 'button.copy'))).to.equal('Copy the code');
      // The widget's language starts as the generator's.
      expect(el.snippet).to.contain('lang="en"');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(text($(el, 'fieldset.feed legend'))).to.equal('Flux du dossier');
      expect(text($(el, 'button.copy'))).to.equal('Copier le code');
      await expect(el).to.be.accessible();
    });

    it('choosing English for the element: lang in the snippet and on the preview, English labels in the preview', async () => {
      const el = await sample();
      const before = await previewed(el, 'dossier-quote');
      expect(text(before.shadowRoot!.querySelector('[part=link]'))).to.equal('Dossier « Pratiques collaboratives »');
      await click(el, 'input[name=language][value=en]');
      expect(el.snippet).to.contain('\n  lang="en">');
      // The fallback's French words say so inside the English element; the interface words do not.
      const fallback = parse(el.snippet).querySelector('dossier-quote')!;
      expect(fallback.querySelector('blockquote')!.lang).to.equal('fr');
      expect($(el, '.stage').lang).to.equal('en');
      const after = await previewed(el, 'dossier-quote');
      expect(text(after.shadowRoot!.querySelector('[part=link]'))).to.equal('Dossier “Pratiques collaboratives”');
      // The generator's own labels stay in its language; the language names are marked up.
      expect(text($(el, 'fieldset.feed legend'))).to.equal('Flux du dossier');
      expect($(el, 'input[name=language][value=en] + span').lang).to.equal('en');
    });
  });

  describe('theme tokens', () => {
    it('a changed accent: a custom property on the preview, a <style> block in the snippet', async () => {
      const el = await sample();
      await type(el, '#colour-accent', '#aa0000');
      expect($(el, '.stage').style.getPropertyValue('--dossier-accent')).to.equal('#aa0000');
      expect($(el, '.stage').hasAttribute('style')).to.equal(true); // set through the CSSOM
      expect(el.snippet).to.contain('<style>\n  dossier-quote {\n    --dossier-accent: #aa0000;\n  }\n</style>');

      await type(el, '#radius', '0');
      await choose(el, 'font', 'serif');
      expect(el.snippet).to.contain('    --dossier-radius: 0px;\n');
      expect(el.snippet).to.contain('    --dossier-font-family: Georgia, "Times New Roman", serif;\n');
      expect($(el, '.stage').style.getPropertyValue('--dossier-radius')).to.equal('0px');

      // Back to the default: nothing left to declare.
      await click(el, 'fieldset.appearance button');
      expect(el.snippet).to.not.contain('<style>');
      expect($(el, '.stage').style.getPropertyValue('--dossier-accent')).to.equal('');
      await type(el, '#colour-accent', '#0b6e4f');
      expect(el.snippet).to.not.contain('<style>');
    });

    it('a colour typed as a code applies once complete, and an incomplete one is put back', async () => {
      const el = await sample();
      await type(el, '#colour-text-hex', '#12');
      expect($(el, '#colour-text-hex').getAttribute('aria-invalid')).to.equal('true');
      expect(el.snippet).to.not.contain('<style>');
      await type(el, '#colour-text-hex', '123');
      expect(el.snippet).to.contain('    --dossier-text: #112233;\n');
      expect($<HTMLInputElement>(el, '#colour-text').value).to.equal('#112233');
      expect($(el, '#colour-text-hex').getAttribute('aria-invalid')).to.equal('false');
      await type(el, '#colour-text-hex', '#zz');
      $(el, '#colour-text-hex').dispatchEvent(new Event('change'));
      expect($<HTMLInputElement>(el, '#colour-text-hex').value).to.equal('#112233');
    });

    it('warns when text or links lack contrast', async () => {
      const el = await sample();
      expect(text($(el, '#contrast'))).to.equal('');
      await type(el, '#colour-surface', '#777777');
      expect(text($(el, '#contrast'))).to.contain('Contraste insuffisant entre le texte et le fond');
      expect($(el, '#colour-surface').getAttribute('aria-describedby')).to.equal('contrast');
      // The preview shows the poor colours on purpose; the rest of the page must stay clean.
      await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
    });
  });

  describe('copying', () => {
    const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
      else delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    });

    it('writes the snippet to the clipboard and announces it', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void written.push(value) },
      });
      const el = await sample();
      const status = $(el, '.actions [role=status]');
      expect(text(status)).to.equal('');
      $(el, 'button.copy').click();
      await waitUntil(() => text(status) === 'Code copié', 'not announced');
      expect(written).to.deep.equal([el.snippet]);
      // A second copy is announced again.
      $(el, 'button.copy').click();
      await waitUntil(() => written.length === 2 && text(status) === 'Code copié');
      await expect(el).to.be.accessible();
    });

    it('falls back to selecting the code and execCommand("copy")', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      const original = document.execCommand;
      let command = '';
      document.execCommand = (name: string) => ((command = name), true);
      try {
        const el = await generator(html`<embed-generator lang="en" feed=${SAMPLE} integrity-src=${INTEGRITY}></embed-generator>`);
        $(el, 'button.copy').click();
        const status = $(el, '.actions [role=status]');
        await waitUntil(() => text(status) === 'Code copied', 'not announced');
        expect(command).to.equal('copy');
        const area = $<HTMLTextAreaElement>(el, 'textarea');
        expect(root(el).activeElement).to.equal(area);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      } finally {
        document.execCommand = original;
      }
    });
  });
});
