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
  /**
   * Stable key: the initiative id, or for a cluster `cluster:` and the id of its first
   * initiative, so that a cluster keeps its key (and its button) from one level to the next
   * while it keeps that initiative.
   */
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

/**
 * The groups of one level, in flat arrays (a few bytes per point, no object per point: a map
 * of 100,000 initiatives keeps several levels). Group `g` holds the points
 * `order[starts[g]]` … `order[starts[g + 1] - 1]`, and is drawn at (`x[g]`, `y[g]`): the
 * projection of its points' mean longitude and latitude.
 */
interface Level {
  order: Int32Array;
  starts: Int32Array;
  x: Float64Array;
  y: Float64Array;
}

/** [x0, y0, x1, y1] in projected units: the part of the map on screen. */
export type Rect = [number, number, number, number];

/**
 * Clustering on a grid, one zoom level at a time, computed when a level is first needed and
 * then cached (the map asks for the levels next to the one shown while the page is idle, so
 * that a zoom step finds its level ready). Supercluster (tried first) builds every level up
 * front: with 10,000 points that was a third of the map's first render, for levels most
 * readers never visit. A grid cell is 2 × RADIUS pixels wide at the level's scale; the points
 * in one cell form a group. A grid alone splits two points that sit a pixel apart on either
 * side of a cell border, and their markers would cover each other: so a group then takes in
 * each neighbouring cell whose mean position is closer than RADIUS to its own (one pass, in
 * grid order). A group of several points is a cluster at their mean position. Levels are Web
 * Mercator zoom levels: the map converts its own scale to one, which is all clustering needs
 * ("are these points close on screen").
 */
export class MarkerIndex {
  private readonly initiatives: Initiative[];
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  /** Web Mercator world coordinates, 0–1: clustering is done on this grid. */
  private readonly mx: Float64Array;
  private readonly my: Float64Array;
  private readonly levels = new Map<number, Level>();

  constructor(
    initiatives: Initiative[],
    private readonly project: (lon: number, lat: number) => Point,
  ) {
    const n = initiatives.length;
    this.initiatives = initiatives;
    [this.lon, this.lat, this.mx, this.my] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    initiatives.forEach((initiative, i) => {
      const lon = initiative.place!.lon!;
      const lat = initiative.place!.lat!;
      const [mx, my] = webMercator(lon, lat);
      this.lon[i] = lon;
      this.lat[i] = lat;
      this.mx[i] = mx;
      this.my[i] = my;
    });
  }

  /** The level for a map zoom: Web Mercator levels are whole numbers, 0–22. */
  static level(zoom: number): number {
    return Math.max(0, Math.min(MAX_LEVEL, Math.round(zoom)));
  }

  /** Whether a level is computed already (the map computes the next ones while idle). */
  has(z: number): boolean {
    return this.levels.has(z);
  }

  /** The groups of a level: the points of a grid cell, with the close neighbouring cells'. */
  private level(z: number): Level {
    let level = this.levels.get(z);
    if (!level) {
      const { order, starts } = group(this.mx, this.my, cellSize(z));
      const groups = starts.length - 1;
      const [x, y] = [new Float64Array(groups), new Float64Array(groups)];
      for (let g = 0; g < groups; g++) {
        let lon = 0;
        let lat = 0;
        for (let k = starts[g]!; k < starts[g + 1]!; k++) {
          lon += this.lon[order[k]!]!;
          lat += this.lat[order[k]!]!;
        }
        const count = starts[g + 1]! - starts[g]!;
        [x[g], y[g]] = this.project(lon / count, lat / count);
      }
      level = { order, starts, x, y };
      this.levels.set(z, level);
    }
    return level;
  }

  /** Computes a level ahead of need (a no-op when it is cached). */
  prepare(zoom: number) {
    this.level(MarkerIndex.level(zoom));
  }

  /**
   * Markers at a zoom level: one per initiative alone in its group, one cluster per group of
   * several; only those drawn inside `within` (projected units) when given.
   */
  markers(zoom: number, within?: Rect): Marker[] {
    const z = MarkerIndex.level(zoom);
    const { order, starts, x, y } = this.level(z);
    const markers: Marker[] = [];
    for (let g = 0; g < x.length; g++) {
      const [px, py] = [x[g]!, y[g]!];
      if (within && (px < within[0] || py < within[1] || px > within[2] || py > within[3])) continue;
      const count = starts[g + 1]! - starts[g]!;
      if (count === 1) {
        const initiative = this.initiatives[order[starts[g]!]!]!;
        markers.push({ key: initiative.id, at: [px, py], initiative, count });
      } else {
        const first = this.initiatives[order[starts[g]!]!]!;
        markers.push({ key: `cluster:${first.id}`, at: [px, py], count, clusterId: z * 1e7 + g });
      }
    }
    return markers;
  }

  /** The indices of a cluster's points. */
  private cell(clusterId: number): Int32Array {
    const { order, starts } = this.level(Math.floor(clusterId / 1e7));
    const g = clusterId % 1e7;
    return g + 1 < starts.length ? order.subarray(starts[g], starts[g + 1]) : new Int32Array(0);
  }

