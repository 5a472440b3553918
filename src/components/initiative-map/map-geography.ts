/**
 * The base map: French département outlines (Natural Earth, simplified by
 * scripts/build-geometry.mjs), projected once, drawn as SVG paths.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_OF, REGIONS } from './geometry/index.js';
import { boundsOf, type Fit, type Point, type Project } from './projection.js';

export interface DepartementProps {
  /** INSEE code: "63", "2A". */
  code: string;
  name: string;
  /** ISO 3166-2 region: "FR-ARA". */
  region: string;
}

export interface Departement extends DepartementProps {
  /** Rings in projected units (outer and holes alike: drawn with fill-rule evenodd). */
  rings: Point[][];
  /** Projected label anchor: the centre of the largest ring's bounds. */
  anchor: Point;
  bounds: [Point, Point];
}

/** Decodes region topologies and projects every ring; done once per projection and extent. */
export function projectDepartements(topologies: unknown[], project: Project): Departement[] {
  return topologies.flatMap((topology) => projectTopology(topology, project));
}

function projectTopology(topology: unknown, project: Project): Departement[] {
  const topo = topology as Topology<{ departements: GeometryCollection<DepartementProps> }>;
  const collection = feature(topo, topo.objects.departements);
  return collection.features.map((any) => {
    const f = any as Feature<Polygon | MultiPolygon, DepartementProps>;
    const polygons: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polygons.flat().map((ring) => ring.map(([lon, lat]) => project(lon!, lat!)));
    const largest = rings.reduce((a, b) => (b.length > a.length ? b : a));
    const [[x0, y0], [x1, y1]] = boundsOf(largest);
    return { ...f.properties, rings, anchor: [(x0 + x1) / 2, (y0 + y1) / 2], bounds: boundsOf(rings.flat()) };
  });
}

/** SVG path data for rings at a fit, rounded to 0.1 px (smaller DOM, same pixels). */
export function pathData(rings: Point[][], fit: Fit): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return rings
    .map((ring) => `M${ring.map(([x, y]) => `${r(x * fit.scale + fit.x)},${r(y * fit.scale + fit.y)}`).join('L')}Z`)
    .join('');
}

export interface ExtentChoice {
  /** The partner's `departments`. */
  codes: string[];
  /** The partner's `region`. */
  region?: string;
  /** Départements of the dossier's places. */
  used: Set<string>;
  dossierRegion?: string;
}

/**
 * The départements to show: the partner's codes, else the partner's region, else those where
 * the dossier's places are, else the dossier's region, else all of metropolitan France.
 * Returns a filter on départements and the regions whose geometry it needs.
 */
export function chooseExtent({ codes, region, used, dossierRegion }: ExtentChoice): { regions: string[]; keep: (d: DepartementProps) => boolean } {
  const known = (list: string[]) => list.filter((code) => REGION_OF[code]);
  const regionsOf = (list: string[]) => [...new Set(list.map((code) => REGION_OF[code]!))];
  const allRegions = Object.keys(REGIONS);
  const choose = (): [string[], (d: DepartementProps) => boolean] => {
    if (known(codes).length) return [regionsOf(known(codes)), (d) => codes.includes(d.code)];
    if (region && REGIONS[region]) return [[region], (d) => d.region === region];
    if (known([...used]).length) return [regionsOf(known([...used])), (d) => used.has(d.code)];
    if (dossierRegion && REGIONS[dossierRegion]) return [[dossierRegion], (d) => d.region === dossierRegion];
    return [allRegions, () => true];
  };
  const [regions, keep] = choose();
  return { regions, keep };
}
