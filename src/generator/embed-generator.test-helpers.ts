/** What the embed generator's tests share: the sample feed, an integrity stand-in, and a user's actions on the form. */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import './embed-generator-define.js';
import type { EmbedGenerator } from './embed-generator.js';
import type { DossierElement } from '../core/dossier-element.js';
import { settled } from '../test-support/elements.js';

export const SAMPLE = '/feeds/pratiques-collaboratives.json';
export const LOADER_HASH = `sha384-${'A'.repeat(64)}`;
/** A stand-in for dist/cdn/integrity.json, so that these tests do not depend on a build. */
export const INTEGRITY = `data:application/json,${encodeURIComponent(JSON.stringify({ 'loader.js': LOADER_HASH, 'dossier-widgets.js': `sha384-${'B'.repeat(64)}` }))}`;

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const code = (el: EmbedGenerator) => $<HTMLTextAreaElement>(el, 'textarea').value;

/** Pre-rendering is off unless a test asks: most tests read the plain snippet. */
export async function generator(template: TemplateResult, { prerender = false } = {}) {
  const el = await fixture<EmbedGenerator>(template);
  el.prerender = prerender;
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

export const sample = (options?: { prerender?: boolean }) =>
  generator(html`<embed-generator feed=${SAMPLE} integrity-src=${INTEGRITY}></embed-generator>`, options);

/** Clicks a radio or checkbox, as a user would, and waits for the re-render. */
export async function click(el: EmbedGenerator, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
}

export async function choose(el: EmbedGenerator, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function type(el: EmbedGenerator, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** The live element in the preview, once it has rendered. */
export async function previewed<T extends DossierElement<unknown>>(el: EmbedGenerator, tag: string) {
  return settled($(el, `.stage ${tag}`) as unknown as T);
}

/** Parses the snippet without running it (a document from DOMParser runs no script). */
export const parse = (snippet: string) => new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
