/**
 * The two projections the map needs, in a few lines each rather than d3-geo (~10 KB gzip for
 * what is here two formulas and a fit): the map draws only French départements, never crosses
 * the antimeridian or a pole, so it needs no spherical clipping.
 *
 * - Lambert conformal conic with the Lambert-93 parallels (44°, 49°) and central meridian
 *   (3° E): the projection of French official maps, so shapes look as readers know them.
 * - Web Mercator, for the optional raster tiles (tiles are cut in it).
 */
export type Point = [x: number, y: number];
export type Project = (lon: number, lat: number) => Point;

const RAD = Math.PI / 180;

/** Lambert conformal conic on the sphere (Snyder, Map Projections, eq. 15-1…15-4); y grows southwards. */
export function lambertConic(parallel1 = 44, parallel2 = 49, meridian = 3): Project {
  const phi1 = parallel1 * RAD;
  const phi2 = parallel2 * RAD;
  const t = (phi: number) => Math.tan(Math.PI / 4 + phi / 2);
  const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
  const f = (Math.cos(phi1) * t(phi1) ** n) / n;
  return (lon, lat) => {
    const rho = f / t(lat * RAD) ** n;
    const theta = n * (lon - meridian) * RAD;
    return [rho * Math.sin(theta), rho * Math.cos(theta)];
  };
}

/** Web Mercator in "world units": x, y from 0 to 1 across the world, y grows southwards. */
export const webMercator: Project = (lon, lat) => {
  const sin = Math.sin(lat * RAD);
  return [lon / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
};

export interface Fit {
  scale: number;
  /** Screen position of projected (0, 0). */
  x: number;
  y: number;
}

/** Scale and offset that fit projected bounds [[x0, y0], [x1, y1]] in a width × height box, centred, with padding. */
export function fitBounds([[x0, y0], [x1, y1]]: [Point, Point], width: number, height: number, padding = 16): Fit {
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const scale = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  return { scale, x: (width - w * scale) / 2 - x0 * scale, y: (height - h * scale) / 2 - y0 * scale };
}

/** Projected bounds of a set of points. */
export function boundsOf(points: Iterable<Point>): [Point, Point] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}
