/**
 * Zoom and pan as a view transform (k, x, y) over the fitted map: screen = fitted × k + (x, y).
 * The gestures that change it are in map-viewport.ts.
 */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 256;

export const identity = (): View => ({ k: 1, x: 0, y: 0 });

/** Zooms by `factor` keeping the screen point (px, py) still. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const ratio = k / view.k;
  return { k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/** Keeps at least a quarter of the map on screen, so it can never be lost off the edge. */
export function clampView(view: View, width: number, height: number): View {
  const w = width * view.k;
  const h = height * view.k;
  const clamp = (v: number, size: number, extent: number) => Math.min(size * 0.75, Math.max(size * 0.25 - extent, v));
  return { k: view.k, x: clamp(view.x, width, w), y: clamp(view.y, height, h) };
}
