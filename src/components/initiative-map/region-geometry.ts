import type { ReactiveControllerHost } from 'lit';
import type { IntegrityFailure } from '../../chunk-integrity.js';
import { REGIONS } from './geometry/index.js';

/**
 * The départements' outlines, loaded one region at a time: each region is its own chunk, so a
 * map downloads only the regions it shows. The host re-renders when a region arrives; a region
 * that failed to load is asked for again at the next render, unless the browser refused its
 * bytes (integrity, src/chunk-integrity.ts). (No lifecycle step to hook: it only asks its host
 * to re-render, so it is not registered as a controller.)
 *
 * @example
 * ```ts
 * class MyMap extends LitElement {
 *   private readonly geometry = new RegionGeometry(this);
 *   render() {
 *     if (!this.geometry.has(['FR-ARA'])) return html`Loading…`;
 *     return drawDepartements(this.geometry.loaded.get('FR-ARA'));
 *   }
 * }
 * ```
 */
export class RegionGeometry {
  /** Region topologies loaded so far, by ISO 3166-2 code; a new map each time one arrives. */
  loaded: ReadonlyMap<string, unknown> = new Map();
  private readonly requested = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether all these regions are loaded; starts loading those that are not. */
  has(regions: readonly string[]): boolean {
    let all = true;
    for (const region of regions) {
      if (this.loaded.has(region)) continue;
      all = false;
      if (!this.requested.has(region)) this.load(region);
    }
    return all;
  }

  private load(region: string) {
    this.requested.add(region);
    // Every region's chunk imports the decoder's: fetch both at once, not one after the other.
    import('./geometry/decode.js').catch(() => {});
    void REGIONS[region]!().then(
      (module) => {
        this.loaded = new Map(this.loaded).set(region, module.default);
        this.host.requestUpdate();
      },
      (error: Error & IntegrityFailure) => {
        // Refused bytes stay refused: asked again, they would only fail again, and warn again
        // (the failure path warned once, naming the file). A network failure is tried again.
        if (error.integrity) return;
        this.requested.delete(region);
        console.warn(`dossier-widgets: <initiative-map>: could not load the geometry of ${region}: ${String(error)}`);
      },
    );
  }
}
