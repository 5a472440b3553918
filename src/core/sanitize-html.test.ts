import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sanitizeHtml } from './sanitize-html.js';

type Flagged = typeof window & { __sanitizePwned?: unknown };
const pwned = () => (window as Flagged).__sanitizePwned;

const mounted: Element[] = [];

/** Sanitises into a container attached to the page, where a surviving payload would run or load. */
function mount(html: string, baseUrl?: string): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeHtml(html, baseUrl));
  document.body.append(container);
  mounted.push(container);
  return container;
}

/** Every attribute name in the subtree, sorted and unique. */
const attributeNames = (root: Element) =>
  [...new Set([...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()))].sort();

const tagNames = (root: Element) => [...new Set([...root.querySelectorAll('*')].map((el) => el.localName))].sort();

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** One of each attack the sanitiser must defuse; every payload sets the flag if it runs. */
const HOSTILE = `
  <p onclick="window.__sanitizePwned = 'onclick'" onmouseover="window.__sanitizePwned = 'onmouseover'">Clic</p>
  <script>window.__sanitizePwned = 'script'</script>
  <img src=x onerror="window.__sanitizePwned = 'img'">
  <a href="javascript:window.__sanitizePwned = 'javascript'">js</a>
  <a href=" JaVaScRiPt:window.__sanitizePwned = 'mixed-case'">mixed</a>
  <a href="java&#x09;script:window.__sanitizePwned = 'tab'">tab</a>
  <a href="data:text/html,&lt;script&gt;parent.__sanitizePwned = 'data'&lt;/script&gt;">data</a>
  <a href="vbscript:msgbox(1)">vb</a>
  <p style="position: fixed; inset: 0; background: red">Stylé</p>
  <style>* { display: none !important }</style>
  <iframe src="javascript:parent.__sanitizePwned = 'iframe'" srcdoc="<script>parent.__sanitizePwned = 'srcdoc'</script>"></iframe>
  <svg><script>window.__sanitizePwned = 'svg-script'</script><a href="javascript:1"><text>svg</text></a></svg>
  <svg onload="window.__sanitizePwned = 'svg-onload'"></svg>
  <math><mi xlink:href="javascript:1">m</mi></math>
  <details open ontoggle="window.__sanitizePwned = 'ontoggle'"><summary>Résumé</summary>Détails</details>
  <video src=x onerror="window.__sanitizePwned = 'video'"></video>
  <audio src=x onerror="window.__sanitizePwned = 'audio'"></audio>
  <object data="javascript:window.__sanitizePwned = 'object'"></object>
  <embed src="javascript:window.__sanitizePwned = 'embed'">
  <form action="javascript:1"><input autofocus onfocus="window.__sanitizePwned = 'input'"><button>Envoyer</button></form>
  <noscript><p title="</noscript><img src=x onerror=window.__sanitizePwned='noscript'>"></p></noscript>
  <template><script>window.__sanitizePwned = 'template'</script></template>
  <div id="x" class="y" data-z="1" tabindex="0" onfocus="window.__sanitizePwned = 'div'">Fin</div>
`;

