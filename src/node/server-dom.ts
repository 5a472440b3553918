/**
 * What the elements' code expects of a browser, lent to it in Node for the duration of one
 * synchronous render and then taken back, so that a publisher's own server process never
 * sees `window` or `document` appear (many libraries read `typeof window` to decide whether
 * they run in a browser):
 *
 * - a DOM for the intro's sanitiser, which parses the feed's HTML into an inert document and
 *   rebuilds the allowed part with `createElement` (src/core/sanitize-html.ts). The nodes are
 *   linkedom's; the parsing is parse5's, which follows the HTML standard's algorithm as browsers
 *   do (linkedom's own parser does not: a fragment without `<body>` is lost, misnested tags are
 *   kept as written), so that the server keeps what a browser would keep;
 * - a `ResizeObserver` that observes nothing: the map's viewport creates one when constructed,
 *   and the server gives it its size instead (see src/ssr/render-element.ts).
 */
import { parseHTML } from 'linkedom';
import { parse } from 'parse5';

const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** parse5's tree, as far as it is read here. */
interface Parsed {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string }[];
  value?: string;
  data?: string;
  childNodes?: Parsed[];
}

/** parse5's nodes rebuilt as linkedom's (elements, text, comments; a template's content is left out). */
function adopt(source: Parsed, target: Node, doc: Document) {
  for (const node of source.childNodes ?? []) {
    if (node.nodeName === '#text') target.appendChild(doc.createTextNode(node.value ?? ''));
    else if (node.nodeName === '#comment') target.appendChild(doc.createComment(node.data ?? ''));
    else if (node.tagName) {
      const element = doc.createElementNS(node.namespaceURI ?? 'http://www.w3.org/1999/xhtml', node.tagName);
      for (const { name, value } of node.attrs ?? []) element.setAttribute(name, value);
      target.appendChild(element);
      adopt(node, element, doc);
    }
  }
}

/** `DOMParser` for `text/html`, parsed by the standard's algorithm into a fresh document. */
class StandardDOMParser {
  parseFromString(html: string): Document {
    const doc = new window.DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html') as unknown as Document;
    const parsed = parse(html) as unknown as Parsed;
    const body = parsed.childNodes?.find((n) => n.tagName === 'html')?.childNodes?.find((n) => n.tagName === 'body');
    if (body) adopt(body, doc.body, doc);
    return doc;
  }
}

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const LENT: Record<string, unknown> = {
  window,
  document: window.document,
  DOMParser: StandardDOMParser,
  Node: window.Node,
  Element: window.Element,
  DocumentFragment: window.DocumentFragment,
  ResizeObserver: NoResizeObserver,
};

/**
 * Runs `render` with the browser globals above defined (where Node has none), then removes them.
 * The elements' console warnings (a map's initiatives without coordinates…) are meant for a
 * partner's browser console; on the server `dossier-widgets validate` reports the same findings,
 * once, so they are not repeated for every page rendered.
 */
export function withServerDom<T>(render: () => T): T {
  const global = globalThis as unknown as Record<string, unknown>;
  const lent = Object.keys(LENT).filter((name) => !(name in global));
  for (const name of lent) global[name] = LENT[name];
  const warn = console.warn;
  console.warn = () => {};
  try {
    return render();
  } finally {
    console.warn = warn;
    for (const name of lent) delete global[name];
  }
}
