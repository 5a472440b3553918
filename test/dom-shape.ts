/**
 * DOM trees written out as comparable text, for tests that check that two paths built the same
 * tree (server-rendered HTML parsed by the browser, and the live element): one line per element
 * with its name (namespaced outside HTML: `svg:path`) and its attributes sorted by name, one line
 * per run of text with white space collapsed, open shadow roots and template contents as
 * children. Comments and processing instructions are left out (Lit's markers are comments on
 * both sides), and a run of text goes on across them.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const PREFIX: Record<string, string> = { 'http://www.w3.org/2000/svg': 'svg', 'http://www.w3.org/1998/Math/MathML': 'math' };

/** Attributes only Lit's server renderer writes, for hydration: not part of what a reader gets. */
export const litInternalAttribute = (name: string) => name === 'defer-hydration' || name.startsWith('hydrate-internals-');

export interface ShapeOptions {
  /** Leave an attribute out (it is reported elsewhere). */
  skipAttribute?: (element: Element, name: string) => boolean;
  /** Write an attribute's value otherwise than as it is (to round numbers, say). */
  attributeValue?: (element: Element, name: string, value: string) => string;
  /** Trim runs of text, leaving out blank ones (the indentation of hand-laid HTML source). */
  trimText?: boolean;
}

const nameOf = (el: Element) => (el.namespaceURI === HTML_NS ? el.localName : `${PREFIX[el.namespaceURI ?? ''] ?? el.namespaceURI}:${el.localName}`);

export function attributesOf(el: Element, options: ShapeOptions = {}): string[] {
  return [...el.attributes]
    .filter(({ name }) => !litInternalAttribute(name) && !options.skipAttribute?.(el, name))
    .map(({ name, value }) => `${name}=${JSON.stringify(options.attributeValue?.(el, name, value) ?? value)}`)
    .sort();
}

/** The nodes' shape, one line per element or run of text, indented by depth. */
export function shapeLines(nodes: Iterable<Node>, options: ShapeOptions = {}, depth = 0): string[] {
  const lines: string[] = [];
  const pad = '  '.repeat(depth);
  let text = '';
  const flush = () => {
    const collapsed = options.trimText ? text.replace(/\s+/g, ' ').trim() : text.replace(/\s+/g, ' ');
    if (collapsed) lines.push(`${pad}${JSON.stringify(collapsed)}`);
    text = '';
  };
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    flush();
    const el = node as Element;
    lines.push(`${pad}<${[nameOf(el), ...attributesOf(el, options)].join(' ')}>`);
    if (el.shadowRoot) {
      lines.push(`${pad}  #shadow-root`);
      lines.push(...shapeLines(el.shadowRoot.childNodes, options, depth + 2));
    }
    const children = el instanceof HTMLTemplateElement ? el.content.childNodes : el.childNodes;
    lines.push(...shapeLines(children, options, depth + 1));
  }
  flush();
  return lines;
}

/** The nodes' shape as one string (a readable diff when two differ). */
export const shape = (nodes: Iterable<Node>, options?: ShapeOptions) => shapeLines(nodes, options).join('\n');

/** Every element under `root`, through open shadow roots and template contents. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) yield* allElements(el.content);
  }
}

/**
 * HTML parsed as a page's source is, declarative shadow roots included, with no script and no
 * custom element definition at work: `Document.parseHTMLUnsafe` (Chromium 124, Firefox 123,
 * Safari 17.4), or with `frame` (or where that is missing) a page of its own in an iframe
 * sandboxed without `allow-scripts` (`allow-same-origin` only lets the test read it).
 */
export async function parseWithoutScript(markup: string, { frame = false } = {}): Promise<Document> {
  const source = `<!doctype html><html><head></head><body>${markup}</body></html>`;
  const parse = (Document as unknown as { parseHTMLUnsafe?: (html: string) => Document }).parseHTMLUnsafe;
  if (parse && !frame) return parse.call(Document, source);
  const iframe = document.createElement('iframe');
  iframe.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = source;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}
