import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { View } from './map-view.js';
import type { MapViewport } from './map-viewport.js';

/** What the navigation needs of its element: re-renders, and the rendered markers, viewport and panel. */
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

/** Room kept between a focused marker and the viewport's edge: its focus ring (3 px outline, 2 px offset) and a pixel. */
const RING = 6;

/** A marker is in view when its centre is this far inside the viewport: half a marker, so all of it shows. */
const INSET = 12;

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Keyboard use of the map's markers, and where focus goes. The markers form one Tab stop (a
 * roving tabindex: only the active marker has tabindex 0), always a marker in view (its centre
 * inside the viewport); the arrows move to the nearest marker in their direction, panning it
 * into view first when it is drawn across or beyond the edge; + and − zoom around the focused
 * marker; Shift + arrows pan; Escape closes the details panel. Enter needs nothing here: a
 * marker is a button. A marker focused from the keyboard is panned into view, focus ring
 * included.
 *
 * Focus is never lost: when an update takes the focused marker away or out of view (a zoom, a
 * pan, a reset, a filter, a resize), the Tab stop moves to the visible marker nearest to where
 * it went, and focus with it; with no marker in view, to the viewport (which is then the Tab
 * stop, and takes the same keys); with no map at all (filters matching nothing), to the first
 * filter. Focus also moves to the panel's title when it opens, and back when it closes.
 *
 * @example
 * ```ts
 * class MyMap extends LitElement {
 *   private readonly nav = new MarkerNavigation<Placed>(this, this.viewport, () => this.closePanel());
 *   render() {
 *     const markers = this.placedMarkers();
 *     this.nav.show(markers);
 *     return html`<div class="viewport" tabindex=${this.nav.viewportTabIndex ?? nothing} @keydown=${this.nav.keydown}>
 *       ${markers.map((m) => html`<button class="marker" data-key=${m.key} tabindex=${this.nav.tabIndex(m.key)}
 *         @focus=${this.nav.focused}>…</button>`)}
 *     </div>`;
 *   }
 * }
 * ```
 */
export class MarkerNavigation<T extends ScreenMarker> implements ReactiveController {
  private key?: string;
  /** The markers of the last render, in reading order, and the view they were placed at. */
  private shown: T[] = [];
  private placedAt?: View;
  /** Focus was on a marker or the viewport when the update began. */
  private hadFocus = false;

  /**
   * @param viewport zoomed by + and −, panned by Shift + arrows and to bring a marker into view
   * @param closePanel called by Escape on a marker while the details panel (`.panel`) is shown
   */
  constructor(
    private readonly host: NavigationHost,
    private readonly viewport: MapViewport,
    private readonly closePanel: () => void,
  ) {
    host.addController(this);
  }

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
   * While rendering, with the markers about to be drawn: the active marker stays the Tab stop
   * while it is in view; otherwise the Tab stop becomes the marker in view nearest to where the
   * active one is now (or was, moved by the change of view), else the first in view, else none
   * (the viewport is then the Tab stop). No re-render needed: this render draws it.
   */
  show(markers: T[]) {
    const { view, size } = this.viewport;
    const before = this.shown.find((m) => m.key === this.key);
    const from = this.placedAt;
    this.shown = markers;
    this.placedAt = view;
    const visible = markers.filter((m) => m.left >= INSET && m.top >= INSET && m.left <= size.width - INSET && m.top <= size.height - INSET);
    if (visible.some((m) => m.key === this.key)) return;
    const now =
      markers.find((m) => m.key === this.key) ??
      (before && from && { left: ((before.left - from.x) / from.k) * view.k + view.x, top: ((before.top - from.y) / from.k) * view.k + view.y });
    this.key = (now ? nearest(visible, now.left, now.top) : visible[0])?.key;
  }

  tabIndex(key: string) {
    return key === this.key ? 0 : -1;
  }

  /**
   * The viewport is the Tab stop when no marker is in view, and then takes focus from a marker
   * that leaves; otherwise it is not focusable (a click on the map leaves focus where it was, and
   * the wheel scrolls the page).
   */
  get viewportTabIndex() {
    return this.key === undefined ? 0 : undefined;
  }

  hostUpdate() {
    // No render root in server rendering.
    const focused = (this.host.renderRoot as ShadowRoot | undefined)?.activeElement;
    this.hadFocus = !!focused?.matches('.marker, .viewport');
  }

