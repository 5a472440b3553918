/**
 * Markers: one per initiative with coordinates, grouped into clusters when close on screen,
 * and a colour + shape per theme so the legend does not rely on colour alone.
 */
import type { Initiative, Theme } from '../../feed/model.js';
import { webMercator, type Point } from './projection.js';

/** Colours with ≥ 3:1 contrast on white and on the dark surface (non-text contrast, WCAG 1.4.11). */
export const THEME_COLOURS = ['#1b6ac9', '#b3261e', '#0b7a4f', '#8a4baf', '#a35a00', '#00768a', '#c2185b', '#5d6b00'];
export const THEME_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

export interface ThemeStyle {
  theme?: Theme;
  colour: string;
  shape: (typeof THEME_SHAPES)[number];
}

/** One style per theme, in feed order; initiatives without a theme get the last. */
export function themeStyles(themes: Theme[]): Map<string, ThemeStyle> {
  const map = new Map<string, ThemeStyle>();
  themes.forEach((theme, i) =>
    map.set(theme.id, { theme, colour: THEME_COLOURS[i % THEME_COLOURS.length]!, shape: THEME_SHAPES[i % THEME_SHAPES.length]! }),
  );
  return map;
}

export interface Marker {
  /** Stable key: the initiative id, or `cluster:<id>`. */
  key: string;
  /** Position in projected units (before fit and view transform). */
  at: Point;
  /** Set for a single initiative. */
  initiative?: Initiative;
  /** For a cluster: how many, and its id (for `leaves` and `expansionZoom`). */
  count: number;
  clusterId?: number;
}

/** Cluster radius in screen pixels at 512-pixel tiles (so about 36 CSS px on screen). */
const RADIUS = 36;
const MAX_LEVEL = 22;

interface Located {
  initiative: Initiative;
  lon: number;
  lat: number;
  /** Web Mercator world coordinates, 0–1: clustering is done on this grid. */
  mx: number;
  my: number;
}

/**
 * Clustering on a grid, one zoom level at a time, computed when a level is first shown and
 * then cached. Supercluster (tried first) builds every level up front: with 10,000 points
 * that was a third of the map's first render, for levels most readers never visit. A grid
 * cell is 2 × RADIUS pixels wide at the level's scale; the points in one cell form a group.
 * A grid alone splits two points that sit a pixel apart on either side of a cell border, and
 * their markers would cover each other: so a group then takes in each neighbouring cell whose
 * mean position is closer than RADIUS to its own (one pass, in grid order). A group of several
 * points is a cluster at their mean position. Levels are Web Mercator zoom levels: the map
 * converts its own scale to one, which is all clustering needs ("are these points close on
 * screen").
 */
export class MarkerIndex {
  private readonly points: Located[];
  private readonly levels = new Map<number, Located[][]>();

  constructor(
    initiatives: Initiative[],
    private readonly project: (lon: number, lat: number) => Point,
  ) {
    this.points = initiatives.map((initiative) => {
      const lon = initiative.place!.lon!;
      const lat = initiative.place!.lat!;
      const [mx, my] = webMercator(lon, lat);
      return { initiative, lon, lat, mx, my };
    });
  }

  /** The groups of a level: the points of a grid cell, with the close neighbouring cells'. */
  private level(z: number): Located[][] {
    let groups = this.levels.get(z);
    if (!groups) {
      groups = group(this.points, cellSize(z));
      this.levels.set(z, groups);
    }
    return groups;
  }

  /** Markers at a zoom level: one per initiative alone in its group, one cluster per group of several. */
  markers(zoom: number): Marker[] {
    const z = Math.max(0, Math.min(MAX_LEVEL, Math.round(zoom)));
    return this.level(z).map((cell, i) => {
      if (cell.length === 1) {
        const { initiative, lon, lat } = cell[0]!;
        return { key: initiative.id, at: this.project(lon, lat), initiative, count: 1 };
      }
      let lon = 0;
      let lat = 0;
      for (const point of cell) {
        lon += point.lon;
        lat += point.lat;
      }
      const clusterId = z * 1e7 + i;
      return { key: `cluster:${clusterId}`, at: this.project(lon / cell.length, lat / cell.length), count: cell.length, clusterId };
    });
  }

