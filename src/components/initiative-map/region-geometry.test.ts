import { expect } from '@open-wc/testing';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GRID } from './geometry/grid.js';
import { REGION_OF, REGIONS } from './geometry/index.js';
import type { DepartementProperties } from './geometry/types.js';

/** A département as the map reads it: its properties and its rings in lon/lat. */
interface Outline extends DepartementProperties {
  rings: Position[][];
}

/** Every region's module, decoded as the map decodes it (topojson-client over the module's topology). */
async function france(): Promise<Outline[]> {
  const regions = await Promise.all(Object.entries(REGIONS).map(async ([region, load]) => [region, (await load()).default] as const));
  return regions.flatMap(([region, topology]) => {
    const topo = topology as unknown as Topology<{ departements: GeometryCollection<DepartementProperties> }>;
    return feature(topo, topo.objects.departements).features.map((any) => {
      const f = any as Feature<Polygon | MultiPolygon, DepartementProperties>;
      expect(f.properties.region, f.properties.code).to.equal(region);
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return { ...f.properties, rings: polygons.flat() };
    });
  });
}

/** The 96 metropolitan INSEE codes: 01–95 with Corsica's 20 split into 2A and 2B. */
const CODES = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'), '2A', '2B'].sort();

/** Signed area in lon/lat, positive counter-clockwise with north up. */
const area = (ring: Position[]) => ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0) / 2;

const KM_PER_DEGREE = 111.2;
const COS_LAT = Math.cos((46.5 * Math.PI) / 180);
/** Area in km² (planar, across France: enough to tell a sliver from a coast). */
const areaKm2 = (ring: Position[]) => Math.abs(area(ring)) * KM_PER_DEGREE * KM_PER_DEGREE * COS_LAT;

/** The outlines that more than one département draw and that are not a sliver: mainland France and Corsica. */
const LARGE_KM2 = 100;

/**
 * Where the départements' borders do not match. Two neighbours must draw their common border
 * through the same points, in opposite directions (a shared arc). Every segment that only one
 * département draws is on the outline of France (coasts, the national border, islands) or of a
 * hole; those segments close into loops. A border drawn twice slightly apart (two copies of an
 * arc that differ) closes a thin loop of two départements' segments around the gap or overlap
 * between the copies; the outlines that two départements draw are mainland France and Corsica.
 */
function borderDefects(departements: Outline[]): string[] {
  const defects: string[] = [];
  const uses = new Map<string, { code: string; a: Position; b: Position }[]>();
  for (const { code, rings } of departements) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1]!, ring[i]!];
        const key = [String(a), String(b)].sort().join('|');
        uses.set(key, [...(uses.get(key) ?? []), { code, a, b }]);
      }
    }
  }
  // Directed segments drawn by one département, by their first point.
  const lone = new Map<string, { code: string; a: Position; b: Position }[]>();
  for (const [key, list] of uses) {
    const [first, second] = list;
    if (list.length > 2) defects.push(`segment ${key} is drawn ${list.length} times (${list.map((u) => u.code).join(', ')})`);
    else if (second && (first!.code === second.code || String(first!.a) === String(second.a)))
      defects.push(`segment ${key}: ${first!.code} and ${second.code} do not lie on either side of it`);
    else if (!second) lone.set(String(first!.a), [...(lone.get(String(first!.a)) ?? []), first!]);
  }
  while (lone.size) {
    const [start] = lone.keys();
    const loop: Position[] = [];
    const codes = new Set<string>();
    for (let at = start!; lone.has(at); ) {
      const list = lone.get(at)!;
      const segment = list.pop()!;
      if (!list.length) lone.delete(at);
      loop.push(segment.a);
      codes.add(segment.code);
      at = String(segment.b);
    }
    loop.push(loop[0]!);
    if (codes.size > 1 && areaKm2(loop) < LARGE_KM2)
      defects.push(`${[...codes].join(' and ')} leave a gap or overlap of ${areaKm2(loop).toFixed(2)} km² around ${String(loop[0])}`);
  }
  return defects;
}

