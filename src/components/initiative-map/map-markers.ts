/**
 * Markers: one per initiative with coordinates, grouped into clusters when close on screen
 * (supercluster: a well-kept, 3 KB library that indexes 10,000 points in milliseconds), and a
 * colour + shape per theme so the legend does not rely on colour alone.
 */
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { Initiative, Theme } from '../../feed/model.js';
import type { Point } from './projection.js';

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

export interface MarkerPoint {
  initiative: Initiative;
}

export interface Marker {
  /** Stable key: the initiative id, or `cluster:<id>`. */
  key: string;
  /** Position in projected units (before fit and view transform). */
  at: Point;
  /** Set for a single initiative. */
  initiative?: Initiative;
  /** For a cluster: how many, and the zoom at which it splits. */
  count: number;
  clusterId?: number;
  expansionZoom?: number;
}

/**
 * Clusters in Web Mercator zoom levels (supercluster's unit). Levels 4–12 only: a map of
 * France or one of its regions never shows less (whole France is about level 5 at 600 px),
 * and above 12 points are shown one by one; each level is work when 10,000 points load. The map converts its own scale
 * to an equivalent zoom, which is all clustering needs: "are these two points close on screen".
 */
export class MarkerIndex {
  private readonly index = new Supercluster<MarkerPoint>({ radius: 36, minZoom: 4, maxZoom: 12, minPoints: 2 });

  constructor(
    initiatives: Initiative[],
    private readonly project: (lon: number, lat: number) => Point,
  ) {
    this.index.load(
      initiatives.map((initiative) => ({
        type: 'Feature',
        properties: { initiative },
        geometry: { type: 'Point', coordinates: [initiative.place!.lon!, initiative.place!.lat!] },
      })),
    );
  }

  /** Markers at a zoom, within a lon/lat bounding box [west, south, east, north]. */
  markers(zoom: number, bbox: [number, number, number, number]): Marker[] {
    return this.index.getClusters(bbox, Math.round(zoom)).map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Partial<ClusterProperties> & Partial<MarkerPoint>;
      if (props.cluster) {
        return {
          key: `cluster:${props.cluster_id}`,
          at: this.project(lon, lat),
          count: props.point_count!,
          clusterId: props.cluster_id,
          expansionZoom: this.index.getClusterExpansionZoom(props.cluster_id!),
        };
      }
      return { key: props.initiative!.id, at: this.project(lon, lat), initiative: props.initiative, count: 1 };
    });
  }

  /** Initiatives inside a cluster, for its accessible name and its details. */
  leaves(clusterId: number, limit = 50): Initiative[] {
    return this.index.getLeaves(clusterId, limit).map((f) => f.properties.initiative);
  }
}

/** Initiatives that can be placed on the map. */
export const located = (i: Initiative) => i.place?.lat !== undefined && i.place.lon !== undefined;
