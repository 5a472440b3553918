/**
 * The built generator bundle (dist/cdn/embed-generator.js, what demo/generator.html loads; `npm
 * test` builds it first) carries the server renderer for its pre-render, and @lit-labs/ssr
 * changes Lit's prototypes when it loads and when it renders (src/ssr/render-element.ts). Here,
 * in the minified bundle, with a widget already in the page when the script runs (upgraded while
 * the bundle defines its elements): every live element adopts its styles, the pre-render comes
 * from the renderer, and after it the preview's directives still work.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feedUrl } from '../src/test-support/feeds.js';

const BUNDLE = '/dist/cdn/embed-generator.js';
const INTEGRITY = `data:application/json,${encodeURIComponent(JSON.stringify({ 'loader.js': `sha384-${'A'.repeat(64)}` }))}`;

type Live = HTMLElement & { updateComplete: Promise<unknown> };
type Generator = Live & { snippet: string; loadComplete: Promise<void> };

/** The widget has rendered its data (not its skeleton, which has a figure too). */
const rendered = (el: Element) => el.matches(':state(complete)');

/** The element's own styles apply: adopted, and a rule of them (a figure's default margin is 40px) in effect. */
function expectStyled(el: Element) {
  expect(el.shadowRoot!.adoptedStyleSheets.length, `<${el.localName}> adopted no style sheet`).to.be.greaterThan(0);
  expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).marginLeft).to.equal('0px');
}

describe('embed generator bundle', () => {
  it('elements keep Lit’s style adoption, before and after the bundle’s first pre-render', async () => {
    // In the page before the script runs: upgraded while the bundle evaluates.
    const early = await fixture<HTMLDivElement>(html`<div><dossier-quote feed=${feedUrl('fictional')} quote="q-camille" lang="fr"></dossier-quote></div>`).then(
      (div) => div.firstElementChild!,
    );
    const bundle = (await import(/* @vite-ignore */ BUNDLE)) as { prerender: (el: Element) => string };
    await waitUntil(() => rendered(early), 'the early quote did not render');
    expectStyled(early);

    // The generator pre-renders its preview's element into the snippet (the server renderer, here in the bundle).
    const generator = await fixture<Generator>(html`<embed-generator feed="/feeds/pratiques-collaboratives.json" integrity-src=${INTEGRITY}></embed-generator>`);
    await generator.loadComplete;
    await waitUntil(() => generator.snippet.includes('<template shadowrootmode="open"><style>'), 'no pre-render in the snippet');
    const root = generator.shadowRoot!;
    await waitUntil(() => root.querySelector('.code')?.textContent?.includes("'sha256-"), 'no style hash in the note');
    const preview = root.querySelector('.stage > dossier-quote')!;
    await waitUntil(() => rendered(preview), 'the preview did not render');
    expectStyled(preview);

    // The intro's pre-render runs directives through the renderer (its sanitised body is an unsafeHTML() value).
    root.querySelector<HTMLInputElement>('input[name=element][value=dossier-intro]')!.click();
    await generator.updateComplete;
    await waitUntil(() => /<dossier-intro[^]*<template shadowrootmode="open">/.test(generator.snippet), 'no pre-rendered intro');

    // After pre-renders: a new element still adopts its styles, and the stage's styleProps() still sets its colours.
    const late = await fixture<Live>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille" lang="fr"></dossier-quote>`);
    await waitUntil(() => rendered(late), 'the late quote did not render');
    expectStyled(late);
    const accent = root.querySelector<HTMLInputElement>('#colour-accent')!;
    accent.value = '#aa0000';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await generator.updateComplete;
    expect(root.querySelector<HTMLElement>('.stage')!.style.getPropertyValue('--dossier-accent')).to.equal('#aa0000');

    // The bundle's prerender() of a live widget (what npm run prerender-demo calls).
    const frozen = new DOMParser().parseFromString(bundle.prerender(late), 'text/html').querySelector('template')!;
    expect(frozen.getAttribute('shadowrootmode')).to.equal('open');
    expect(frozen.content.querySelector('blockquote p')!.textContent).to.equal(late.shadowRoot!.querySelector('blockquote p')!.textContent);
  });
});
