import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeImageUrl } from '../../feed/safe-url.js';

/** The element's tile attributes. */
export interface TileHost extends ReactiveControllerHost {
  /** Raster tiles URL template (`https://…/{z}/{x}/{y}.png`). */
  tiles?: string;
  /** The partner already has the reader's consent. */
  tilesConsent: boolean;
}

/**
 * The opt-in for raster tiles: a tile server is a third party that sees the reader's address,
 * so no tile loads until the reader (or the partner, with `tiles-consent`) agrees. Until then
 * the map draws its own départements and offers a button. A template that is not a safe image
 * URL is never used, consent or not.
 *
 * @example
 * ```ts
 * class MyMap extends LitElement {
 *   tiles?: string;
 *   tilesConsent = false;
 *   private readonly consent = new TileConsent(this);
 *   render() {
 *     const template = this.consent.template;
 *     return this.tiles && !template
 *       ? html`<button @click=${() => this.consent.grant()}>Show tiles from ${this.consent.source}</button>`
 *       : template && renderTiles(template);
 *   }
 * }
 * ```
 */
export class TileConsent implements ReactiveController {
  private consented = false;

  constructor(private readonly host: TileHost) {
    host.addController(this);
  }

  /** Consent given once stays, even if `tiles-consent` is removed. */
  hostUpdate() {
    if (this.host.tilesConsent) this.consented = true;
  }

  /** The tiles URL template to load: set only with a safe URL and consent. */
  get template(): string | undefined {
    const { tiles } = this.host;
    return this.consented && tiles && safeImageUrl(tiles.replace(/[{}]/g, ''), document.baseURI) ? tiles : undefined;
  }

  /** Who serves the tiles, for the notice next to the button (when `tiles` is set). */
  get source(): string {
    const template = this.host.tiles!;
    try {
      return new URL(template.replace(/[{}]/g, '')).host;
    } catch {
      return template;
    }
  }

  /** The reader agreed. */
  grant() {
    if (this.consented) return;
    this.consented = true;
    this.host.requestUpdate();
  }
}
