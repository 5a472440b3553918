/**
 * The map's marker buttons, kept from one render to the next by a directive rather than by a
 * template per marker: a zoom step or a pan then costs the DOM writes that change something,
 * not a template update per marker.
 *
 * A marker keeps its button while it keeps its key (a cluster keeps its first initiative's
 * id). A button whose marker went away is given to a new marker, in place when it stands where
 * the new one goes in reading order: a new button costs its style, layout and paint from
 * nothing, a reused one only what changed (its count, its place). Each button's last written
 * values are kept, so that an unchanged attribute, text or style property is not written again
 * (an inline style write alone makes the engine compute the button's style again). Buttons stay
 * in reading order in the DOM (north to south, west to east: the order of a screen reader's
 * browsing), which a zoom or a pan keeps, so that kept buttons seldom move.
 *
 * The server renders the same buttons with `renderMarkers` (directives in an element position
 * render nothing there): both write what `MarkerFace` says, and nothing else.
 */
import { html, nothing, noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { serverStyle } from '../../core/style-props.js';

/** What a marker's button shows: every attribute, its text and its two style properties. */
export interface MarkerFace {
  /** `data-key`: the marker's key (map-markers.ts). */
  key: string;
  /** Its kind and shape: `marker cluster`, `marker shape-circle`… */
  className: string;
  /** `aria-label`. */
  label: string;
  /** `lang`, for the feed's words (an initiative's name). */
  lang?: string;
  /** `aria-expanded`, for an initiative ("true" while its details are open). */
  expanded?: string;
  /** The cluster's count; empty for an initiative. */
  text: string;
  /** 0 for the Tab stop, else -1. */
  tabIndex: number;
  /** Where it is drawn, in viewport pixels. */
  left: number;
  top: number;
  /** `--_marker`: its theme's colour. */
  colour: string;
}

/**
 * The marker's inline style: its place and its colour (the server writes it as an attribute).
 * Its place is two custom properties that the stylesheet's `translate` reads, not an inline
 * `transform`: Chromium styles a new button with inline custom properties alone in about half
 * the time (measured in the map's shadow root: 49 new markers, 1.1–1.9 ms against 2.3–4.0).
 */
const styleOf = (face: MarkerFace) => ({ '--_x': `${face.left}px`, '--_y': `${face.top}px`, '--_marker': face.colour });

/** A button on the page with the face last written to it. */
interface Drawn {
  button: HTMLButtonElement;
  /** Its one text node (a cluster's count; empty for an initiative). */
  text: Text;
  face?: MarkerFace;
}

/** Sets or removes an attribute whose value may be absent. */
function setOptional(button: HTMLElement, name: string, value: string | undefined) {
  if (value === undefined) button.removeAttribute(name);
  else button.setAttribute(name, value);
}

/** Writes what differs between the face last written and this one. */
function write(drawn: Drawn, face: MarkerFace) {
  const { button } = drawn;
  const was: Partial<MarkerFace> = drawn.face ?? {};
  if (was.key !== face.key) button.dataset.key = face.key;
  if (was.className !== face.className) button.className = face.className;
  if (was.label !== face.label) button.setAttribute('aria-label', face.label);
  if (was.lang !== face.lang) setOptional(button, 'lang', face.lang);
  if (was.expanded !== face.expanded) setOptional(button, 'aria-expanded', face.expanded);
  if (was.tabIndex !== face.tabIndex) button.setAttribute('tabindex', String(face.tabIndex));
  if (was.text !== face.text) drawn.text.data = face.text;
  const { '--_x': x, '--_y': y, '--_marker': colour } = styleOf(face);
  if (was.left !== face.left) button.style.setProperty('--_x', x);
  if (was.top !== face.top) button.style.setProperty('--_y', y);
  if (was.colour !== colour) button.style.setProperty('--_marker', colour);
  drawn.face = face;
}

function create(): Drawn {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'marker');
  const text = button.appendChild(document.createTextNode(''));
  return { button, text };
}

class MarkerLayer extends Directive {
  /** The buttons drawn, by key, in reading order. */
  private drawn = new Map<string, Drawn>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('markerLayer() goes in an element position');
  }

  render(_faces: readonly MarkerFace[]) {
    return noChange;
  }

  override update(part: ElementPart, [faces]: [readonly MarkerFace[]]) {
    const layer = part.element;
    const wanted = new Set(faces.map((f) => f.key));
    // Buttons whose marker went away may take a new marker; not the focused one, which would
    // then name another marker under the reader's focus (the navigation moves focus instead).
    const focused = (layer.getRootNode() as ShadowRoot | Document).activeElement;
    const spare = new Map<Element, Drawn>();
    for (const [key, drawn] of this.drawn) {
      if (wanted.has(key)) continue;
      if (drawn.button === focused) drawn.button.remove();
      else spare.set(drawn.button, drawn);
    }
    const next = new Map<string, Drawn>();
    let cursor = layer.firstElementChild;
    for (const face of faces) {
      let drawn = this.drawn.get(face.key);
      if (drawn) {
        // Spare buttons before a kept one stay behind it (reused further on, or removed).
        while (cursor && cursor !== drawn.button && spare.has(cursor)) cursor = cursor.nextElementSibling;
      } else if (spare.size) {
        // The spare button where this one goes needs no move; another one moves, which costs
        // less than a new one (the node and its text exist).
        drawn = (cursor && spare.get(cursor)) || spare.values().next().value!;
        spare.delete(drawn.button);
      }
      drawn ??= create();
      write(drawn, face);
      next.set(face.key, drawn);
      if (drawn.button === cursor) cursor = cursor.nextElementSibling;
      else layer.insertBefore(drawn.button, cursor);
    }
    for (const drawn of spare.values()) drawn.button.remove();
    this.drawn = next;
    return noChange;
  }
}

/**
 * The markers' buttons, in reading order, kept across renders (see above). In an element
 * position: html`<div class="markers" ${markerLayer(faces)}></div>`; on the server, put
 * `renderMarkers(faces)` inside that element instead.
 */
export const markerLayer = directive(MarkerLayer);

/** The same buttons as markup, for server rendering. */
export function renderMarkers(faces: readonly MarkerFace[]) {
  return faces.map(
    (face) =>
      html`<button
        type="button"
        part="marker"
        class=${face.className}
        data-key=${face.key}
        tabindex=${face.tabIndex}
        aria-label=${face.label}
        lang=${face.lang ?? nothing}
        aria-expanded=${face.expanded ?? nothing}
        style=${serverStyle(styleOf(face))}
      >${face.text}</button>`,
  );
}
