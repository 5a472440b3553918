import { expect } from '@open-wc/testing';
import type { Initiative } from '../../feed/model.js';
import { MarkerIndex } from './map-markers.js';

/** A fictional initiative at a position given in Web Mercator world units (0–1) at latitude 0. */
const at = (id: string, mx: number): Initiative =>
  ({ id, name: id, actors: [], themes: [], place: { id, name: id, lat: 0, lon: mx * 360 - 180 } }) as unknown as Initiative;

/** Level 5: a grid cell is 72 px of a 512 × 2^5 px world. */
const Z = 5;
const CELL = 72 / (512 * 2 ** Z);
/** A cell border near the middle of the world. */
const BORDER = Math.ceil(0.5 / CELL) * CELL;

const index = (...initiatives: Initiative[]) => new MarkerIndex(initiatives, (lon, lat) => [lon, lat]);

describe('MarkerIndex (grid clustering)', () => {
  it('clusters two points a few pixels apart on either side of a grid cell border', () => {
    // 14 px apart on screen at level 5: their markers would cover each other.
    const markers = index(at('ouest', BORDER - CELL / 10), at('est', BORDER + CELL / 10)).markers(Z);
    expect(markers.map((m) => m.count)).to.deep.equal([2]);
  });

  it('keeps apart two points of neighbouring cells farther than a marker', () => {
    const markers = index(at('ouest', BORDER - CELL * 0.45), at('est', BORDER + CELL * 0.45)).markers(Z);
    expect(markers.map((m) => m.count)).to.deep.equal([1, 1]);
  });

  it('counts every point once, whatever the level', () => {
    const initiatives = Array.from({ length: 200 }, (_, i) => at(`i${i}`, BORDER + ((i % 40) - 20) * CELL * 0.07 + i * 1e-7));
    const markers = index(...initiatives);
    for (let z = 0; z <= 12; z++) expect(markers.markers(z).reduce((n, m) => n + m.count, 0), `level ${z}`).to.equal(200);
  });

  it('expansionZoom is the first level where the cluster splits, and leaves lists its points', () => {
    const markers = index(at('ouest', BORDER - CELL / 10), at('est', BORDER + CELL / 10));
    const cluster = markers.markers(Z)[0]!;
    expect(markers.leaves(cluster.clusterId!).map((i) => i.id).sort()).to.deep.equal(['est', 'ouest']);
    const split = markers.expansionZoom(cluster.clusterId!);
    expect(split).to.be.greaterThan(Z);
    expect(markers.markers(split)).to.have.length(2);
    expect(markers.markers(split - 1)).to.have.length(1);
  });
});
