/**
 * The server renderer run in a browser (the embed generator's pre-render) leaves the page's live
 * elements as Lit made them: @lit-labs/ssr replaces `LitElement.prototype.createRenderRoot` when
 * it loads (a version that adopts no styles) and the method directives resolve with when it
 * renders (directives would then `render()` instead of `update()`). Both are put back
 * (lit-render-root.ts, render-element.ts). test/generator-build.test.ts checks the same in the
 * built generator bundle, with elements already in the page when it loads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Directive } from 'lit/directive.js';
import '../all.js';
import { renderShadowRoot, type ShadowRootInput } from './render-element.js';
import { litCreateRenderRoot } from './lit-render-root.js';
import { serializeNodes } from './serialize-nodes.js';
import { REGIONS } from '../components/initiative-map/geometry/index.js';
import { sanitizeHtml } from '../core/sanitize-html.js';
import { parseFeed } from '../feed/parse-feed.js';
import { feedUrl } from '../test-support/feeds.js';
import { settled } from '../test-support/elements.js';
import type { DossierElement } from '../core/dossier-element.js';

type Widget = DossierElement<unknown>;

async function fictional() {
  const url = new URL(feedUrl('fictional'), location.href).href;
  return { dossier: parseFeed(await (await fetch(url)).json(), url).dossier!, url };
}

const sanitize = (source: string, base: string) => serializeNodes(sanitizeHtml(source, base).childNodes);

describe('the server renderer in a browser', () => {
  it('leaves LitElement’s own createRenderRoot: a live element adopts its styles', async () => {
    expect(LitElement.prototype['createRenderRoot']).to.equal(litCreateRenderRoot);
    const el = await settled(await fixture<Widget>(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`));
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    // A rule of the quote's own styles applies (a figure's default margin is 40px).
    expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).marginLeft).to.equal('0px');
  });

  it('leaves Lit’s directives as they were: a live map still places its markers with styleProps()', async () => {
    const { dossier, url } = await fictional();
    const geometry = new Map([['FR-ARA', (await REGIONS['FR-ARA']!()).default as unknown]]);
    const before = Object.getOwnPropertyDescriptors(Directive.prototype);
    const inputs: ShadowRootInput[] = [
      { tag: 'initiative-map', attributes: [['lang', 'fr']], dossier, url, sanitize, geometry },
      { tag: 'dossier-intro', attributes: [['lang', 'fr']], dossier, url, sanitize },
    ];
    for (const input of inputs) expect(renderShadowRoot(input)).to.contain('<template shadowrootmode="open">');
    expect(Object.getOwnPropertyDescriptors(Directive.prototype)).to.deep.equal(before);

    const map = await fixture<Widget>(html`<initiative-map feed=${feedUrl('fictional')} style="width: 480px"></initiative-map>`);
    await settled(map);
    const marker = () => map.shadowRoot!.querySelector<HTMLElement>('.marker');
    await waitUntil(marker, 'no marker');
    expect(getComputedStyle(marker()!).translate).to.not.equal('none');
    expect(marker()!.style.getPropertyValue('--_marker')).to.not.equal('');
  });

  it('the shadow root alone: the template, its style block first, and nothing around it', async () => {
    const { dossier, url } = await fictional();
    const markup = renderShadowRoot({ tag: 'dossier-quote', attributes: [['quote', 'q-camille'], ['lang', 'fr']], dossier, url, sanitize });
    expect(markup.startsWith('<template shadowrootmode="open"><style>')).to.equal(true);
    expect(markup.endsWith('</template>')).to.equal(true);
  });
});
