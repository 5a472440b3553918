/**
 * The one way feed HTML (the dossier's `intro_html`) reaches the DOM.
 *
 * An allow-list sanitiser that rebuilds rather than filters: the string is parsed into an
 * inert document (no scripts run, nothing loads there), then a new fragment is built in the
 * current document with `createElement` for the few allowed tags, copying text and one
 * attribute (`href` on links, through the URL allow-list). Nothing from the parsed tree is
 * adopted, and the result is never serialised back to a string and parsed again, so the
 * parser round-trip differences behind mutation XSS have nothing to work on.
 *
 * - Kept: p, br, em, strong, i, b, a, ul, ol, li, blockquote, q, cite. No attribute but a
 *   safe `href` (http, https, mailto; relative ones resolved against `baseUrl`), to which
 *   `rel="noopener noreferrer"` is added. A link whose URL is refused keeps its text.
 * - Dropped with their content: scripts, styles, embedded documents and media, forms, SVG and
 *   MathML, head-only elements (see DROP).
 * - Any other element (div, span, h1, font, table…) is unwrapped: its content stays, sanitised.
 *   A block among them (div, h1, td…), and the top level, keep their runs of inline content as
 *   paragraphs, so that the words of two blocks never run together ("Titre" + "Texte" is not
 *   "TitreTexte"); a rule (`hr`) breaks the paragraph. Inside a line (a `div` in an `em`), blocks
 *   become spaced runs instead: no paragraph ever stands inside inline content, so the embed
 *   pre-render (src/ssr/, which serialises the rebuilt nodes with its own escaping) parses back the same.
 * - Nothing is nested that an HTML parser would not give back (a link in a link, a block in a
 *   paragraph, a list item in a list item: table cells and marquee let the source nest them):
 *   the inner link gives way to its text, the block becomes a spaced run of the paragraph, the
 *   item a block of the outer item. A carriage return in text becomes a line feed.
 * - Comments and every other attribute (style, on*, class, id…) are dropped.
 *
 * Trusted Types: under `require-trusted-types-for 'script'`, `DOMParser.parseFromString`
 * needs a TrustedHTML. A pass-through policy named `dossier-widgets` is created once, on first
 * use, and only ever feeds this inert parse. If the page's CSP does not allow that name
 * (`trusted-types` lists others), `createPolicy` throws and the intro is shown as plain text
 * instead (see `asText`). Partners with Trusted Types add `dossier-widgets` to their list
 * (and `allow-duplicates` if the script may be loaded twice).
 */
import { safeLinkUrl } from '../feed/safe-url.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements rebuilt as such. */
const ALLOWED = new Set(['p', 'br', 'em', 'strong', 'i', 'b', 'a', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite']);

/** Elements dropped with everything inside them: code, embedded content, forms, media, head. */
const DROP = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form',
  'input', 'button', 'select', 'textarea', 'frame', 'frameset', 'link', 'meta', 'title', 'head',
  'base', 'img', 'video', 'audio', 'picture', 'source', 'track', 'canvas', 'applet',
]);

/** Unknown elements that stand as blocks of text: their inline content becomes a `<p>`. */
const BLOCKS = new Set([
  'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'search', 'address', 'center',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'pre', 'figure', 'figcaption', 'details', 'summary', 'dialog',
  'fieldset', 'legend', 'dl', 'dt', 'dd', 'menu', 'dir', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th',
]);

/** Allowed elements that are blocks themselves (a stray `li` included), and allowed ones a paragraph may stand in. */
const ALLOWED_BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote']);
const FLOW_CONTAINERS = new Set(['li', 'blockquote']);

/**
 * Where a rebuilt node stands, for the nestings an HTML parser would not give back: the output
 * is written as HTML by the server renderer and must parse back into the same tree. The parser
 * never nests what the source's scope elements (table cells, captions, marquee) allowed and
 * the sanitiser unwraps: a link in a link (the inner one closes the outer), a block in a
 * paragraph (p, ul, ol, li or blockquote close it), a list item in a list item (it closes it,
 * unless a list or a quote stands between them).
 */
interface Context {
  link?: boolean;
  paragraph?: boolean;
  item?: boolean;
}

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
type TrustedTypesWindow = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createHTML: (input: string) => string }): HtmlPolicy };
};

/**
 * How to hand a string to the parser: as is (no Trusted Types), through our policy, or not at
 * all (`null`: the policy was refused). Decided once, on first use.
 */
let toParserInput: ((html: string) => unknown) | null | undefined;

function parserInput(): ((html: string) => unknown) | null {
  if (toParserInput === undefined) {
    try {
      const policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy('dossier-widgets', {
        // Safe as a pass-through: its only caller parses into an inert document that is read, never shown.
        createHTML: (input) => input,
      });
      toParserInput = policy ? (html) => policy.createHTML(html) : (html) => html;
    } catch {
      toParserInput = null;
    }
  }
  return toParserInput;
}

