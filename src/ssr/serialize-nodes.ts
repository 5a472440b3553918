/**
 * DOM nodes written as HTML source through our own escaping, for the server renderer: the
 * sanitised intro is a tree of a dozen allowed tags, text and `href`/`rel` attributes (see
 * core/sanitize-html.ts), which must reach the pre-rendered markup without ever being parsed
 * back from a browser's serialiser. Text and attribute values go through the generator's one
 * `escapeHtml`; anything but elements and text (comments, processing instructions) is left out.
 */
import { escapeHtml } from '../generator/fallback.js';

/** Elements without content or end tag. */
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
/** Only names the sanitiser can produce are written; anything else would be a bug upstream. */
const NAME = /^[a-z][a-z0-9-]*$/;

interface NodeLike {
  nodeType: number;
  childNodes: ArrayLike<NodeLike>;
  localName?: string;
  data?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

export function serializeNodes(nodes: ArrayLike<NodeLike>): string {
  let out = '';
  for (const node of Array.from(nodes)) {
    if (node.nodeType === 3) out += escapeHtml(node.data ?? '');
    if (node.nodeType !== 1) continue;
    const name = node.localName ?? '';
    if (!NAME.test(name)) throw new Error(`serializeNodes: unexpected element name ${JSON.stringify(name)}`);
    let attributes = '';
    for (const { name: attribute, value } of Array.from(node.attributes ?? [])) {
      if (!NAME.test(attribute)) throw new Error(`serializeNodes: unexpected attribute name ${JSON.stringify(attribute)}`);
      attributes += ` ${attribute}="${escapeHtml(value)}"`;
    }
    out += VOID.has(name) ? `<${name}${attributes}>` : `<${name}${attributes}>${serializeNodes(node.childNodes)}</${name}>`;
  }
  return out;
}
