/**
 * The element's language: its own `lang`, else the nearest ancestor's (crossing shadow roots,
 * so a widget inside another component follows the page), else the document's.
 */
export function resolveLang(element: Element): string {
  for (let node: Element | null | undefined = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    // A document's root node has no host: the walk ends there.
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host;
  }
  return document.documentElement.lang || 'fr';
}
