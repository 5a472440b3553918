/**
 * Zoom and pan as a view transform (k, x, y) over the fitted map, with the gestures readers
 * expect and none that hijack the page: the wheel zooms only with Ctrl/⌘ or once the map has
 * focus (otherwise the page scrolls and a hint says how), drag pans, two fingers pinch.
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

export interface GestureHost {
  getView(): View;
  setView(view: View): void;
  /** The reader scrolled over the map without modifier and without focus. */
  hintWheel(): void;
  /** Whether the map (or something in it) has focus. */
  hasFocus(): boolean;
}

/**
 * Wires pointer and wheel events of a viewport element to a host. Returns the listeners as
 * Lit event bindings expect them.
 */
export function gestures(host: GestureHost) {
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = false;
  const local = (event: PointerEvent | WheelEvent) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  return {
    wheel(event: WheelEvent) {
      if (!(event.ctrlKey || event.metaKey || host.hasFocus())) {
        host.hintWheel();
        return;
      }
      event.preventDefault();
      const { x, y } = local(event);
      host.setView(zoomAt(host.getView(), Math.pow(2, -event.deltaY / (event.deltaMode ? 3 : 300)), x, y));
    },
    pointerdown(event: PointerEvent) {
      // Markers and controls are buttons: let them be clicked.
      if ((event.target as Element).closest('button, a, select, .panel')) return;
      try {
        // Keeps the drag when the pointer leaves the map. Synthetic events have no active
        // pointer, and Firefox then throws: dragging still works without capture.
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      } catch {
        /* no capture */
      }
      pointers.set(event.pointerId, local(event));
      moved = false;
    },
    pointermove(event: PointerEvent) {
      const previous = pointers.get(event.pointerId);
      if (!previous) return;
      const point = local(event);
      if (pointers.size === 1) {
        const view = host.getView();
        host.setView({ k: view.k, x: view.x + point.x - previous.x, y: view.y + point.y - previous.y });
      } else if (pointers.size === 2) {
        const [other] = [...pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
        const before = Math.hypot(previous.x - other!.x, previous.y - other!.y);
        const after = Math.hypot(point.x - other!.x, point.y - other!.y);
        if (before > 0) host.setView(zoomAt(host.getView(), after / before, (point.x + other!.x) / 2, (point.y + other!.y) / 2));
      }
      moved ||= Math.abs(point.x - previous.x) + Math.abs(point.y - previous.y) > 2;
      pointers.set(event.pointerId, point);
    },
    pointerup(event: PointerEvent) {
      pointers.delete(event.pointerId);
    },
    /** True right after a drag, so the click that ends it is not taken as a click. */
    get dragged() {
      return moved;
    },
  };
}
