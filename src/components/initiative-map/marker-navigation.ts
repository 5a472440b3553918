import type { ReactiveControllerHost } from 'lit';
import type { MapViewport } from './map-viewport.js';

/** What the navigation needs of its element: re-renders, and the rendered markers and panel. */
export interface NavigationHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/** A marker where it is drawn, in viewport pixels; `key` is its `data-key`. */
export interface ScreenMarker {
  key: string;
  left: number;
  top: number;
}

/** Pixels that Shift + an arrow moves the map. */
const PAN_STEP = 80;

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Keyboard use of the map's markers, and where focus goes. The markers form one Tab stop (a
 * roving tabindex: only the active marker has tabindex 0); the arrows move to the nearest marker
 * in their direction, + and − zoom, Shift + arrows pan, Escape closes the details panel. Enter
 * needs nothing here: a marker is a button. Focus moves once the host has rendered: to the
 * panel's title when it opens, back to the active marker when it closes.
 *
 * It hooks no lifecycle step, so it is not registered as a controller: it re-renders its host
 * when the Tab stop changes, and waits for the host's `updateComplete` to move focus.
 *
 * @example
 * ```ts
 * class MyMap extends LitElement {
 *   private readonly nav = new MarkerNavigation<Placed>(this, this.viewport, () => this.closePanel());
 *   render() {
 *     const markers = this.placedMarkers();
 *     this.nav.show(markers);
 *     return html`<div class="markers" @keydown=${this.nav.keydown}>
 *       ${markers.map((m) => html`<button class="marker" data-key=${m.key} tabindex=${this.nav.tabIndex(m.key)}
 *         @focus=${() => (this.nav.activeKey = m.key)}>…</button>`)}
 *     </div>`;
 *   }
 * }
 * ```
 */
export class MarkerNavigation<T extends ScreenMarker> {
  private key?: string;
  /** The markers of the last render, in reading order. */
  private shown: T[] = [];

  /**
   * @param viewport zoomed by + and −, panned by Shift + arrows
   * @param closePanel called by Escape on a marker while the details panel (`.panel`) is shown
   */
  constructor(
    private readonly host: NavigationHost,
    private readonly viewport: MapViewport,
    private readonly closePanel: () => void,
  ) {}

  /** The marker that Tab reaches; the others are reached with the arrows. */
  get activeKey(): string | undefined {
    return this.key;
  }

  set activeKey(key: string | undefined) {
    if (key === this.key) return;
    this.key = key;
    this.host.requestUpdate();
  }

  /**
   * While rendering, with the markers about to be drawn: the active marker stays the same if it
   * is still drawn, else becomes the first (there is always one Tab stop). No re-render needed:
   * this render draws it.
   */
  show(markers: T[]) {
    this.shown = markers;
    if (!markers.some((m) => m.key === this.key)) this.key = markers[0]?.key;
  }

  tabIndex(key: string) {
    return key === this.key ? 0 : -1;
  }

  /** The listener for `keydown` on the markers' container (one function: no new listener at each render). */
  readonly keydown = (event: KeyboardEvent) => {
    const { key, shiftKey } = event;
    const { viewport } = this;
    if (key === '+' || key === '=' || key === '-' || key === '_') {
      event.preventDefault();
      viewport.zoomBy(key === '+' || key === '=' ? 2 : 0.5);
      return;
    }
    if (key === 'Escape' && this.host.renderRoot.querySelector('.panel')) {
      event.preventDefault();
      this.closePanel();
      return;
    }
    const direction = DIRECTIONS[key];
    if (!direction) return;
    event.preventDefault();
    if (shiftKey) {
      const { k, x, y } = viewport.view;
      return viewport.setView({ k, x: x - direction[0] * PAN_STEP, y: y - direction[1] * PAN_STEP });
    }
    const markers = this.shown;
    const current = markers.find((m) => m.key === this.key) ?? markers[0];
    const next = current && inDirection(markers, current, direction);
    if (next) {
      this.activeKey = next.key;
      void this.host.updateComplete.then(() => this.focusMarker(next.key));
    }
  };

  /** Once the host has rendered, focuses the active marker (the panel closed, or a cluster split). */
  returnFocus() {
    void this.host.updateComplete.then(() => this.focusMarker(this.key));
  }

  /** Once the host has rendered, focuses the title of the panel that just opened. */
  focusPanel() {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus());
  }

  private focusMarker(key?: string) {
    const buttons = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.marker')];
    (buttons.find((b) => b.dataset.key === key) ?? buttons[0])?.focus();
  }
}

/** The marker nearest to (x, y). */
export function nearest<T extends ScreenMarker>(markers: T[], x: number, y: number): T | undefined {
  return markers.reduce<T | undefined>((best, m) => (!best || Math.hypot(m.left - x, m.top - y) < Math.hypot(best.left - x, best.top - y) ? m : best), undefined);
}

/** The nearest marker in a direction, favouring those straight ahead (spatial navigation). */
export function inDirection<T extends ScreenMarker>(markers: T[], from: T, [dx, dy]: [number, number]): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const m of markers) {
    if (m === from) continue;
    const ahead = (m.left - from.left) * dx + (m.top - from.top) * dy;
    if (ahead <= 0) continue;
    const aside = Math.abs((m.left - from.left) * dy - (m.top - from.top) * dx);
    const score = ahead + 2 * aside;
    if (score < bestScore) [best, bestScore] = [m, score];
  }
  return best;
}