/**
 * Sanitises untrusted HTML into a new fragment of the current document. `baseUrl` (the feed's
 * URL) resolves relative links; without it they are dropped. Each call returns a fresh fragment.
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const input = parserInput();
  if (!input) return asText(html, fragment);
  const parsed = new DOMParser().parseFromString(input(html) as string, 'text/html');
  // The body as a block: top-level runs of text become paragraphs, like those of a div.
  unwrapBlock(parsed.body, fragment, baseUrl, {});
  return fragment;
}

/** Copies the allowed part of `source`'s children into `target`, depth first. */
function rebuild(source: Node, target: Node, baseUrl: string | undefined, context: Context) {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      // A carriage return (`&#13;`) would be read back as a line feed: the same white space.
      target.appendChild(document.createTextNode((node as Text).data.replace(/\r\n?/g, '\n')));
      continue;
    }
    // Comments, processing instructions: gone.
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    // Foreign (SVG, MathML) elements only occur inside <svg>/<math>, dropped whole anyway. A
    // form's named controls shadow its properties (`<input name=localName>`: DOM clobbering),
    // so a name that is no string is a form's, dropped as forms are.
    if (typeof name !== 'string' || element.namespaceURI !== HTML_NS || DROP.has(name)) continue;
    const href = name === 'a' ? safeLinkUrl(element.getAttribute('href'), baseUrl) : undefined;
    // A rule between two blocks of text: a paragraph break (an empty <p>, dropped by the
    // paragraph grouping below) where paragraphs stand, a space inside a line.
    if (name === 'hr') {
      target.appendChild(canHoldParagraphs(target) ? document.createElement('p') : document.createTextNode(' '));
      continue;
    }
    // Unknown elements, and links whose URL is refused, give way to their content.
    // So do blocks that a parser would not leave where they are (see Context): a block in a
    // paragraph becomes a spaced run of it, a list item in a list item a block of its content.
    if (BLOCKS.has(name) || (name === 'li' && context.item && !context.paragraph)) {
      unwrapBlock(element, target, baseUrl, context);
      continue;
    }
    if (context.paragraph && ALLOWED_BLOCKS.has(name)) {
      target.appendChild(document.createTextNode(' '));
      rebuild(element, target, baseUrl, context);
      target.appendChild(document.createTextNode(' '));
      continue;
    }
    if (!ALLOWED.has(name) || (name === 'a' && (!href || context.link))) {
      rebuild(element, target, baseUrl, context);
      continue;
    }
    const copy = document.createElement(name);
    if (href) {
      copy.setAttribute('href', href);
      copy.setAttribute('rel', 'noopener noreferrer');
    }
    target.appendChild(copy);
    rebuild(element, copy, baseUrl, {
      link: context.link || name === 'a',
      paragraph: context.paragraph || name === 'p',
      // A list or a quote stops a list item's start tag from closing the item around it.
      item: name === 'li' || (context.item && !['ul', 'ol', 'blockquote'].includes(name)),
    });
  }
}

/**
 * An unknown block's content, rebuilt: where a paragraph may stand (the top level, a list item,
 * a quote), each run of inline content becomes a `<p>` and allowed blocks pass through; inside
 * inline content (a `div` in an `em`), spaces keep its words apart from the neighbours'.
 */
function unwrapBlock(element: Element, target: Node, baseUrl: string | undefined, context: Context) {
  const content = document.createDocumentFragment();
  rebuild(element, content, baseUrl, context);
  if (!canHoldParagraphs(target)) {
    // Paragraphs the content made (nested blocks) become spaced runs of the line.
    for (const child of [...content.children]) if (child.localName === 'p') child.replaceWith(' ', ...child.childNodes, ' ');
    (target as ParentNode).append(' ', content, ' ');
    return;
  }
  let paragraph: HTMLElement | undefined;
  for (const node of [...content.childNodes]) {
    // An inline element holding a block (an `em` around a list) stands on its own: in a
    // paragraph, the block would close the paragraph when parsed back.
    if (node instanceof Element && (ALLOWED_BLOCKS.has(node.localName) || node.querySelector('p, ul, ol, li, blockquote'))) {
      paragraph = undefined;
      // An empty paragraph is a break (a rule, an empty block): nothing to show.
      if (node.localName !== 'p' || node.hasChildNodes()) target.appendChild(node);
    } else if (paragraph || node.textContent!.trim() || (node as Element).localName === 'br') {
      (paragraph ??= target.appendChild(document.createElement('p'))).appendChild(node);
    }
  }
}

/** The top level and the allowed blocks that hold flow content: a `<p>` may stand there. */
const canHoldParagraphs = (target: Node) => target instanceof DocumentFragment || FLOW_CONTAINERS.has((target as Element).localName);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The fallback when no HTML may be parsed (Trusted Types refused our policy): the intro as
 * plain text, one `<p>` per block. The regular expressions below are NOT a sanitiser and need
 * not be one: their output only ever becomes `textContent`, which the browser never parses,
 * whatever it contains. They only make that text readable (no markup, no script source, words
 * of adjacent blocks kept apart, common entities decoded).
 */
function asText(html: string, fragment: DocumentFragment): DocumentFragment {
  const blocks = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript|iframe|object|svg|math|textarea|title|select|button)\b[\s\S]*?<\/\1\s*>/gi, '')
    .split(/<\/?(?:p|div|br|li|ul|ol|blockquote|h[1-6]|section|article|tr|table)\b[^>]*>/i);
  for (const block of blocks) {
    const text = block
      .replace(/<\/?[a-z!][^>]*>/gi, '')
      .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
        if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? entity;
        const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd';
      })
      // HTML's whitespace only: French text relies on no-break spaces (U+00A0, U+202F) that \s would eat.
      .replace(/[\t\n\f\r ]+/g, ' ')
      .replace(/^ | $/g, '');
    if (!text) continue;
    const p = document.createElement('p');
    p.textContent = text;
    fragment.appendChild(p);
  }
  return fragment;
}
