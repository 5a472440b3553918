/**
 * Where the départements' names go: near each one's anchor, inside its outline, where no
 * marker, cluster, map control or other name covers them; nowhere when no such place is near.
 *
 * Computed at each render from the markers on screen, in viewport pixels, with estimated text
 * boxes: no layout is read, since the server renders the map without one (src/ssr) and a
 * render must not make the browser lay out between its writes. The estimates are generous
 * (the font is the partner's): a wide serif such as DejaVu Serif fits inside them.
 *
 * Cost: one grid of the markers on screen (a few hundred at most: clusters keep them apart),
 * then, per département on screen and large enough for its name, the candidates nearest its
 * anchor first; usually the first fits.
 */
import type { Departement } from './map-geography.js';
import type { PlacedMarker } from './map-scene.js';
import type { View } from './map-view.js';
import type { Fit, Point } from './projection.js';

/** The labels' font size in px (`.dep-label` in initiative-map.styles.ts). */
export const LABEL_SIZE = 12;
/** A label's box around its baseline, in px: engines put 14–17 px of glyph box around 12 px text. */
const ASCENT = 1.1 * LABEL_SIZE;
const DESCENT = 0.35 * LABEL_SIZE;
/** The glyphs' own extent (capitals to descenders), which must lie inside the département. */
const INK_TOP = 0.75 * LABEL_SIZE;
const INK_BOTTOM = 0.2 * LABEL_SIZE;
/** Space kept clear around a label, in px. */
const GAP = 2;
/**
 * Half a marker's side, and a cluster's, in px, with the ring drawn around them: the 1.5rem
 * and 2.2rem boxes at 16 px (`.marker`, `.marker.cluster`), their 1 px and 4 px rings. (A
 * focused marker's outline, 5 px out, may graze a name while it has focus.)
 */
const MARKER = 14;
const CLUSTER = 22;

/**
 * Candidate offsets from the anchor, in px: a disc of radius 64, every 8 px across and 4 px
 * down (a name is wide and short: a small vertical move clears a marker), nearest first.
 */
const OFFSETS: Point[] = [];
for (let x = -64; x <= 64; x += 8) for (let y = -64; y <= 64; y += 4) if (x * x + y * y <= 64 * 64) OFFSETS.push([x, y]);
// A stable sort: ties keep the order above, the same in every engine and in Node.
OFFSETS.sort(([ax, ay], [bx, by]) => ax * ax + ay * ay - bx * bx - by * by);

/** The map's credit line (without tiles; a tile provider's credit makes it longer). */
const CREDIT = 'Made with Natural Earth';

/** A département's name, centred on x, its baseline at y, in viewport pixels (to 0.1 px). */
export interface Label {
  name: string;
  x: number;
  y: number;
}

/** left, top, right, bottom */
type Box = [number, number, number, number];

/** Estimated width of a name at LABEL_SIZE, in px: a little over DejaVu Serif's, one of the widest. */
export function labelWidth(name: string): number {
  let em = 0;
  for (const c of name) em += 'mwMW'.includes(c) ? 1.05 : " -'’.ijl".includes(c) ? 0.4 : c === c.toLowerCase() ? 0.64 : 0.9;
  return em * LABEL_SIZE;
}

const CELL = 64;

/** The keys of the 64 px cells a box covers: boxes are checked against those in the same cells only. */
function cells([x0, y0, x1, y1]: Box): number[] {
  const keys = [];
  for (let i = Math.floor(x0 / CELL); i <= x1 / CELL; i++) for (let j = Math.floor(y0 / CELL); j <= y1 / CELL; j++) keys.push(i * 4096 + j);
  return keys;
}

/**
 * Whether a box in `taken` meets the box x0, y0, x1, y1 (they overlap), looking in the cells
 * it covers: no array or closure per call, since a label tries hundreds of places at each
 * render, most of them taken where markers crowd.
 */
function blocked(taken: Map<number, Box[]>, x0: number, y0: number, x1: number, y1: number): boolean {
  for (let i = Math.floor(x0 / CELL); i <= x1 / CELL; i++) {
    for (let j = Math.floor(y0 / CELL); j <= y1 / CELL; j++) {
      const boxes = taken.get(i * 4096 + j);
      if (!boxes) continue;
      for (const b of boxes) if (b[0] < x1 && x0 < b[2] && b[1] < y1 && y0 < b[3]) return true;
    }
  }
  return false;
}

