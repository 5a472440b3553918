/**
 * A rendered widget, written back as a declarative shadow root (`<template shadowrootmode>`)
 * for the embed snippet. The browser builds that shadow root while it parses the partner's page,
 * so readers see the styled widget at the first paint, and without JavaScript. When the script
 * runs, the element keeps it until the feed answers, then renders the same markup in its place:
 * nothing on the page moves (see `DossierElement.prerendered`). Server-side rendering, done
 * once in the generator instead of on a server.
 *
 * Browsers without declarative shadow DOM ignore the template and show the fallback content
 * next to it, as before.
 */
import type { LitElement } from 'lit';


/** The element's styles as CSS text, in the order Lit adopts them. */
function stylesOf(element: LitElement): string {
  const { elementStyles } = element.constructor as typeof LitElement;
  return elementStyles
    .map((style) => (style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('') : style.cssText))
    .join('')
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ');
}

/**
 * The `<template shadowrootmode="open">` for a widget that has rendered its content, or an empty
 * string when it has not (loading, error: there is nothing right to freeze).
 */
export function prerender(element: LitElement): string {
  const root = element.shadowRoot;
  if (!root || !element.matches(':state(complete)')) return '';
  // Until the Node renderer replaces this serialisation: browsers whose serialiser leaves `<`
  // unescaped in attribute values (before the 2025 HTML change) could let a feed value such as
  // `"language": "fr<!--"` reopen markup once the comments below are stripped. Such a widget is
  // not frozen; the snippet keeps its fallback content.
  if ([...root.querySelectorAll('*')].some((node) => [...node.attributes].some((a) => /[<>]/.test(a.value)))) return '';
  // Lit's markers are comments; the live region is empty once the content is there. A
  // disclosure the partner opened in the preview is frozen closed, as the element renders it.
  const markup = root.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/(<details\b[^>]*?) open=""/g, '$1')
    .replace(/>\s+</g, '> <')
    .trim();
  return `<template shadowrootmode="open"><style>${stylesOf(element)}</style>${markup}</template>`;
}

/**
 * The CSP source that allows the pre-render's `<style>` block (`'sha256-…'`), for pages whose
 * `style-src` forbids inline styles. Empty where Web Crypto is unavailable (insecure origins).
 */
export async function styleHash(prerendered: string): Promise<string> {
  const css = /<style>([^<]*)<\/style>/.exec(prerendered)?.[1];
  if (css === undefined || !globalThis.crypto?.subtle) return '';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
