import { expect } from '@open-wc/testing';
import type { Initiative } from '../../feed/model.js';
import { MarkerIndex } from './map-markers.js';

/** A fictional initiative at a position given in Web Mercator world units (0–1; `my` 0.5 is the equator). */
const at = (id: string, mx: number, my = 0.5): Initiative => {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
  return { id, name: id, actors: [], themes: [], place: { id, name: id, lat, lon: mx * 360 - 180 } } as unknown as Initiative;
};

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

  it('clusters across a horizontal border and across a cell corner too', () => {
    const mid = (Math.floor(0.5 / CELL) + 0.5) * CELL;
    // Above and below a row border, in the middle of their column.
    expect(index(at('nord', mid, BORDER - CELL / 10), at('sud', mid, BORDER + CELL / 10)).markers(Z).map((m) => m.count)).to.deep.equal([2]);
    // Four cells meeting at a corner, one point in each, a few pixels from it.
    const d = CELL / 12;
    const corner = [at('no', BORDER - d, BORDER - d), at('ne', BORDER + d, BORDER - d), at('so', BORDER - d, BORDER + d), at('se', BORDER + d, BORDER + d)];
    expect(index(...corner).markers(Z).map((m) => m.count)).to.deep.equal([4]);
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

  it('expansionZoom agrees with the groups of every level it skips, and is Infinity at one position', () => {
    const initiatives = Array.from({ length: 120 }, (_, i) => at(`i${i}`, BORDER + ((i * 7919) % 97 - 48) * CELL * 0.03, BORDER + ((i * 104729) % 89 - 44) * CELL * 0.03));
    const markers = index(...initiatives);
    /** The ids of the group holding `id` at level z. */
    const groupOf = (z: number, id: string) => {
      const marker = markers.markers(z).find((m) => m.initiative?.id === id || (m.clusterId !== undefined && markers.leaves(m.clusterId, Infinity).some((i) => i.id === id)))!;
      return new Set(marker.initiative ? [id] : markers.leaves(marker.clusterId!, Infinity).map((i) => i.id));
    };
    for (const z of [2, 4, 6]) {
      for (const cluster of markers.markers(z).filter((m) => m.clusterId !== undefined)) {
        const ids = markers.leaves(cluster.clusterId!, Infinity).map((i) => i.id);
        const split = markers.expansionZoom(cluster.clusterId!);
        for (let level = z + 1; level < split; level++) {
          const together = groupOf(level, ids[0]!);
          expect(ids.every((id) => together.has(id)), `level ${level} keeps the cluster of level ${z}`).to.equal(true);
        }
        const after = groupOf(split, ids[0]!);
        expect(ids.every((id) => after.has(id)), `level ${split} splits the cluster of level ${z}`).to.equal(false);
      }
    }
    const twins = index(at('un', 0.5), at('deux', 0.5));
    expect(twins.expansionZoom(twins.markers(Z)[0]!.clusterId!)).to.equal(Infinity);
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

describe('MarkerIndex (levels ahead, markers on screen)', () => {
  const many = () => index(...Array.from({ length: 300 }, (_, i) => at(`i${i}`, 0.5 + ((i * 7919) % 1000) * CELL * 0.01, 0.5 + ((i * 104729) % 1000) * CELL * 0.01)));

  it('prepare computes a level ahead of need, and markers then give the same as without it', () => {
    const ahead = many();
    expect(ahead.has(Z)).to.equal(false);
    ahead.prepare(Z + 0.3);
    expect(ahead.has(Z)).to.equal(true);
    expect(ahead.markers(Z)).to.deep.equal(many().markers(Z));
  });

  it('markers within a rectangle are those of the level whose position lies in it', () => {
    const markers = many();
    for (const z of [Z, Z + 2, Z + 4]) {
      const all = markers.markers(z);
      const xs = all.map((m) => m.at[0]).sort((a, b) => a - b);
      const ys = all.map((m) => m.at[1]).sort((a, b) => a - b);
      // The middle of the spread, in both directions.
      const rect: [number, number, number, number] = [xs[xs.length >> 2]!, ys[ys.length >> 2]!, xs[(3 * xs.length) >> 2]!, ys[(3 * ys.length) >> 2]!];
      const inside = all.filter((m) => m.at[0] >= rect[0] && m.at[1] >= rect[1] && m.at[0] <= rect[2] && m.at[1] <= rect[3]);
      expect(markers.markers(z, rect), `level ${z}`).to.deep.equal(inside);
    }
  });

  it('a cluster is keyed by its first initiative, so that a cluster of the next level that starts with it has the same key', () => {
    const markers = many();
    const clusters = markers.markers(Z).filter((m) => m.clusterId !== undefined);
    expect(clusters.length).to.be.greaterThan(0);
    for (const cluster of clusters) expect(cluster.key).to.equal(`cluster:${markers.leaves(cluster.clusterId!, 1)[0]!.id}`);
    const next = markers.markers(Z + 1).filter((m) => m.clusterId !== undefined);
    for (const cluster of next) expect(cluster.key).to.equal(`cluster:${markers.leaves(cluster.clusterId!, 1)[0]!.id}`);
    expect(next.filter((m) => clusters.some((c) => c.key === m.key)).length, 'no cluster kept its key one level down').to.be.greaterThan(0);
  });
});
