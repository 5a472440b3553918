import { expect } from '@open-wc/testing';
import type { Initiative } from '../../feed/model.js';
import { REGIONS } from './geometry/index.js';
import { inside, LABEL_SIZE, labelWidth, placeLabels, type Label } from './label-placement.js';
import { projectDepartements, type Departement } from './map-geography.js';
import type { PlacedMarker } from './map-scene.js';
import { identity } from './map-view.js';
import { boundsOf, lambertConic, type Point } from './projection.js';

// Projected units are pixels here: fit scale 1, no offset, identity view.
const FIT = { scale: 1, x: 0, y: 0 };
const SIZE = { width: 600, height: 400 };

function departement(name: string, rings: Point[][], anchor?: Point): Departement {
  const bounds = boundsOf(rings.flat());
  return { code: name, name, region: 'FR-TEST', rings, bounds, anchor: anchor ?? [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2] };
}
const square = (x0: number, y0: number, x1: number, y1: number): Point[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const initiative = { id: 'i' } as Initiative;
const marker = (left: number, top: number, cluster = false): PlacedMarker =>
  cluster ? { key: `cluster:${left},${top}`, at: [left, top], count: 3, clusterId: 1, left, top } : { key: `${left},${top}`, at: [left, top], initiative, count: 1, left, top };

type Rect = { left: number; right: number; top: number; bottom: number };
/** The estimated box of a label, as placeLabels sees it (at most these, in every engine: see the browser check below). */
const box = ({ name, x, y }: Label) => ({ left: x - labelWidth(name) / 2, right: x + labelWidth(name) / 2, top: y - 1.1 * LABEL_SIZE, bottom: y + 0.35 * LABEL_SIZE });
/** The glyphs' extent (capitals to descenders): inside the département. */
const ink = ({ name, x, y }: Label) => ({ left: x - labelWidth(name) / 2, right: x + labelWidth(name) / 2, top: y - 0.75 * LABEL_SIZE, bottom: y + 0.2 * LABEL_SIZE });
const corners = (r: Rect): Point[] => [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]];
/** A marker's drawn box: 1.5rem square, 2.2rem for a cluster (16 px rem), plus a 4 px ring for clusters. */
const markerBox = ({ left, top, initiative }: PlacedMarker) => {
  const r = initiative ? 12 : 21.6;
  return { left: left - r, right: left + r, top: top - r, bottom: top + r };
};
const meet = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('label placement', () => {
  it('puts a name at its département’s anchor when nothing is there, to 0.1 px', () => {
    const d = departement('Cantal', [square(100, 100, 300, 250)], [200.04321, 175.06789]);
    expect(placeLabels([d], [], FIT, identity(), SIZE)).to.deep.equal([{ name: 'Cantal', x: 200, y: 175.1 }]);
  });

  it('moves a name off a marker and a cluster at its anchor, staying near it and inside the département', () => {
    const d = departement('Puy-de-Dôme', [square(100, 100, 400, 300)]);
    const markers = [marker(250, 200), marker(290, 190, true)];
    const [label] = placeLabels([d], markers, FIT, identity(), SIZE);
    expect(label).to.not.equal(undefined);
    for (const m of markers) expect(meet(box(label!), markerBox(m)), JSON.stringify(label)).to.equal(false);
    expect(Math.hypot(label!.x - 250, label!.y - 200)).to.be.below(60);
    for (const [x, y] of corners(ink(label!))) expect(inside(d.rings, x, y)).to.equal(true);
  });

  it('hides a name that fits nowhere: markers everywhere, or a département narrower than its name', () => {
    const d = departement('Haute-Loire', [square(100, 100, 260, 200)]);
    const crowd = [];
    for (let x = 100; x <= 260; x += 20) for (let y = 100; y <= 200; y += 20) crowd.push(marker(x, y));
    expect(placeLabels([d], crowd, FIT, identity(), SIZE)).to.deep.equal([]);
    expect(placeLabels([departement('Haute-Loire', [square(100, 100, 160, 200)])], [], FIT, identity(), SIZE)).to.deep.equal([]);
  });

  it('keeps a name inside a concave département whose bounds’ centre is outside it', () => {
    // An L: the centre of its bounds (200, 200) is in the missing corner.
    const l = departement('Allier', [[[100, 100], [300, 100], [300, 140], [140, 140], [140, 300], [100, 300], [100, 100]]]);
    expect(inside(l.rings, ...l.anchor)).to.equal(false);
    const [label] = placeLabels([l], [], FIT, identity(), SIZE);
    for (const [x, y] of corners(ink(label!))) expect(inside(l.rings, x, y), JSON.stringify(label)).to.equal(true);
  });

  it('keeps names off each other', () => {
    const a = departement('Allier', [square(100, 100, 300, 300)], [200, 200]);
    const b = departement('Cantal', [square(100, 100, 300, 300)], [200, 200]);
    const [first, second] = placeLabels([a, b], [], FIT, identity(), SIZE);
    expect(first).to.deep.equal({ name: 'Allier', x: 200, y: 200 });
    expect(meet(box(first!), box(second!))).to.equal(false);
  });

  it('keeps names from under the zoom buttons (top right) and the credit line (bottom right)', () => {
    const whole = [square(0, 0, SIZE.width, SIZE.height)];
    const controls = { left: SIZE.width - 8 - 36, right: SIZE.width - 8, top: 8, bottom: 8 + 3 * 36 + 4 };
    const credit = { left: SIZE.width - 140, right: SIZE.width, top: SIZE.height - 18, bottom: SIZE.height };
    for (const [name, anchor] of [['Cantal', [SIZE.width - 20, 20]], ['Haute-Loire', [SIZE.width - 30, SIZE.height - 5]]] as [string, Point][]) {
      const [label] = placeLabels([departement(name, whole, anchor)], [], FIT, identity(), SIZE);
      expect(meet(box(label!), controls), JSON.stringify(label)).to.equal(false);
      expect(meet(box(label!), credit), JSON.stringify(label)).to.equal(false);
    }
  });

  it('follows the view: a zoom and a pan move the name with its département, kept on screen; off screen, no name', () => {
    const d = departement('Cantal', [square(100, 100, 300, 250)]);
    const zoomed = placeLabels([d], [], FIT, { k: 2, x: -100, y: -50 }, SIZE);
    expect(zoomed).to.deep.equal([{ name: 'Cantal', x: 300, y: 300 }]);
    // Zoomed so far that the département fills the screen and its anchor is beyond the edge.
    const [far] = placeLabels([d], [], FIT, { k: 8, x: -700, y: -900 }, SIZE);
    const b = box(far!);
    expect([b.left >= 0, b.right <= SIZE.width, b.top >= 0, b.bottom <= SIZE.height]).to.deep.equal([true, true, true, true]);
    expect(placeLabels([d], [], FIT, { k: 1, x: 1000, y: 0 }, SIZE)).to.deep.equal([]);
  });

  it('the estimate holds every département’s name in this engine’s serif, sans-serif and DejaVu fonts', async () => {
    const regions = await Promise.all(Object.values(REGIONS).map(async (load) => (await load()).default));
    const names = projectDepartements(regions, lambertConic()).map((d) => d.name);
    expect(names).to.have.length(96);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '400');
    svg.setAttribute('height', '40');
    document.body.append(svg);
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', '200');
    text.setAttribute('y', '20');
    text.setAttribute('font-size', String(LABEL_SIZE));
    svg.append(text);
    const over: string[] = [];
    try {
      for (const family of ['serif', 'sans-serif', 'DejaVu Serif', 'DejaVu Sans']) {
        text.setAttribute('font-family', family);
        for (const name of names) {
          text.textContent = name;
          const measured = text.getBoundingClientRect();
          const top = svg.getBoundingClientRect().top + 20;
          const estimated = box({ name, x: 0, y: 0 });
          if (measured.width > estimated.right - estimated.left || top - measured.top > -estimated.top || measured.bottom - top > estimated.bottom) {
            over.push(`${family} "${name}": ${measured.width.toFixed(1)} × (${(top - measured.top).toFixed(1)} + ${(measured.bottom - top).toFixed(1)})`);
          }
        }
      }
    } finally {
      svg.remove();
    }
    expect(over).to.deep.equal([]);
  });

  it('all of France against 2,000 markers and clusters, at four zoom levels: every name placed is clear of them all and of the others', async () => {
    const regions = await Promise.all(Object.values(REGIONS).map(async (load) => (await load()).default));
    const all = projectDepartements(regions, lambertConic());
    const bounds = boundsOf(all.flatMap((d) => d.bounds));
    const size = { width: 1000, height: 750 };
    const scale = Math.min(size.width / (bounds[1][0] - bounds[0][0]), size.height / (bounds[1][1] - bounds[0][1]));
    const fit = { scale, x: -bounds[0][0] * scale, y: -bounds[0][1] * scale };
    // Fewer markers than départements' worth of room: some names fit, some do not.
    for (const count of [200, 2000]) {
      const markers = Array.from({ length: count }, (_, i) => marker(((i * 37) % 1000) + 0.5, ((i * 53) % 750) + 0.5, i % 5 === 0));
      for (let k = 1; k <= 8; k *= 2) {
        const labels = placeLabels(all, markers, fit, { k, x: (-size.width * (k - 1)) / 2, y: (-size.height * (k - 1)) / 2 }, size);
        if (count === 200) expect(labels.length, `zoom ${k}`).to.be.greaterThan(5);
        for (const label of labels) {
          const b = box(label);
          expect(markers.filter((m) => meet(b, markerBox(m))), `${label.name} at zoom ${k}`).to.deep.equal([]);
          expect(labels.filter((other) => other !== label && meet(b, box(other))), `${label.name} at zoom ${k}`).to.deep.equal([]);
          expect([b.left >= 0, b.right <= size.width, b.top >= 0, b.bottom <= size.height]).to.deep.equal([true, true, true, true]);
        }
      }
    }
  });
});
