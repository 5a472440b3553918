/**
 * One renderer, two places: what Node's server rendering writes (the built `renderEmbed`, the
 * CLI's, run by the `render-embed` test command, test/ssr-render-plugin.mjs) is, once a browser
 * parses it with no script, the very tree the live element renders after loading the same feed
 * over HTTP: every widget, both themes, both languages, and a few options. Compared: the host's
 * attributes, and the shadow tree's elements, attributes and text (test/dom-shape.ts); the
 * server's `<style>` block against the live element's styles. How, and the map's size and
 * numbers: test/ssr-compare.ts.
 */
import { expect } from '@open-wc/testing';
import type { WidgetTag } from '../src/elements.js';
import type { Options } from '../src/generator/embed-descriptor.js';
import { feedUrl } from '../src/test-support/feeds.js';
import { expectSameElement, liveRendered, serverRendered, styledByDirective, type Lang, type Theme } from './ssr-compare.js';

/** Each widget with what it needs to show something (an id), then a few of its options. */
const CASES: { tag: WidgetTag; options: Options }[] = [
  { tag: 'dossier-quote', options: { quote: 'q-camille' } },
  { tag: 'actor-card', options: { actor: 'camille-exemple' } },
  { tag: 'actor-list', options: {} },
  { tag: 'initiative-map', options: {} },
  { tag: 'dossier-intro', options: {} },
];
const VARIANTS: { tag: WidgetTag; options: Options }[] = [
  { tag: 'dossier-quote', options: { quote: 'q-dominique', variant: 'inline' } },
  { tag: 'actor-card', options: { actor: 'camille-exemple', 'card-layout': 'horizontal', 'with-quote': true } },
  { tag: 'actor-card', options: { actor: 'association-fictive', 'card-layout': 'compact' } },
  { tag: 'actor-list', options: { 'list-layout': 'list', sort: 'name', kind: 'person' } },
  { tag: 'initiative-map', options: { topic: 'entraide' } },
  { tag: 'dossier-intro', options: { collapsed: true } },
];

const request = (tag: WidgetTag, options: Options, theme: Theme, lang: Lang) => ({
  fixture: 'fictional',
  feed: new URL(feedUrl('fictional'), location.href).href,
  tag,
  options,
  theme,
  lang,
});

describe('server rendering (Node) matches the live element', () => {
  for (const { tag, options } of CASES) {
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        it(`<${tag}> ${theme} ${lang}`, async () => {
          const asked = request(tag, options, theme, lang);
          const { host, warnings } = await serverRendered(asked);
          expectSameElement(host, await liveRendered(asked));
          expect(warnings.filter((w) => !w.includes('without coordinates'))).to.deep.equal([]);
        });
      }
    }
  }

  for (const { tag, options } of VARIANTS) {
    it(`<${tag}> ${JSON.stringify(options)}`, async () => {
      const asked = request(tag, options, 'light', 'fr');
      const { host } = await serverRendered(asked);
      expectSameElement(host, await liveRendered(asked));
    });
  }

  it('the map’s markers and swatches keep their position and colour without JavaScript (serverStyle)', async () => {
    const asked = request('initiative-map', {}, 'light', 'fr');
    const { host } = await serverRendered(asked);
    const styled = [...host.shadowRoot!.querySelectorAll('*')].filter(styledByDirective);
    expect(styled).to.have.length.greaterThan(1);
    for (const el of styled) expect(el.getAttribute('style')).to.match(/--_marker: /);
    for (const marker of styled.filter((el) => el.matches('.marker'))) expect(marker.getAttribute('style')).to.match(/--_x: -?[\d.]+px; --_y: -?[\d.]+px/);
  });
});
