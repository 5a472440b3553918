/**
 * What keeps a zoom step cheap (issue #12): the next and previous cluster levels are computed
 * while the page is idle, a cluster keeps its button from one level to the next, and the base
 * map is ready before the feed when the partner names the départements. The timings themselves
 * are the bench's (`BENCH_ONLY=map npm run bench`); these tests check the mechanisms.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './initiative-map.js';
import type { InitiativeMap } from './initiative-map.component.js';
import type { Base, Scene } from './map-scene.js';
import type { MarkerIndex } from './map-markers.js';
import { settled } from '../../test-support/elements.js';
import { captureWarnings, feedUrl } from '../../test-support/feeds.js';
import { dataUrl, syntheticFeed } from '../../test-support/synthetic.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** The element's private parts these tests look at. */
type Internals = {
  drawn?: { scene: Scene; zoom: number };
  geometry: { loaded: ReadonlyMap<string, unknown> };
  baseOf(extent: unknown): Base | undefined;
  asked(departments?: string, region?: string): unknown;
};
const internals = (el: InitiativeMap) => el as unknown as Internals;

/** Close initiatives around Clermont-Ferrand: clusters at the first view, which split when zoomed. */
async function clusteredMap() {
  let el!: InitiativeMap;
  await captureWarnings(async () => {
    const feed = dataUrl(syntheticFeed({ initiatives: 300, box: [[45.45, 2.99], [45.75, 3.41]] }));
    const root = await fixture<HTMLElement>(html`<div style="width: 720px"><initiative-map feed=${feed} departments="63"></initiative-map></div>`);
    el = await settled(root.querySelector('initiative-map')!);
    await waitUntil(() => $$(el, '.marker').length > 0, 'the map did not draw', { timeout: 3000 });
  });
  return el;
}

describe('<initiative-map> zoom steps', () => {
  it('computes the next and previous cluster levels while the page is idle, before any zoom', async () => {
    const el = await clusteredMap();
    const { scene, zoom } = internals(el).drawn!;
    const index: MarkerIndex = scene.index;
    const level = (z: number) => Math.max(0, Math.min(22, Math.round(z)));
    await waitUntil(() => index.has(level(zoom + 1)) && index.has(level(zoom - 1)), 'the neighbouring levels were not computed while idle', { timeout: 5000 });
  });

  it('a zoom step keeps the button of a cluster that stays a cluster, and draws every initiative once', async () => {
    const el = await clusteredMap();
    const before = new Map($$(el, '.marker.cluster').map((b) => [b.dataset.key, b]));
    expect(before.size).to.be.greaterThan(0);
    $$(el, '[part=controls] button')[0]!.click();
    await el.updateComplete;
    const kept = $$(el, '.marker.cluster').filter((b) => before.get(b.dataset.key) === b);
    expect(kept.length, 'no cluster button was kept across the zoom step').to.be.greaterThan(0);
    // A kept button shows its new count and place, not the old ones.
    for (const b of kept) expect(b.getAttribute('aria-label')).to.contain(b.textContent!.trim());
    const keys = $$(el, '.marker').map((b) => b.dataset.key);
    expect(new Set(keys).size, 'a key is drawn twice').to.equal(keys.length);
  });

  it('a zoom step makes new buttons only for the markers it adds, and keeps them in reading order', async () => {
    const el = await clusteredMap();
    const before = new Set($$(el, '.marker'));
    $$(el, '[part=controls] button')[0]!.click();
    await el.updateComplete;
    const after = $$(el, '.marker');
    expect(after.length, 'the step split clusters').to.be.greaterThan(before.size);
    // The buttons of the markers that went away are reused for new ones.
    expect(after.filter((b) => !before.has(b)), 'new buttons').to.have.length(after.length - before.size);
    // Each marker's centre on screen (a cluster and an initiative differ in size).
    const place = (b: HTMLElement) => b.getBoundingClientRect();
    const order = after.map(place).map((r, i) => ({ i, left: r.left + r.width / 2, top: r.top + r.height / 2 }));
    order.sort((a, b) => a.top - b.top || a.left - b.left);
    expect(order.map((o) => o.i), 'north to south, then west to east').to.deep.equal(after.map((_, i) => i));
  });

  it('with departments set, the base map is loaded and projected before the feed answers', async () => {
    // No feed at all: the element waits (initial state), yet its outlines load.
    const root = await fixture<HTMLElement>(html`<div style="width: 720px"><initiative-map departments="03,63"></initiative-map></div>`);
    const el = root.querySelector<InitiativeMap>('initiative-map')!;
    const map = internals(el);
    await waitUntil(() => map.geometry.loaded.has('FR-ARA'), 'the region named by departments did not load before the feed', { timeout: 5000 });
    await el.updateComplete;
    const base = map.baseOf(map.asked('03,63', undefined));
    expect(base?.departements.map((d) => d.code).sort()).to.deep.equal(['03', '63']);
    expect($$(el, '.marker')).to.have.length(0);
  });

  it('with departments set, the map is drawn while the feed loads, inert and hidden from assistive technology; the data fills it in', async () => {
    await captureWarnings(async () => {
      const root = await fixture<HTMLElement>(html`<div style="width: 720px">
        <button id="before">before</button>
        <initiative-map feed=${feedUrl('sample', { delay: 1500 })} departments="03,15,43,63"></initiative-map>
        <button id="after">after</button>
      </div>`);
      const el = root.querySelector<InitiativeMap>('initiative-map')!;
      const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
      await waitUntil(() => $$(el, 'path.dep').length === 4, 'the outlines were not drawn while the feed loads', { timeout: 1400 });
      // Loading: the frame of the loaded map, with nothing a reader could use yet.
      expect($('[part=status]')!.textContent).to.contain('Chargement');
      expect($$(el, '.marker')).to.have.length(0);
      const frame = [$('[part=toolbar]')!, $('[part=map]')!];
      for (const part of frame) {
        expect(part.inert, `${part.part} inert while loading`).to.equal(true);
        expect(part.getAttribute('aria-hidden')).to.equal('true');
      }
      // It looks it: muted controls, the map in the skeleton's colour (not an empty map).
      const look = () => [getComputedStyle(frame[0]!).opacity, getComputedStyle(frame[1]!).backgroundColor];
      const loading = look();
      expect(loading[0]).to.equal('0.5');
      await expect(el).to.be.accessible();
      // Tab goes past the loading map (to a button after it: focus never leaves the page, which
      // in Firefox would leave later test files without a focused window).
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'focus entered the loading map').to.equal(null);
      expect(document.activeElement?.id).to.equal('after');
      const paths = $$(el, 'path.dep');
      await settled(el);
      await waitUntil(() => $$(el, '.marker').length > 0, 'the map did not draw', { timeout: 3000 });
      // Loaded: the same nodes, filled in and live.
      const same = (now: Element[], then: Element[]) => now.length === then.length && now.every((node, i) => node === then[i]);
      expect(same([$('[part=toolbar]')!, $('[part=map]')!], frame), 'the toolbar and the viewport were replaced').to.equal(true);
      expect(same($$(el, 'path.dep'), paths), 'the outlines were drawn again').to.equal(true);
      for (const part of frame) {
        expect(part.inert).to.equal(false);
        expect(part.hasAttribute('aria-hidden')).to.equal(false);
      }
      expect($$(el, 'select option').length).to.be.greaterThan(2);
      const [opacity, background] = look();
      expect(opacity).to.equal('1');
      expect(background, 'the map keeps the skeleton\'s colour').not.to.equal(loading[1]);
      await expect(el).to.be.accessible();
    });
  });
});
