/** Helpers for tests of the dossier elements. */

/** The element has fetched its feed and rendered the result (or its error). */
export async function settled<T extends HTMLElement & { updateComplete: Promise<unknown>; loadComplete: Promise<unknown> }>(el: T) {
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

/** Text of the first match in the element's shadow root, white space collapsed. */
export const shadowText = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
