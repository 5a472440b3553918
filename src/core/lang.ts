/**
 * The element's language: its own `lang`, else the nearest ancestor's (crossing shadow roots,
 * so a widget inside another component follows the page), else the document's.
 */
export function resolveLang(element: Element): string {
  for (let node: Element | null = element; node; ) {
    if (node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || 'fr';
}