describe('sanitizeHtml', () => {
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    delete (window as Flagged).__sanitizePwned;
  });

  describe('keeps', () => {
    it('p, em, strong, i, b, ul, ol, li, blockquote, q, cite, br and links, with their text', () => {
      const html =
        '<p>Intro <em>fictive</em> et <strong>forte</strong>, <i>i</i> <b>b</b><br>suite.</p>' +
        '<ul><li>un</li><li>deux</li></ul><ol><li>trois</li></ol>' +
        '<blockquote><p><q>Dit</q> — <cite>Source</cite></p></blockquote>' +
        '<p><a href="https://media.example/dossier">Lire</a> <a href="mailto:redaction@media.example">Écrire</a></p>';
      expect(mount(html).innerHTML).to.equal(
        '<p>Intro <em>fictive</em> et <strong>forte</strong>, <i>i</i> <b>b</b><br>suite.</p>' +
          '<ul><li>un</li><li>deux</li></ul><ol><li>trois</li></ol>' +
          '<blockquote><p><q>Dit</q> — <cite>Source</cite></p></blockquote>' +
          '<p><a href="https://media.example/dossier" rel="noopener noreferrer">Lire</a> ' +
          '<a href="mailto:redaction@media.example" rel="noopener noreferrer">Écrire</a></p>',
      );
    });

    it('resolves relative links against baseUrl, and drops them (keeping the text) without one', () => {
      const html = '<p><a href="../autre/">Autre dossier</a></p>';
      const withBase = mount(html, 'https://media.example/dossiers/fictif/feed.json');
      expect(withBase.querySelector('a')!.getAttribute('href')).to.equal('https://media.example/dossiers/autre/');
      const withoutBase = mount(html);
      expect(withoutBase.innerHTML).to.equal('<p>Autre dossier</p>');
    });

    it('unwraps other elements (div, span, headings, font, tables), keeping their sanitised content', () => {
      const html =
        '<div class="chapo"><h1 id="t">Titre</h1><span style="color:red">Du <font color=red>texte</font></span></div>' +
        '<section><p>Para <u>souligné</u></p></section><table><tr><td>Cellule</td><td>Voisine</td></tr></table>';
      const container = mount(html);
      expect(tagNames(container)).to.deep.equal(['p']);
      // A block's inline content is a paragraph: the words of two blocks never run together.
      expect(container.innerHTML).to.equal('<p>Titre</p><p>Du texte</p><p>Para souligné</p><p>Cellule</p><p>Voisine</p>');
      expect(attributeNames(container)).to.deep.equal([]);
    });

    it('keeps the words of blocks apart wherever they stand (a list item, inline text)', () => {
      expect(mount('<ul><li><div>Un</div><div>Deux</div></li></ul>').innerHTML).to.equal('<ul><li><p>Un</p><p>Deux</p></li></ul>');
      expect(mount('<em>Un<div>Deux</div></em>').innerHTML).to.equal('<p><em>Un Deux </em></p>');
      // Blocks nested in inline text make no paragraph inside it (it would not survive a re-parse).
      const spaced = (html: string) => mount(html).innerHTML.replace(/\s+/g, ' ');
      expect(spaced('<em>Un<div><div>Deux</div></div></em>')).to.equal('<p><em>Un Deux </em></p>');
      // Quirks-mode parsing keeps a table inside a paragraph: its cells become runs of the line.
      expect(spaced('<p>Voir :<table><tr><td>A</td><td>B</td></tr></table></p>')).to.equal('<p>Voir : A B </p>');
      expect(mount('<div>Ligne<br>suivante <b>gras</b></div>').innerHTML).to.equal('<p>Ligne<br>suivante <b>gras</b></p>');
      // A rule breaks the paragraph; a stray list item stays one; top-level text is a paragraph.
      expect(mount('<div>Fin<hr>Début</div>').innerHTML).to.equal('<p>Fin</p><p>Début</p>');
      expect(mount('<p>Avant</p><hr><p>Après</p>').innerHTML).to.equal('<p>Avant</p><p>Après</p>');
      expect(mount('<div><li>Seul</li></div>').innerHTML).to.equal('<li>Seul</li>');
      expect(mount('Texte <em>nu</em>').innerHTML).to.equal('<p>Texte <em>nu</em></p>');
      // Whitespace between blocks makes no empty paragraph.
      expect(mount('<div>\n  <div>Seul</div>\n</div>').innerHTML).to.equal('<p>Seul</p>');
    });

    it('nests nothing a parser would not give back, so the pre-render parses back the same', () => {
      // Table cells and marquee let the source nest what their unwrapping would leave nested.
      const reparsed = (container: HTMLElement) => {
        const copy = document.createElement('div');
        copy.innerHTML = container.innerHTML;
        return copy.innerHTML;
      };
      const cases = {
        'a link in a link': '<a href="https://a.example/">A<table><td><a href="https://b.example/">B</a></td></table></a>',
        'a link in a link (marquee)': '<a href="https://a.example/">A<marquee><a href="https://b.example/">B</a></marquee></a>',
        'a list in a paragraph': '<p>Voir<table><td><ul><li>un</li></ul></td></table></p>',
        'a paragraph in a paragraph, in a line': '<p>Voir <em><marquee><p>dedans</p></marquee></em></p>',
        'a list item in a list item': '<ul><li>A<table><td><li>B</li></td></table></li></ul>',
        'a list under inline text': '<em>Liste <ul><li>un</li></ul></em>',
      };
      for (const [what, html] of Object.entries(cases)) {
        const container = mount(html, 'https://media.example/feed.json');
        expect(reparsed(container), what).to.equal(container.innerHTML);
        expect(container.querySelector('a a, p ul, p li, p p, p blockquote, li > li'), what).to.equal(null);
        expect(squash(container.textContent), what).to.match(/[A-Za-z]/);
      }
      expect(squash(mount(cases['a link in a link']).textContent)).to.equal('A B');
      // A carriage return (from `&#13;`) is a line feed once parsed again: it is one already.
      expect(mount('<p>a&#13;b</p>').innerHTML).to.equal('<p>a\nb</p>');
    });

    it('survives a form whose controls shadow its properties (DOM clobbering)', () => {
      const html = '<p>Avant</p><form><input name="localName"><input name="childNodes">Dedans</form><p>Après</p>';
      expect(mount(html).innerHTML).to.equal('<p>Avant</p><p>Après</p>');
    });
  });

  describe('removes', () => {
    it('<script>, with its source', () => {
      const container = mount('<p>Avant</p><script>window.__sanitizePwned = 1</script><p>Après</p>');
      expect(container.innerHTML).to.equal('<p>Avant</p><p>Après</p>');
    });

    it('inline event handlers, and <img> whatever its attributes', () => {
      const container = mount('<p onclick="window.__sanitizePwned = 1">Clic</p><img src=x onerror="window.__sanitizePwned = 1" alt="Image">');
      expect(container.innerHTML).to.equal('<p>Clic</p>');
    });

    it('javascript: and data: links, also disguised (case, spaces, entities, tabs), keeping their text', () => {
      const hrefs = [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java&#x09;script:alert(1)',
        'java\nscript:alert(1)',
        '&#106;avascript:alert(1)',
        'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
      ];
      const container = mount(hrefs.map((href, i) => `<p><a href="${href}">lien ${i}</a></p>`).join(''));
      expect(container.querySelectorAll('a')).to.have.length(0);
      expect(container.querySelectorAll('p')).to.have.length(hrefs.length);
      expect(squash(container.textContent)).to.equal(hrefs.map((_, i) => `lien ${i}`).join(''));
    });

    it('style attributes and <style> elements', () => {
      const container = mount('<style>p { color: red }</style><p style="color: red">Texte</p>');
      expect(container.innerHTML).to.equal('<p>Texte</p>');
    });

    it('<iframe>, <object>, <embed>, <svg> (with its <script>), <math>, forms, media, <template>, <noscript>', () => {
      const container = mount(
        '<iframe srcdoc="<p>x</p>">Cadre</iframe><object data="x">Objet</object><embed src="x">' +
          '<svg><script>window.__sanitizePwned = 1</script><text>SVG</text></svg><math><mi>x</mi></math>' +
          '<form><input value="v"><textarea>Zone</textarea><select><option>Choix</option></select><button>Bouton</button></form>' +
          '<video>Vidéo</video><audio>Audio</audio><picture><img src="x"></picture>' +
          '<template><p>Modèle</p></template><noscript><p>Sans script</p></noscript><p>Reste</p>',
      );
      expect(container.innerHTML).to.equal('<p>Reste</p>');
    });

    it('comments', () => {
      expect(mount('<p>A<!-- commentaire -->B</p><!--[if IE]><script>1</script><![endif]-->').innerHTML).to.equal('<p>AB</p>');
    });
  });

  it('leaves no attribute but href and rel, and no element outside the allow-list, on a hostile payload', () => {
    const container = mount(HOSTILE);
    expect(attributeNames(container)).to.deep.equal([]);
    const allowed = ['p', 'br', 'em', 'strong', 'i', 'b', 'a', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite'];
    expect(tagNames(container).filter((name) => !allowed.includes(name))).to.deep.equal([]);
    expect(container.textContent).to.contain('Clic');
    expect(container.textContent).to.contain('Fin');
    expect(container.textContent).not.to.contain('__sanitizePwned');
  });

  it('runs nothing: no payload executes, in the inert parse or once in the page', async () => {
    const container = mount(HOSTILE);
    // Give events (error, load, toggle, focus) a chance to fire.
    for (const el of container.querySelectorAll<HTMLElement>('*')) el.focus?.();
    await aTimeout(100);
    expect(pwned()).to.equal(undefined);
  });

  it('returns a fresh fragment of the current document on each call', () => {
    const first = sanitizeHtml('<p>Un</p>');
    const second = sanitizeHtml('<p>Un</p>');
    expect(first !== second && first.firstChild !== second.firstChild, 'new nodes').to.equal(true);
    expect(first.ownerDocument === document && first.firstChild!.ownerDocument === document, 'this document').to.equal(true);
    expect(sanitizeHtml('').childNodes).to.have.length(0);
  });

  describe('under Trusted Types enforcement', () => {
    // An engine without Trusted Types ignores require-trusted-types-for: nothing to prove there.
    beforeEach(function () {
      if (!('trustedTypes' in window)) this.skip();
    });

    /**
     * Loads this module in a fresh iframe whose CSP enforces Trusted Types, and returns its
     * `sanitizeHtml`, evaluated in that realm (its own policy, window and document).
     */
    async function enforcedRealm(allowedPolicies: string) {
      const iframe = document.createElement('iframe');
      const moduleUrl = new URL('./sanitize-html.ts', import.meta.url).pathname;
      iframe.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${allowedPolicies}">
        <script type="module">import { sanitizeHtml } from '${moduleUrl}'; window.sanitizeHtml = sanitizeHtml;</script>`;
      document.body.append(iframe);
      mounted.push(iframe);
      const realm = () => iframe.contentWindow as (Window & { sanitizeHtml?: typeof sanitizeHtml }) | null;
      await waitUntil(() => realm()?.sanitizeHtml, 'the module did not load in the iframe', { timeout: 5000 });
      const doc = iframe.contentDocument!;
      // Enforcement is on: a raw string into an HTML sink throws (a TypeError of the iframe's realm).
      // Portability: Chromium and WebKit name TrustedHTML; Firefox says "Sink type mismatch violation".
      expect(() => (doc.body.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML|Sink type mismatch/);
      return { sanitize: realm()!.sanitizeHtml!, doc };
    }

    it('parses through its own "dossier-widgets" policy when the CSP allows it', async () => {
      const { sanitize, doc } = await enforcedRealm('dossier-widgets');
      const container = doc.createElement('div');
      container.append(sanitize('<p onclick="x()">Intro <em>fictive</em> <a href="javascript:1">lien</a>.</p>'));
      expect(container.innerHTML).to.equal('<p>Intro <em>fictive</em> lien.</p>');
    });

    it('falls back to plain text, one paragraph per block, when the CSP refuses the policy', async () => {
      const { sanitize, doc } = await enforcedRealm('some-other-policy');
      const container = doc.createElement('div');
      container.append(
        sanitize('<p onclick="x()">Intro <em>fictive</em> &amp; <b>vraie</b>&#x202F;!</p><script>x()</script><!-- c --><ul><li>Un</li></ul>'),
      );
      expect(container.innerHTML).to.equal('<p>Intro fictive &amp; vraie\u202f!</p><p>Un</p>');
      expect(container.querySelectorAll('em, b, script')).to.have.length(0);
    });
  });
});