describe('region geometry (the generated modules, decoded)', () => {
  let departements: Outline[];
  before(async () => {
    departements = await france();
  });

  it('has the 96 metropolitan départements, each once, with its INSEE code, name and region', () => {
    expect(departements.map((d) => d.code).sort()).to.deep.equal(CODES);
    for (const d of departements) {
      expect(d.name, d.code).to.be.a('string').and.not.equal('');
      expect(d.region, d.code).to.equal(REGION_OF[d.code]);
    }
    const name = (code: string) => departements.find((d) => d.code === code)?.name;
    expect([name('63'), name('2A'), name('22'), name('75'), name('90')]).to.deep.equal(['Puy-de-Dôme', 'Corse-du-Sud', "Côtes-d'Armor", 'Paris', 'Territoire de Belfort']);
    expect(new Set(departements.map((d) => d.region)).size).to.equal(13);
  });

  it('every ring is closed, has at least three corners, lies in France and turns the TopoJSON way (outer clockwise, holes counter-clockwise)', () => {
    for (const { code, rings } of departements) {
      expect(rings.length, code).to.be.greaterThan(0);
      for (const ring of rings) {
        expect(ring.length, code).to.be.at.least(4);
        expect(String(ring[0]), `${code}: ring not closed`).to.equal(String(ring[ring.length - 1]));
        expect(new Set(ring.map(String)).size, code).to.be.at.least(3);
        for (const [lon, lat] of ring) expect(lon! > -5.2 && lon! < 9.6 && lat! > 41.3 && lat! < 51.1, `${code}: ${lon},${lat}`).to.equal(true);
      }
    }
    // Outer rings: the largest of each département is clockwise (negative area with north up).
    for (const { code, rings } of departements) {
      const largest = rings.reduce((a, b) => (Math.abs(area(b)) > Math.abs(area(a)) ? b : a));
      expect(area(largest), code).to.be.below(0);
    }
  });

  it('neighbours share their borders exactly, within a region and across two regions’ chunks: no gap, no overlap', () => {
    expect(borderDefects(departements)).to.deep.equal([]);
    // Segments drawn by two départements of two regions: each region's chunk holds its own copy
    // of the border, and both copies decode to the same points. Every region but Corsica has such a border.
    const regionOf = new Map<string, string[]>();
    for (const { region, rings } of departements)
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [String(ring[i - 1]), String(ring[i])];
          const key = a < b ? `${a}|${b}` : `${b}|${a}`;
          regionOf.set(key, [...(regionOf.get(key) ?? []), region]);
        }
    const bordering = new Set([...regionOf.values()].filter((r) => r.length === 2 && r[0] !== r[1]).flat());
    expect([...bordering].sort()).to.deep.equal(Object.keys(REGIONS).filter((r) => r !== 'FR-COR').sort());
  });

  it('the border check finds a border moved by one grid step in one region’s copy', () => {
    // Allier (Auvergne-Rhône-Alpes) and Cher (Centre-Val de Loire) share a border: move one of
    // its inner points in Allier's copy only, as a mismatched encoding would.
    const allier = departements.find((d) => d.code === '03')!;
    const cher = new Set(departements.find((d) => d.code === '18')!.rings.flat().map(String));
    const ring = allier.rings[0]!;
    const at = ring.findIndex((p, i) => i > 0 && i < ring.length - 1 && cher.has(String(ring[i - 1])) && cher.has(String(p)) && cher.has(String(ring[i + 1])));
    expect(at, 'no inner point on the Allier–Cher border').to.be.greaterThan(0);
    const moved = ring.map((p, i) => (i === at ? [p[0]! + GRID.scale[0], p[1]!] : p));
    const defects = borderDefects(departements.map((d) => (d === allier ? { ...d, rings: [moved, ...d.rings.slice(1)] } : d)));
    expect(defects).to.have.length(1);
    expect(defects[0]).to.match(/^(03 and 18|18 and 03) leave a gap or overlap of 0\.\d+ km²/);
  });
});