  private cell(clusterId: number): Located[] {
    return this.level(Math.floor(clusterId / 1e7))[clusterId % 1e7] ?? [];
  }

  /** Initiatives inside a cluster, for its details. */
  leaves(clusterId: number, limit = 50): Initiative[] {
    return this.cell(clusterId).slice(0, limit).map((p) => p.initiative);
  }

  /** The first level at which a cluster splits (Infinity when its points share one position). */
  expansionZoom(clusterId: number): number {
    const points = this.cell(clusterId);
    const first = points[0];
    for (let z = Math.floor(clusterId / 1e7) + 1; first && z <= MAX_LEVEL; z++) {
      // A group is one cell and at most the three neighbours of a 2 × 2 block: the points' cells
      // alone tell "together" (one cell) and "split" (wider than 2 × 2) without grouping the
      // whole level; only the cases in between need it.
      const size = cellSize(z);
      const width = span(points.map((p) => Math.floor(p.mx / size)));
      const height = span(points.map((p) => Math.floor(p.my / size)));
      if (width === 0 && height === 0) continue;
      if (width > 1 || height > 1) return z;
      const together = new Set(this.level(z).find((g) => g.includes(first)));
      if (points.some((p) => !together.has(p))) return z;
    }
    return Infinity;
  }
}

/** Largest minus smallest (a loop: a cluster may hold more points than a call takes arguments). */
function span(values: number[]) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return max - min;
}

/** A grid cell's width at level `z`, in world units (0–1). */
const cellSize = (z: number) => (2 * RADIUS) / (512 * 2 ** z);

/** Columns and rows stay under 2^26 up to MAX_LEVEL (about 3 × 10^7 cells across at level 22). */
const ROW = 2 ** 26;

interface Cell {
  points: Located[];
  /** Sum, then mean, of the points' world coordinates. */
  x: number;
  y: number;
  taken: boolean;
}

/** Where `v` stands in its unit interval, 0–1, negative numbers included (beyond ±85° of latitude). */
const fraction = (v: number) => v - Math.floor(v);

/** Moves `near`'s points into `cell` when their mean positions are closer than the reach. */
function merge(cell: Cell, near: Cell | undefined, reach2: number) {
  if (!near || near.taken || (near.x - cell.x) ** 2 + (near.y - cell.y) ** 2 >= reach2) return;
  near.taken = true;
  for (const point of near.points) cell.points.push(point);
}

/** Groups points by grid cell of `size` (world units), then merges close neighbouring cells. */
function group(points: Located[], size: number): Located[][] {
  const cells = new Map<number, Cell>();
  for (const point of points) {
    const key = Math.floor(point.mx / size) * ROW + Math.floor(point.my / size);
    const cell = cells.get(key);
    if (cell) {
      cell.points.push(point);
      cell.x += point.mx;
      cell.y += point.my;
    } else cells.set(key, { points: [point], x: point.mx, y: point.my, taken: false });
  }
  for (const cell of cells.values()) {
    cell.x /= cell.points.length;
    cell.y /= cell.points.length;
  }
  const reach2 = (size / 2) ** 2;
  const groups: Located[][] = [];
  for (const [key, cell] of cells) {
    if (cell.taken) continue;
    cell.taken = true;
    // A cell is `size` wide and the reach half of it: only the neighbours on the side of the
    // cell's mean position can be close enough (3 lookups, not 8; a dense level has as many
    // cells as points).
    const dx = fraction(cell.x / size) < 0.5 ? -ROW : ROW;
    const dy = fraction(cell.y / size) < 0.5 ? -1 : 1;
    merge(cell, cells.get(key + dx), reach2);
    merge(cell, cells.get(key + dy), reach2);
    merge(cell, cells.get(key + dx + dy), reach2);
    groups.push(cell.points);
  }
  return groups;
}

/** Initiatives that can be placed on the map. */
export const located = (i: Initiative) => i.place?.lat !== undefined && i.place.lon !== undefined;
