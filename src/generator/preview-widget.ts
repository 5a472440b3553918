/** The generator's live preview element, created by tag and kept while it can be. */

export interface PreviewWidget {
  key: string;
  element: HTMLElement;
}

/**
 * The preview's element for this tag and language: the same one while they stay (other choices
 * update its attributes in place), a new one when either changes, since an element reads its
 * language when it renders.
 */
export function previewWidget(current: PreviewWidget | undefined, tag: string, lang: string): PreviewWidget {
  const key = `${tag}|${lang}`;
  return current?.key === key ? current : { key, element: document.createElement(tag) };
}

/** Gives the element exactly these attributes (`true`: a boolean one), touching only those that change. */
export function setAttributes(element: HTMLElement, attributes: [string, string | true][]): HTMLElement {
  const wanted = new Map(attributes.map(([name, value]) => [name, value === true ? '' : value]));
  for (const { name } of [...element.attributes]) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  return element;
}