/** Whether a projected point is inside the rings (even-odd, as the outlines are drawn). */
export function inside(rings: Point[][], x: number, y: number): boolean {
  return crossings(rings, y).filter((c) => c < x).length % 2 === 1;
}

/** Where the rings cross the horizontal line at y, in projected units, sorted. */
function crossings(rings: Point[][], y: number): number[] {
  const found: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) found.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  return found.sort((a, b) => a - b);
}

/** Whether the horizontal segment x0–x1 lies inside, given the line's sorted crossings: an odd number before it, none on it. */
function within(line: number[], x0: number, x1: number): boolean {
  let i = 0;
  while (i < line.length && line[i]! < x0) i++;
  return i % 2 === 1 && (i === line.length || line[i]! > x1);
}

const round = (v: number) => Math.round(v * 10) / 10;
const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(max, v));

/**
 * The labels to draw at this view: for each département on screen and wide enough for its
 * name, the first candidate (nearest its anchor, moved onto the screen) whose box stays in
 * the viewport and inside the département, clear of every marker, of the zoom buttons and
 * the credit line, and of the labels placed before; none when no candidate fits.
 */
export function placeLabels(
  departements: readonly Departement[],
  markers: readonly PlacedMarker[],
  fit: Fit,
  view: View,
  { width, height }: { width: number; height: number },
): Label[] {
  // What labels must not meet: markers, then the labels placed, by cell.
  const taken = new Map<number, Box[]>();
  const take = (box: Box) => {
    for (const key of cells(box)) (taken.get(key) ?? taken.set(key, []).get(key)!).push(box);
  };
  for (const { left, top, initiative } of markers) {
    const r = initiative ? MARKER : CLUSTER;
    take([left - r, top - r, left + r, top + r]);
  }
  // Over the map too: the zoom buttons, top right (.controls: three 2.25rem buttons, 0.5rem
  // from the corner), and the credit line, bottom right (.attribution, at the labels' size).
  take([width - 48, 0, width, 124]);
  take([width - labelWidth(CREDIT) - 12, height - 20, width, height]);
  // Projected → screen: p × scale + offset (toScreen in map-scene.ts).
  const scale = fit.scale * view.k;
  const ox = fit.x * view.k + view.x;
  const oy = fit.y * view.k + view.y;
  const labels: Label[] = [];
  for (const d of departements) {
    const half = labelWidth(d.name) / 2;
    // The département's bounds on screen, cut to the viewport.
    const [[bx0, by0], [bx1, by1]] = d.bounds;
    const left = Math.max(bx0 * scale + ox, GAP);
    const right = Math.min(bx1 * scale + ox, width - GAP);
    const top = Math.max(by0 * scale + oy, GAP);
    const bottom = Math.min(by1 * scale + oy, height - GAP);
    if (right - left < 2 * half || bottom - top < ASCENT + DESCENT) continue;
    const ax = clamp(d.anchor[0] * scale + ox, left + half, right - half);
    const ay = clamp(d.anchor[1] * scale + oy, top + ASCENT, bottom - DESCENT);
    // A candidate's glyphs (their top, middle and bottom lines) must lie inside the outline;
    // candidates share rows, so each line's crossings are computed once.
    const lines = new Map<number, number[]>();
    const line = (y: number) => {
      let found = lines.get(y);
      if (!found) lines.set(y, (found = crossings(d.rings, (y - oy) / scale)));
      return found;
    };
    for (const [dx, dy] of OFFSETS) {
      const x = round(ax + dx);
      const y = round(ay + dy);
      const x0 = x - half;
      const y0 = y - ASCENT;
      const x1 = x + half;
      const y1 = y + DESCENT;
      if (x0 < left || x1 > right || y0 < top || y1 > bottom) continue;
      if (blocked(taken, x0 - GAP, y0 - GAP, x1 + GAP, y1 + GAP)) continue;
      const clear: Box = [x0 - GAP, y0 - GAP, x1 + GAP, y1 + GAP];
      const p0 = (x0 - ox) / scale;
      const p1 = (x1 - ox) / scale;
      if (!within(line(y - INK_TOP), p0, p1) || !within(line(y + INK_BOTTOM), p0, p1) || !within(line(y - (INK_TOP - INK_BOTTOM) / 2), p0, p1)) continue;
      take(clear);
      labels.push({ name: d.name, x, y });
      break;
    }
  }
  return labels;
}
