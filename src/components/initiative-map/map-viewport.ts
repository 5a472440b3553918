import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, identity, zoomAt, type View } from './map-view.js';

/** What the viewport needs of its element: re-renders, focus, and the rendered `.viewport`. */
export interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
}

/** How long the "Ctrl + wheel" hint stays after the reader scrolled over the map, in ms. */
const HINT_DURATION = 2000;

/**
 * The map's view transform (zoom and pan over the fitted map) and the viewport's size, with
 * the gestures readers expect and none that hijack the page: the wheel zooms only with Ctrl/⌘
 * or once the map has focus (otherwise the page scrolls and a hint says how), drag pans, two
 * fingers pinch. The view is always clamped to the size, so the map can never be lost off an
 * edge. Any change re-renders the host.
 *
 * The size is that of the host's current `.viewport` element, measured with a ResizeObserver
 * (the element is replaced between the skeleton and the map: only the current one is watched).
 *
 * @example
 * ```ts
 * class MyMap extends LitElement {
 *   private readonly viewport = new MapViewport(this);
 *   render() {
 *     const { view, wheel, pointerdown, pointermove, pointerup } = this.viewport;
 *     return html`<div class="viewport" @wheel=${wheel} @pointerdown=${pointerdown}
 *         @pointermove=${pointermove} @pointerup=${pointerup} @pointercancel=${pointerup}>
 *       <svg><g transform="translate(${view.x} ${view.y}) scale(${view.k})">…</g></svg>
 *       <button @click=${() => this.viewport.zoomBy(2)}>+</button>
 *     </div>`;
 *   }
 * }
 * ```
 */
export class MapViewport implements ReactiveController {
  /** Zoom (k) and pan (x, y) over the fitted map. */
  view: View = identity();
  /** The viewport's size in CSS pixels: 0 × 0 until measured. */
  size = { width: 0, height: 0 };
  /** Whether to say that the wheel zooms only with Ctrl/⌘ or once the map has focus. */
  showWheelHint = false;
  /** True right after a drag, so the click that ends it is not taken as a click. */
  dragged = false;

  /** The pointers down on the map, where they were last. */
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private observed?: Element;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const { width, height } = entry!.contentRect;
    if (width !== this.size.width || height !== this.size.height) {
      this.size = { width, height };
      this.host.requestUpdate();
    }
  });

  constructor(private readonly host: ViewportHost) {
    host.addController(this);
  }

  hostUpdated() {
    const viewport = this.host.renderRoot.querySelector('.viewport') ?? undefined;
    if (viewport === this.observed) return;
    if (this.observed) this.resizeObserver.unobserve(this.observed);
    if (viewport) this.resizeObserver.observe(viewport);
    this.observed = viewport;
  }

  hostDisconnected() {
    this.resizeObserver.disconnect();
    this.observed = undefined;
    clearTimeout(this.hintTimer);
  }

  /** Sets the view, clamped to the size, and re-renders the host if that changed it. */
  setView(view: View) {
    const { k, x, y } = clampView(view, this.size.width, this.size.height);
    if (k === this.view.k && x === this.view.x && y === this.view.y) return;
    this.view = { k, x, y };
    this.host.requestUpdate();
  }

  /** Zooms around a point of the viewport: by default its centre (the zoom buttons); + and − pass the focused marker's. */
  zoomBy(factor: number, x = this.size.width / 2, y = this.size.height / 2) {
    this.setView(zoomAt(this.view, factor, x, y));
  }

  // Listeners for the viewport element's events of the same names (arrow functions: Lit calls
  // a listener with the element as `this`).

  readonly wheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey || this.host.matches(':focus-within'))) return this.hintWheel();
    event.preventDefault();
    const { x, y } = local(event);
    this.setView(zoomAt(this.view, Math.pow(2, -event.deltaY / (event.deltaMode ? 3 : 300)), x, y));
  };

  readonly pointerdown = (event: PointerEvent) => {
    // Markers and controls are buttons: let them be clicked.
    if ((event.target as Element).closest('button, a, select, .panel')) return;
    try {
      // Keeps the drag when the pointer leaves the map. Synthetic events have no active
      // pointer, and Firefox then throws: dragging still works without capture.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    } catch {
      /* no capture */
    }
    this.pointers.set(event.pointerId, local(event));
    this.dragged = false;
  };

  readonly pointermove = (event: PointerEvent) => {
    const { pointers } = this;
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const point = local(event);
    if (pointers.size === 1) {
      const { k, x, y } = this.view;
      this.setView({ k, x: x + point.x - previous.x, y: y + point.y - previous.y });
    } else if (pointers.size === 2) {
      const [, other] = [...pointers].find(([id]) => id !== event.pointerId)!;
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(point.x - other.x, point.y - other.y);
      if (before > 0) this.setView(zoomAt(this.view, after / before, (point.x + other.x) / 2, (point.y + other.y) / 2));
    }
    this.dragged ||= Math.abs(point.x - previous.x) + Math.abs(point.y - previous.y) > 2;
    pointers.set(event.pointerId, point);
  };

  readonly pointerup = (event: PointerEvent) => {
    this.pointers.delete(event.pointerId);
  };

  /** The reader scrolled over the map without Ctrl/⌘ and without focus: the page scrolls, a hint says how to zoom. */
  private hintWheel() {
    if (!this.showWheelHint) {
      this.showWheelHint = true;
      this.host.requestUpdate();
    }
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.showWheelHint = false;
      this.host.requestUpdate();
    }, HINT_DURATION);
  }
}

/** The event's position in its listener's element (the viewport). */
function local(event: PointerEvent | WheelEvent) {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}