  hostUpdated() {
    if (!this.hadFocus) return;
    this.hadFocus = false;
    const focused = (this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    const seen = focused?.matches(':focus-visible');
    const onStop = this.key === undefined ? focused?.matches('.viewport') : focused?.dataset.key === this.key;
    // After this update (a re-render now would be one more update within this one): focus that
    // went with a removed marker, or that the reader sees elsewhere than on the Tab stop (a
    // marker out of view or left by an arrow; the viewport once a marker is in view), goes to
    // the Tab stop; a marker that keeps it is brought whole into view.
    void this.host.updateComplete.then(() =>
      !focused || (seen && !onStop) ? this.focusActive() : seen && focused.matches('.marker') && this.reveal(focused),
    );
  }

  /** The listener for `keydown` on the viewport (one function: no new listener at each render). */
  readonly keydown = (event: KeyboardEvent) => {
    const { key, shiftKey } = event;
    const target = event.target as HTMLElement;
    const onMarker = target.matches('.marker');
    // Keys in the controls, the panel or the consent box are theirs.
    if (!onMarker && target !== event.currentTarget) return;
    const { viewport } = this;
    const direction = DIRECTIONS[key];
    const current = onMarker ? this.shown.find((m) => m.key === target.dataset.key) : undefined;
    if (key === '+' || key === '=' || key === '-' || key === '_') {
      event.preventDefault();
      viewport.zoomBy(key === '+' || key === '=' ? 2 : 0.5, current?.left, current?.top);
    } else if (key === 'Escape' && onMarker && this.host.renderRoot.querySelector('.panel')) {
      event.preventDefault();
      this.closePanel();
    } else if (direction && shiftKey) {
      event.preventDefault();
      const { k, x, y } = viewport.view;
      viewport.setView({ k, x: x - direction[0] * PAN_STEP, y: y - direction[1] * PAN_STEP });
    } else if (direction && this.key) {
      event.preventDefault();
      // From the viewport, the arrows reach the Tab stop.
      const next = current ? inDirection(this.shown, current, direction) : undefined;
      if (!current) this.focusActive();
      else if (next) {
        this.reveal(this.button(next.key));
        this.activeKey = next.key;
        this.returnFocus();
      }
    }
  };

  /**
   * The listener for `focus` on each marker, or `focusin` around them (one listener for all):
   * the marker becomes the Tab stop and, focused from the keyboard, comes into view.
   */
  readonly focused = (event: FocusEvent) => {
    const button = (event.target as Element).closest<HTMLElement>('.marker');
    if (!button) return;
    this.activeKey = button.dataset.key;
    if (button.matches(':focus-visible')) this.reveal(button);
  };

  /** Once the host has rendered, focuses the active marker (the panel closed, or a cluster split). */
  returnFocus() {
    void this.host.updateComplete.then(() => this.focusActive());
  }

  /** Once the host has rendered, focuses the title of the panel that just opened. */
  focusPanel() {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus());
  }

  private button(key?: string) {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.marker')].find((b) => b.dataset.key === key);
  }

  /** The Tab stop: the active marker, else the viewport, else (no map) the first filter. */
  private focusActive() {
    const root = this.host.renderRoot;
    (this.button(this.key) ?? root.querySelector<HTMLElement>('.viewport') ?? root.querySelector<HTMLElement>('.filters select'))?.focus();
  }

  /** Pans the view so that the marker and its focus ring are inside the viewport. */
  private reveal(button?: HTMLElement) {
    const frame = button?.closest('.viewport');
    if (!frame) return;
    const box = frame.getBoundingClientRect();
    const r = button!.getBoundingClientRect();
    const [left, top] = [box.left + frame.clientLeft, box.top + frame.clientTop];
    // A marker too big for the viewport is aligned with its start, once.
    const shift = (from: number, to: number, min: number, max: number) =>
      from < min + RING || to - from > max - min - 2 * RING ? min + RING - from : to > max - RING ? max - RING - to : 0;
    const dx = shift(r.left, r.right, left, left + frame.clientWidth);
    const dy = shift(r.top, r.bottom, top, top + frame.clientHeight);
    const { k, x, y } = this.viewport.view;
    // Half a pixel or less is layout rounding: panning for it could go on forever.
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) this.viewport.setView({ k, x: x + dx, y: y + dy });
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
