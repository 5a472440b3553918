/**
 * The base map: French département outlines (Natural Earth, simplified by
 * scripts/build-geometry.mjs), projected once, drawn as SVG paths.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { listOf } from '../../core/list-attribute.js';
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

export interface Extent {
  /** The regions whose geometry the map needs. */
  regions: string[];
  keep: (d: DepartementProps) => boolean;
}

/**
 * The départements the partner asked for: `departments` (INSEE codes, comma-separated), else
 * `region`; undefined when neither names any. Known before the feed, so the base map can load
 * and be drawn while the feed loads.
 */
export function askedExtent(departments: string | undefined, region: string | undefined): Extent | undefined {
  const codes = listOf(departments);
  const fromCodes = regionsOf(codes);
  if (fromCodes.length) return { regions: fromCodes, keep: (d) => codes.includes(d.code) };
  if (region && REGIONS[region]) return { regions: [region], keep: (d) => d.region === region };
  return undefined;
}

/** The départements of the dossier's places (`used`), else the dossier's region, else all of metropolitan France. */
export function feedExtent(used: Set<string>, dossierRegion: string | undefined): Extent {
  const fromPlaces = regionsOf(used);
  if (fromPlaces.length) return { regions: fromPlaces, keep: (d) => used.has(d.code) };
  if (dossierRegion && REGIONS[dossierRegion]) return { regions: [dossierRegion], keep: (d) => d.region === dossierRegion };
  return { regions: Object.keys(REGIONS), keep: () => true };
}

/**
 * The départements to show: the partner's `departments` (INSEE codes, comma-separated), else
 * the partner's `region`, else those where the dossier's places are (`used`), else the
 * dossier's region, else all of metropolitan France.
 */
export function chooseExtent(departments: string | undefined, region: string | undefined, used: Set<string>, dossierRegion: string | undefined): Extent {
  return askedExtent(departments, region) ?? feedExtent(used, dossierRegion);
}

/** The regions of the known codes, in order. */
const regionsOf = (list: Iterable<string>) => [...new Set([...list].map((code) => REGION_OF[code]).filter((r): r is string => !!r))];
