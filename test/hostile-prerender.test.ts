/**
 * A feed whose every string tries to break out of the markup (src/test-support/fixtures/hostile.json:
 * `"`, `'`, `<!--`, `-->`, `</template>`, `</style>`, `</script>`, `<script>`, `onerror=`,
 * `onanimationstart=`, the issue's `"language": "fr<!--"` with a title that closes the comment,
 * hostile ids, URLs and intro HTML). The pre-rendered snippet the generator writes from it, and
 * Node's server rendering of every widget, parsed by a page with no script at all (an iframe
 * sandboxed without `allow-scripts`), create nothing but what the widget renders:
 *
 * - no `on*` attribute anywhere (through shadow roots and templates), no `<script>` but the loader;
 * - at the top level, only the loader and the element; on the element, only the snippet's attributes;
 * - in the element, the fallback content as the generator builds it with DOM calls (no parsing);
 * - in its shadow root, its style block, then exactly the tree the live element builds (Lit's DOM
 *   calls, no parsing) from the same feed over HTTP.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/generator/embed-generator-define.js';
import type { EmbedGenerator } from '../src/generator/embed-generator.js';
import { EMBEDS, type WidgetTag } from '../src/elements.js';
import type { Options } from '../src/generator/embed-descriptor.js';
import { fallbackFragment } from '../src/generator/fallback.js';
import { widgetAttributes } from '../src/generator/snippet.js';
import { stringsFor } from '../src/generator/strings.js';
import { parseFeed } from '../src/feed/parse-feed.js';
import { feedUrl } from '../src/test-support/feeds.js';
import { settled } from '../src/test-support/elements.js';
import { allElements, attributesOf, parseWithoutScript, shape } from './dom-shape.js';
import { expectSameElement, expectSameShadowTree, liveRendered, serverRendered, type Lang, type Widget } from './ssr-compare.js';

const INTEGRITY = `data:application/json,${encodeURIComponent(JSON.stringify({ 'loader.js': `sha384-${'A'.repeat(64)}` }))}`;
const hostileFeed = () => new URL(feedUrl('hostile'), location.href).href;

/** The fixture's ids, which the generator picks first and Node is given. */
const QUOTE = 'q"-1<!--';
const ACTOR = 'act"or-1';

async function hostileDossier(url: string) {
  const { dossier, problems } = parseFeed(await (await fetch(url)).json(), url);
  // The parser's own defence: a `language` that is not a language tag (the feed's `fr<!--`, an
  // item's) is refused, never rendered into a `lang`. Every other hostile string gets through to
  // the renderers, whose escaping is what this test is about.
  expect(problems.map((p) => `${p.path}: ${p.message}`)).to.have.members(['language: expected a language tag', 'items[0].language: expected a language tag']);
  return dossier!;
}

/** What a page with no script got: no handler attribute, no script but the loader, only the loader and the widget at the top. */
function expectNothingElse(doc: Document, tag: WidgetTag, { loader }: { loader: boolean }) {
  const elements = [...allElements(doc)];
  const handlers = elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`));
  expect(handlers, 'event-handler attributes').to.deep.equal([]);
  const scripts = elements.filter((el) => el.localName === 'script');
  expect(scripts.map((s) => s.getAttribute('src')?.endsWith('/loader.js')), 'scripts').to.deep.equal(loader ? [true] : []);
  expect([...doc.body.children].map((el) => el.localName), 'top level').to.deep.equal(loader ? ['script', tag] : [tag]);
  expect(doc.querySelectorAll('template').length, 'templates left unattached').to.equal(0);
}

/** The element's light DOM is the fallback the descriptor describes, built with DOM calls. */
async function expectFallback(host: Element, tag: WidgetTag, dossier: Awaited<ReturnType<typeof hostileDossier>>, options: Options, lang: Lang) {
  const { embed } = await EMBEDS[tag]();
  const built = fallbackFragment(embed.fallback(dossier, options, lang, stringsFor(lang).snippet));
  expect(shape(host.childNodes, { trimText: true }), 'fallback').to.equal(shape(built.childNodes, { trimText: true }));
}

/** The live element from the same feed, with the same attributes, read as soon as it has rendered. */
async function liveTwin(host: Element) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const live = document.createElement(host.localName) as Widget;
  for (const { name, value } of host.attributes) live.setAttribute(name, value);
  box.append(live);
  await settled(live);
  expect(live.matches(':state(complete)'), `<${host.localName}> did not render the hostile feed`).to.equal(true);
  return live;
}

describe('a hostile feed, pre-rendered and parsed by a page without script', () => {
  afterEach(() => {
    expect((window as { __pwned?: unknown }).__pwned, 'a feed value ran as script').to.equal(undefined);
    for (const frame of document.querySelectorAll('body > iframe')) frame.remove();
  });

  for (const tag of ['dossier-quote', 'actor-card', 'dossier-intro', 'actor-list'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      it(`the generator’s snippet for <${tag}> (${lang})`, async () => {
        const feed = hostileFeed();
        const generator = await fixture<EmbedGenerator>(html`<embed-generator feed=${feed} integrity-src=${INTEGRITY}></embed-generator>`);
        await generator.loadComplete;
        const root = generator.shadowRoot!;
        for (const selector of [`input[name=element][value=${tag}]`, `input[name=language][value=${lang}]`, ...(tag === 'actor-card' ? ['#with-quote'] : [])]) {
          root.querySelector<HTMLInputElement>(selector)!.click();
          await generator.updateComplete;
        }
        const ready = () => generator.snippet.includes(`<${tag}`) && generator.snippet.includes('<template shadowrootmode="open">');
        await waitUntil(ready, 'no pre-render in the snippet');
        const snippet = generator.snippet;

        const doc = await parseWithoutScript(snippet, { frame: true });
        expectNothingElse(doc, tag, { loader: true });
        const host = doc.body.lastElementChild!;
        const dossier = await hostileDossier(feed);
        const { embed } = await EMBEDS[tag]();
        const options: Options = tag === 'dossier-quote' ? { quote: QUOTE } : tag === 'actor-card' ? { actor: ACTOR, 'with-quote': true } : {};
        const attributes = widgetAttributes(embed, options, feed, 'light', lang).map(([name, value]) => `${name}=${JSON.stringify(value === true ? '' : value)}`);
        expect(attributesOf(host), 'the element’s attributes').to.deep.equal(attributes.sort());
        await expectFallback(host, tag, dossier, options, lang);
        expectSameShadowTree(host, await liveTwin(host));
      });
    }
  }

  for (const tag of ['dossier-quote', 'actor-card', 'dossier-intro', 'actor-list', 'initiative-map'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      it(`Node’s server rendering of <${tag}> (${lang})`, async () => {
        const feed = hostileFeed();
        const options: Options = tag === 'dossier-quote' ? { quote: QUOTE } : tag === 'actor-card' ? { actor: ACTOR, 'with-quote': true } : {};
        const asked = { fixture: 'hostile', feed, tag, options, theme: 'dark' as const, lang };
        const { doc, host } = await serverRendered(asked, { frame: true });
        expectNothingElse(doc, tag, { loader: false });
        await expectFallback(host, tag, await hostileDossier(feed), options, lang);
        expectSameElement(host, await liveRendered(asked));
      });
    }
  }
});
