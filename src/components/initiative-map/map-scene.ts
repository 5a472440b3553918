/**
 * What the map draws, and where. The element keeps the results of `summarise`, `chooseExtent`
 * (map-geography.ts), `buildBase`, `buildScene`, `fitScene` and `basePaths` with memoizeOne: a
 * zoom or a pan re-renders the map, and with 10,000 initiatives recomputing them would
 * dominate it. Each function's parameters are all it depends on. The base map (outlines, their
 * fit and path data) needs no feed when the partner names the départements or the region: it
 * is ready before the feed arrives. The rest is recomputed at each render from the scene and
 * the view: the cluster zoom level and the markers on screen.
 */
import type { Dossier, Initiative, Theme } from '../../feed/model.js';
import { pathData, projectDepartements, type Departement, type Extent } from './map-geography.js';
import { located, MarkerIndex, themeStyles, type Marker, type Rect, type ThemeStyle } from './map-markers.js';
import type { View } from './map-view.js';
import { boundsOf, fitBounds, lambertConic, webMercator, type Fit, type Point, type Project } from './projection.js';

const RAD = Math.PI / 180;

/** What the map shows of the feed, whatever the extent and the view. */
export interface FeedSummary {
  /** Listed, not mapped. */
  unlocated: Initiative[];
  /** By theme id. */
  styles: Map<string, ThemeStyle>;
  /** The styles that markers use (a marker takes its first theme's). */
  legend: ThemeStyle[];
  /** Départements of the dossier's places. */
  used: Set<string>;
  /** Choices of the filters: [id, label]. */
  filters: { themes: [string, string][]; departments: [string, string][] };
}

/** The base map: what depends only on the extent, the projection and the outlines (no feed). */
export interface Base {
  /** Web Mercator (the tiles' projection) rather than Lambert. */
  mercator: boolean;
  project: Project;
  departements: Departement[];
  /** Projected bounds of the départements shown: the map fits them. */
  bounds: [Point, Point];
}

/** Everything that depends only on the feed, the extent and the projection. */
export interface Scene extends Base {
  index: MarkerIndex;
  /** Mean latitude of the dossier's places, for the cluster zoom level. */
  latitude: number;
}

/** A marker where it is drawn, in viewport pixels. */
export type PlacedMarker = Marker & { left: number; top: number };

/**
 * What depends only on the feed. One pass over the initiatives and one over the places: at
 * 100,000 initiatives the map's first render is one task, and the six passes this took before,
 * each with its own array, were about a tenth of it.
 */
export function summarise(all: Initiative[], dossier: Dossier): FeedSummary {
  const themes = new Set<Theme>();
  const firstThemes = new Set<Theme | undefined>();
  const departments = new Set<string>();
  const unlocated: Initiative[] = [];
  for (const initiative of all) {
    for (const theme of initiative.themes) themes.add(theme);
    firstThemes.add(initiative.themes[0]);
    if (initiative.place?.department) departments.add(initiative.place.department);
    if (!located(initiative)) unlocated.push(initiative);
  }
  const used = new Set<string>();
  for (const place of dossier.places.values()) used.add(place.department ?? '');
  const styles = themeStyles([...dossier.themes.values()]);
  return {
    unlocated,
    styles,
    legend: [...styles.values()].filter((s) => firstThemes.has(s.theme)),
    used,
    filters: {
      themes: [...dossier.themes.values()].filter((t) => themes.has(t)).map((t) => [t.id, t.name]),
      departments: [...departments].sort().map((d) => [d, d]),
    },
  };
}

/** Projects the extent's départements; `geometry` holds every region of the extent. */
export function buildBase(extent: Extent, mercator: boolean, geometry: ReadonlyMap<string, unknown>): Base {
  const project = mercator ? webMercator : lambertConic();
  const departements = projectDepartements(extent.regions.map((r) => geometry.get(r)), project).filter(extent.keep);
  return { mercator, project, departements, bounds: boundsOf(departements.flatMap((d) => d.bounds)) };
}

/** The base map with the located initiatives indexed for clustering. */
export function sceneOf(base: Base, initiatives: Initiative[], dossier: Dossier): Scene {
  let sum = 0;
  let count = 0;
  for (const { lat } of dossier.places.values()) {
    if (lat === undefined) continue;
    sum += lat;
    count++;
  }
  return {
    ...base,
    index: new MarkerIndex(initiatives.filter(located), base.project),
    latitude: count ? sum / count : 46.5,
  };
}

/** The base map and the scene in one step (the element keeps the base map apart, to draw it before the feed). */
export function buildScene(extent: Extent, mercator: boolean, initiatives: Initiative[], dossier: Dossier, geometry: ReadonlyMap<string, unknown>): Scene {
  return sceneOf(buildBase(extent, mercator, geometry), initiatives, dossier);
}

/** Scale and offset of the base map in a viewport of this size, or undefined before it is measured. */
export function fitScene(base: Base, { width, height }: { width: number; height: number }): Fit | undefined {
  return width ? fitBounds(base.bounds, width, height) : undefined;
}

/** Path data of the outlines at a fit (the zoom and pan are a transform around them: this changes only with the size). */
export function basePaths(departements: Departement[], fit: Fit): string[] {
  return departements.map((d) => pathData(d.rings, fit));
}

/** Projected point → viewport pixels. */
export function toScreen([x, y]: Point, fit: Fit, view: View): Point {
  return [(x * fit.scale + fit.x) * view.k + view.x, (y * fit.scale + fit.y) * view.k + view.y];
}

/** Web Mercator zoom level equivalent to the current scale (see MarkerIndex). */
export function clusterZoom(scene: Scene, fit: Fit, view: View): number {
  const scale = fit.scale * view.k * (scene.mercator ? 1 / (2 * Math.PI) : 1);
  return Math.log2((scale * 2 * Math.PI * Math.cos(scene.latitude * RAD)) / 512);
}

/**
 * The markers (and clusters) to draw at this view, in reading order: north to south, west to
 * east (the order of Tab). Only those within 20 px of the viewport are made: the level's other
 * groups are skipped by their projected position, so a zoom step costs the markers on screen,
 * not the initiatives.
 */
export function placeMarkers(scene: Scene, fit: Fit, view: View, { width, height }: { width: number; height: number }): PlacedMarker[] {
  // Screen → projected: the inverse of toScreen.
  const at = (px: number, offset: number, fitOffset: number) => ((px - offset) / view.k - fitOffset) / fit.scale;
  const within: Rect = [at(-20, view.x, fit.x), at(-20, view.y, fit.y), at(width + 20, view.x, fit.x), at(height + 20, view.y, fit.y)];
  return scene.index
    .markers(clusterZoom(scene, fit, view), within)
    .map((m) => {
      const [left, top] = toScreen(m.at, fit, view);
      return { ...m, left, top };
    })
    .filter((m) => m.left >= -20 && m.top >= -20 && m.left <= width + 20 && m.top <= height + 20)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
