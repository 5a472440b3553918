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

/**
 * The language a piece of feed content is written in, apart from the interface's: its own when
 * the feed contract gives one (a testimony item's `language`), else the dossier's (`_dossier.language`,
 * else the feed's `language`). Undefined when the feed does not say: the content then inherits
 * the page's language, the best guess left. Render it as `lang=${contentLang(…) ?? nothing}` on
 * the element that holds the content, so that screen readers pick the right voice (WCAG 3.1.2)
 * and quotation marks follow the words, whatever the page's language.
 */
export const contentLang = (dossier: { language?: string }, own?: string): string | undefined => own ?? dossier.language;
