/**
 * Département names stay readable (issue #12): no label's box meets a marker's or a cluster's,
 * with the demo feed (demo/feeds/pratiques-collaboratives.json, served as `sample`) at 1000 px
 * and 375 px wide, at the widths the demo page (demo/map.html) gives the map in 1000 px and
 * 375 px windows (672 px, 343 px), and after zoom steps. A name that fits nowhere is not
 * rendered at all.
 * The placement itself (estimated boxes, no DOM) is tested in label-placement.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './initiative-map.js';
import type { InitiativeMap } from './initiative-map.component.js';
import { settled } from '../../test-support/elements.js';
import { feedUrl } from '../../test-support/feeds.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<Element>(selector)];

async function demoMap(width: number) {
  const root = await fixture<HTMLElement>(html`<div style="width: ${width}px"><initiative-map feed=${feedUrl('sample')}></initiative-map></div>`);
  const el = await settled(root.querySelector<InitiativeMap>('initiative-map')!);
  await waitUntil(() => $$(el, '.marker').length > 0 && $$(el, 'path.dep').length > 0, 'the map did not draw', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

/** Clicks a zoom control (0: +, 1: −) and waits for the new view to render. */
async function zoom(el: InitiativeMap, control: 0 | 1) {
  const before = $$(el, 'svg.land g')[0]!.getAttribute('transform');
  ($$(el, '[part=controls] button')[control] as HTMLElement).click();
  await el.updateComplete;
  await waitUntil(() => $$(el, 'svg.land g')[0]!.getAttribute('transform') !== before, 'the zoom control did not change the view');
  await el.updateComplete;
}

const intersect = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const describeBox = (r: DOMRect) => `[${r.left.toFixed(1)}, ${r.top.toFixed(1)}, ${r.right.toFixed(1)}, ${r.bottom.toFixed(1)}]`;

/** The labels drawn (a hidden one is not rendered, or not displayed). */
const shownLabels = (el: InitiativeMap) =>
  $$(el, '.dep-label').filter((t) => getComputedStyle(t).display !== 'none' && !t.closest('[aria-hidden="true"]:not(svg.land)'));

/** Every label box that meets a marker box, described; the engine's own layout, nothing estimated. */
function collisions(el: InitiativeMap) {
  const markers = $$(el, '.marker').map((m) => ({ name: m.getAttribute('aria-label')!.split(',')[0]!, box: m.getBoundingClientRect() }));
  const found: string[] = [];
  for (const label of shownLabels(el)) {
    const box = label.getBoundingClientRect();
    for (const marker of markers) {
      if (intersect(box, marker.box)) found.push(`"${label.textContent}" ${describeBox(box)} under "${marker.name}" ${describeBox(marker.box)}`);
    }
    // Nor under the zoom buttons or the credit line.
    for (const overlay of $$(el, '.controls, .attribution')) {
      if (intersect(box, overlay.getBoundingClientRect())) found.push(`"${label.textContent}" under .${overlay.className}`);
    }
    // And no two labels on top of each other.
    for (const other of shownLabels(el)) {
      if (other !== label && intersect(box, other.getBoundingClientRect())) found.push(`"${label.textContent}" over "${other.textContent}"`);
    }
  }
  return found;
}

const names = (el: InitiativeMap) => shownLabels(el).map((t) => t.textContent);

describe('<initiative-map> département labels', () => {
  for (const width of [1000, 672, 375, 343]) {
    it(`at ${width} px, no label lies under a marker, a cluster, the zoom buttons or the credit, before and after zoom steps`, async () => {
      const el = await demoMap(width);
      expect(collisions(el), 'at first render').to.deep.equal([]);
      await zoom(el, 0);
      expect(collisions(el), 'after one zoom step in').to.deep.equal([]);
      await zoom(el, 0);
      expect(collisions(el), 'after two zoom steps in').to.deep.equal([]);
      await zoom(el, 1);
      expect(collisions(el), 'after a zoom step out').to.deep.equal([]);
    });
  }

  it('at 1000 px and 672 px every département of the demo keeps its name, next to the markers rather than under them', async () => {
    for (const width of [1000, 672]) {
      const el = await demoMap(width);
      expect(names(el), `at ${width} px`).to.have.members(['Allier', 'Cantal', 'Haute-Loire', 'Puy-de-Dôme']);
    }
  });

  it('a label stays inside the map and its text is the département’s name, once', async () => {
    for (const width of [1000, 375]) {
      const el = await demoMap(width);
      const viewport = $$(el, '.viewport')[0]!.getBoundingClientRect();
      const shown = names(el);
      expect(new Set(shown).size).to.equal(shown.length);
      for (const label of shownLabels(el)) {
        const box = label.getBoundingClientRect();
        expect(box.left, `${label.textContent} at ${width} px`).to.be.at.least(viewport.left);
        expect(box.right, `${label.textContent} at ${width} px`).to.be.at.most(viewport.right);
      }
    }
  });
});
