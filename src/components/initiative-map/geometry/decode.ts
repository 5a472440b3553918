/**
 * Decodes the compact form in which scripts/build-geometry.mjs writes each region module back into
 * the TopoJSON topology the map reads (types.ts). Written by hand, not generated; the script runs
 * this very file to check that every module decodes to the topology it encoded.
 *
 * Why not JSON: a quantized TopoJSON arc written as `[[3021,1876],[12,-5],…]` spends ~8 characters
 * on a point whose two small deltas carry ~11 bits; here each delta is mostly one character, and
 * a region takes about half the gzip bytes (all of France fits the map's 30 KB target).
 *
 * Two streams of unsigned integers. Each integer is written least significant digit first: zero
 * or more base-30 digits as the characters `a`…`~` (codes 97–126), then one last base-52 digit
 * as `(`…`[` (codes 40–91). No quote, backslash, backtick or `$`: the strings need no escaping in
 * any JavaScript string literal. Signed values are zig-zagged (0, −1, 1, −2… → 0, 1, 2, 3…).
 *
 * - `shapes`, per département: 0 for a Polygon or the number of polygons of a MultiPolygon; per
 *   polygon its number of rings; per ring its number of arcs, then each arc: 0 (or 1) for an arc
 *   not used before, forwards (or reversed), else 2 × (how many arcs back) + 1 if reversed. Arcs
 *   are numbered in that order of first use.
 * - `points`, per arc not used before, read when the ring reaches it: its number of points − 2;
 *   if it opens its ring, where the ring starts, relative to where the previous ring ended (0,0
 *   at first), since the other arcs start where the ring is; then each step along the arc, x and y,
 *   minus half the previous step (a simplified outline turns gently: steps come out smaller).
 */
import { GRID } from './grid.js';
import type { DepartementGeometry, DepartementsTopology } from './types.js';

/** Last digit of a number: `(` (code 40) is 0. */
const FINAL_ZERO = 40;
/** Other digits: `a` (code 97) is 0, base 30. */
const DIGIT_ZERO = 97;
const DIGIT_BASE = 30;

/** A reader of the stream's next unsigned integer. */
function numbers(stream: string): () => number {
  let at = 0;
  return () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const code = stream.charCodeAt(at++);
      if (code < DIGIT_ZERO) return value + (code - FINAL_ZERO) * scale;
      value += (code - DIGIT_ZERO) * scale;
      scale *= DIGIT_BASE;
    }
  };
}

/** Zig-zag back to a signed integer. */
const signed = (n: number) => (n % 2 ? -(n + 1) / 2 : n / 2);

type Point = [number, number];

/**
 * One region's topology from its module's streams (see above).
 * @param region ISO 3166-2 code of the region, the `region` of every département in it.
 * @param departements One `code + name` per département ("63Puy-de-Dôme"), joined by `|`.
 */
export function decodeRegion(region: string, departements: string, shapes: string, points: string): DepartementsTopology {
  const shape = numbers(shapes);
  const point = numbers(points);
  /** Quantized TopoJSON arcs: the first point absolute, the others deltas. */
  const arcs: Point[][] = [];
  /** Each arc's first and last points, absolute. */
  const ends: Point[][] = [];
  // Where the ring being read has got to.
  let x = 0;
  let y = 0;
  const arc = (opensRing: boolean) => {
    const n = shape();
    const reversed = n % 2;
    const index = n < 2 ? arcs.length : arcs.length - (n >> 1);
    if (index === arcs.length) {
      const steps: Point[] = Array.from({ length: point() + 1 });
      if (opensRing) {
        x += signed(point());
        y += signed(point());
      }
      let dx = 0;
      let dy = 0;
      let sx = 0;
      let sy = 0;
      for (let i = 0; i < steps.length; i++) {
        dx = signed(point()) + (dx >> 1);
        dy = signed(point()) + (dy >> 1);
        steps[i] = [dx, dy];
        sx += dx;
        sy += dy;
      }
      // The ring is at the arc's first point, or at its last if it runs the arc backwards.
      const first: Point = reversed ? [x - sx, y - sy] : [x, y];
      arcs.push([first, ...steps]);
      ends.push([first, [first[0] + sx, first[1] + sy]]);
    }
    [x, y] = ends[index]![reversed ? 0 : 1]!;
    return reversed ? ~index : index;
  };
  const repeat = <T>(count: number, item: (index: number) => T) => Array.from({ length: count }, (_, i) => item(i));
  const polygon = () => repeat(shape(), () => repeat(shape(), (i) => arc(!i)));
  const geometries = departements.split('|').map((entry): DepartementGeometry => {
    const properties = { code: entry.slice(0, 2), name: entry.slice(2), region };
    const polygons = shape();
    return polygons
      ? { type: 'MultiPolygon', arcs: repeat(polygons, polygon), properties }
      : { type: 'Polygon', arcs: polygon(), properties };
  });
  return { type: 'Topology', transform: GRID, objects: { departements: { type: 'GeometryCollection', geometries } }, arcs };
}
