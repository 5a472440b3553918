/**
 * A widget's declarative shadow root (`<template shadowrootmode="open">`) for the embed snippet,
 * rendered by the one renderer (src/ssr/render-element.ts: Lit's own server renderer, here run
 * in the browser) from the parsed dossier and the snippet's own attributes. The browser builds
 * that shadow root while it parses the partner's page, so readers see the styled widget at the
 * first paint, and without JavaScript. When the script runs, the element keeps it until the feed
 * answers, then renders the same markup in its place: nothing on the page moves (see
 * `DossierElement.prerendered`).
 *
 * Every value in it went through the renderer's escaping (and the intro's HTML through the
 * sanitiser, then `serializeNodes`): the markup is never read back from a live element's
 * `innerHTML`, and no regular expression touches it.
 *
 * Browsers without declarative shadow DOM ignore the template and show the fallback content
 * next to it, as before.
 */
import type { LitElement } from 'lit';
import { resolveLang } from '../core/lang.js';
import { sanitizeHtml } from '../core/sanitize-html.js';
import type { WidgetTag } from '../elements.js';
import type { Dossier } from '../feed/model.js';
import { NothingToRender, renderShadowRoot, shadowStyleText, type Attributes } from '../ssr/render-element.js';
import { serializeNodes } from '../ssr/serialize-nodes.js';

export interface PrerenderInput {
  tag: WidgetTag;
  /** The element's attributes as the snippet writes them (`widgetAttributes`). */
  attributes: Attributes;
  dossier: Dossier;
  /** Absolute feed URL: relative links in the feed resolve against it. */
  url: string;
}

/** The intro's HTML through the sanitiser (the browser's DOM), written by our own serialiser. */
const sanitize = (html: string, baseUrl: string) => serializeNodes(sanitizeHtml(html, baseUrl).childNodes);

/** The last pre-render: the generator asks again after each of its updates, mostly for the same one. */
let last: { dossier: Dossier; key: string; html: string } | undefined;

/**
 * What a live widget that has rendered its content was rendered from: its tag, the attributes it
 * observes (and the language it resolved), its dossier and feed URL. Undefined while it loads or
 * after an error: there is nothing right to freeze.
 */
function inputOf(element: LitElement): PrerenderInput | undefined {
  const loaded = (element as unknown as { data: { loaded?: { dossier: Dossier; url: string } } }).data?.loaded;
  if (!loaded || !element.matches(':state(complete)')) return undefined;
  const observed = new Set((element.constructor as typeof LitElement).observedAttributes);
  const attributes: Attributes = [...element.attributes].filter(({ name }) => observed.has(name) && name !== 'lang').map(({ name, value }) => [name, value]);
  attributes.push(['lang', resolveLang(element)]);
  return { tag: element.localName as WidgetTag, attributes, dossier: loaded.dossier, url: loaded.url };
}

/**
 * The `<template shadowrootmode="open">` of the widget these attributes describe, or an empty
 * string when the dossier lacks what they ask for. Given a live widget instead (as
 * `npm run prerender-demo` does), the same, from what it was rendered from, or an empty string
 * while it loads or after an error.
 */
export function prerender(source: PrerenderInput | LitElement): string {
  const input = source instanceof HTMLElement ? inputOf(source) : source;
  if (!input) return '';
  const key = JSON.stringify([input.tag, input.attributes, input.url]);
  if (last?.dossier === input.dossier && last.key === key) return last.html;
  let html = '';
  try {
    html = renderShadowRoot({ ...input, sanitize });
  } catch (error) {
    if (!(error instanceof NothingToRender)) throw error;
  }
  last = { dossier: input.dossier, key, html };
  return html;
}

/**
 * The CSP source that allows a pre-render's `<style>` block (`'sha256-…'`), for pages whose
 * `style-src` forbids inline styles: the hash of the element's style text, which the renderer
 * writes as it is (the same for every widget of one element and version). Empty where Web
 * Crypto is unavailable (insecure origins).
 */
export async function styleHash(tag: WidgetTag): Promise<string> {
  if (!globalThis.crypto?.subtle) return '';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(shadowStyleText(tag))));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