  /** Initiatives inside a cluster, for its details. */
  leaves(clusterId: number, limit = 50): Initiative[] {
    return [...this.cell(clusterId).subarray(0, limit)].map((i) => this.initiatives[i]!);
  }

  /** The first level at which a cluster splits (Infinity when its points share one position). */
  expansionZoom(clusterId: number): number {
    const points = this.cell(clusterId);
    const first = points[0];
    for (let z = Math.floor(clusterId / 1e7) + 1; first !== undefined && z <= MAX_LEVEL; z++) {
      // A group is one cell and at most the three neighbours of a 2 × 2 block: the points' cells
      // alone tell "together" (one cell) and "split" (wider than 2 × 2) without grouping the
      // whole level; only the cases in between need it.
      const size = cellSize(z);
      const width = span(points, (i) => Math.floor(this.mx[i]! / size));
      const height = span(points, (i) => Math.floor(this.my[i]! / size));
      if (width === 0 && height === 0) continue;
      if (width > 1 || height > 1) return z;
      const { order, starts } = this.level(z);
      const at = order.indexOf(first);
      let g = 0;
      while (starts[g + 1]! <= at) g++;
      const together = new Set(order.subarray(starts[g], starts[g + 1]));
      if (points.some((p) => !together.has(p))) return z;
    }
    return Infinity;
  }
}

/** Largest minus smallest of `value` over the points (a loop: a cluster may hold more points than a call takes arguments). */
function span(points: Int32Array, value: (i: number) => number) {
  let min = Infinity;
  let max = -Infinity;
  for (const i of points) {
    const v = value(i);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return max - min;
}

/** A grid cell's width at level `z`, in world units (0–1). */
const cellSize = (z: number) => (2 * RADIUS) / (512 * 2 ** z);

/** Columns and rows stay under 2^26 up to MAX_LEVEL (about 3 × 10^7 cells across at level 22). */
const ROW = 2 ** 26;

/** Where `v` stands in its unit interval, 0–1, negative numbers included (beyond ±85° of latitude). */
const fraction = (v: number) => v - Math.floor(v);

/**
 * Groups points by grid cell of `size` (world units), then merges close neighbouring cells.
 * Groups come in the order of their first point; a group's points in input order.
 */
function group(mx: Float64Array, my: Float64Array, size: number): { order: Int32Array; starts: Int32Array } {
  const n = mx.length;
  // Cells, numbered in the order of their first point, with the sums then means of their points.
  const cellOf = new Int32Array(n);
  const ids = new Map<number, number>();
  const [keys, sx, sy, counts] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Int32Array(n)];
  let cells = 0;
  for (let i = 0; i < n; i++) {
    const key = Math.floor(mx[i]! / size) * ROW + Math.floor(my[i]! / size);
    let c = ids.get(key);
    if (c === undefined) {
      c = cells++;
      ids.set(key, c);
      keys[c] = key;
    }
    cellOf[i] = c;
    sx[c]! += mx[i]!;
    sy[c]! += my[i]!;
    counts[c]!++;
  }
  for (let c = 0; c < cells; c++) {
    sx[c]! /= counts[c]!;
    sy[c]! /= counts[c]!;
  }
  // Each cell's group: itself, or the cell that took it in.
  const groupOf = new Int32Array(cells).fill(-1);
  const reach2 = (size / 2) ** 2;
  let groups = 0;
  /** Moves cell `near` into group `g` when its mean position is closer than the reach to cell `c`'s. */
  const merge = (c: number, near: number | undefined, g: number) => {
    if (near === undefined || groupOf[near] !== -1 || (sx[near]! - sx[c]!) ** 2 + (sy[near]! - sy[c]!) ** 2 >= reach2) return;
    groupOf[near] = g;
  };
  for (let c = 0; c < cells; c++) {
    if (groupOf[c] !== -1) continue;
    const g = groups++;
    groupOf[c] = g;
    // A cell is `size` wide and the reach half of it: only the neighbours on the side of the
    // cell's mean position can be close enough (3 lookups, not 8; a dense level has as many
    // cells as points).
    const key = keys[c]!;
    const dx = fraction(sx[c]! / size) < 0.5 ? -ROW : ROW;
    const dy = fraction(sy[c]! / size) < 0.5 ? -1 : 1;
    merge(c, ids.get(key + dx), g);
    merge(c, ids.get(key + dy), g);
    merge(c, ids.get(key + dx + dy), g);
  }
  // Points by group (a counting sort: stable, so in input order within a group).
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) starts[groupOf[cellOf[i]!]! + 1]!++;
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const next = starts.slice(0, groups);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[groupOf[cellOf[i]!]!]!++] = i;
  return { order, starts };
}

/** Initiatives that can be placed on the map. */
export const located = (i: Initiative) => i.place?.lat !== undefined && i.place.lon !== undefined;
