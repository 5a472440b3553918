import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { Dossier, Initiative } from '../../feed/model.js';
import { chooseExtent } from './map-geography.js';
import { buildScene, fitScene, placeMarkers } from './map-scene.js';
import { identity } from './map-view.js';
import { RegionGeometry } from './region-geometry.js';

/** Fictional initiatives on a line across Corsica (lat 41.5–42.9, lon 8.8–9.4). */
const initiatives = Array.from({ length: 40 }, (_, i) => {
  const place = { id: `p${i}`, name: `Lieu fictif ${i}`, lat: 41.5 + (i % 20) * 0.07, lon: 8.8 + (i % 20) * 0.03 };
  return { id: `i${i}`, name: `Initiative fictive ${i}`, themes: [], actors: [], place } as unknown as Initiative;
});
const dossier = { places: new Map(initiatives.map((i) => [i.place!.id, i.place!])) } as unknown as Dossier;

async function corsica() {
  let updates = 0;
  const host = { requestUpdate: () => updates++ } as unknown as ReactiveControllerHost;
  const geometry = new RegionGeometry(host);
  expect(geometry.has(['FR-COR'])).to.equal(false);
  // A module the dev server transforms on first request: over a second on a busy machine.
  await waitUntil(() => updates === 1, 'the region did not load', { timeout: 5000 });
  expect(geometry.has(['FR-COR'])).to.equal(true);
  return geometry;
}

describe('map scene', () => {
  it('RegionGeometry loads a region once, then has it; the host renders again when it arrives', async () => {
    const geometry = await corsica();
    expect(geometry.loaded.get('FR-COR')).to.have.property('type', 'Topology');
  });

  it('markers of the scene on screen: every initiative once, in reading order, those off screen left out', async () => {
    const geometry = await corsica();
    const extent = chooseExtent(undefined, 'FR-COR', new Set(), undefined);
    const scene = buildScene(extent, false, initiatives, dossier, geometry.loaded);
    expect(scene.departements.map((d) => d.code).sort()).to.deep.equal(['2A', '2B']);
    const size = { width: 300, height: 600 };
    const fit = fitScene(scene, size)!;
    const markers = placeMarkers(scene, fit, identity(), size);
    expect(markers.reduce((n, m) => n + m.count, 0)).to.equal(40);
    for (let i = 1; i < markers.length; i++) {
      const [a, b] = [markers[i - 1]!, markers[i]!];
      expect(a.top < b.top || (a.top === b.top && a.left <= b.left), 'north to south, west to east').to.equal(true);
    }
    // Panned a screen away: nothing to draw.
    expect(placeMarkers(scene, fit, { k: 1, x: 0, y: 1000 }, size)).to.deep.equal([]);
    expect(fitScene(scene, { width: 0, height: 0 }), 'no fit before the viewport is measured').to.equal(undefined);
  });
});
