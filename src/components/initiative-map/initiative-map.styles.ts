import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_map-height: var(--dossier-map-height, max(18rem, 75cqi));
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
    font-size: 0.9em;
  }
  /* No overflow: hidden here: it would clip the buttons' focus rings. The end buttons round
     their own outer corners instead. */
  .views {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 0;
    cursor: pointer;
  }
  .views button {
    padding: 0.35em 0.9em;
  }
  .views button:first-child {
    border-start-start-radius: calc(var(--_radius) - 1px);
    border-end-start-radius: calc(var(--_radius) - 1px);
  }
  .views button:last-child {
    border-start-end-radius: calc(var(--_radius) - 1px);
    border-end-end-radius: calc(var(--_radius) - 1px);
  }
  /* Above its neighbour, which would otherwise cover that side of the ring. */
  .views button:focus-visible {
    z-index: 1;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.4em;
    margin-inline-start: 0.4em;
    max-width: 12rem;
  }
  .count,
  .note,
  .place {
    margin: 0;
    color: var(--_muted);
  }
  .note {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .viewport {
    position: relative;
    height: var(--_map-height);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    touch-action: none;
    user-select: none;
  }
  /* While the feed loads, the map's frame is drawn but inert (renderSkeleton): it looks it, in
     the skeleton's colour with its controls muted, so that no reader takes it for an empty map. */
  .skeleton-map,
  .viewport[inert] {
    background: var(--_skeleton);
  }
  .toolbar[inert],
  .viewport[inert] .controls {
    opacity: 0.5;
  }
  svg.land {
    position: absolute;
    inset: 0;
    display: block;
  }
  .dep {
    fill: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    stroke: var(--_muted);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .dep-label {
    fill: var(--_muted);
    font-size: 12px;
    pointer-events: none;
  }
  .markers {
    position: absolute;
    inset: 0 auto auto 0;
  }
  /* Placed by the translate property, not transform: a partner's ::part(marker) transform (a
     scale on hover) then adds to the marker's place instead of replacing it. */
  .marker {
    position: absolute;
    translate: var(--_x) var(--_y);
    left: -0.75rem;
    top: -0.75rem;
    width: 1.5rem;
    height: 1.5rem;
    padding: 0;
    background: var(--_marker);
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_marker);
  }
  .marker.cluster {
    left: -1.1rem;
    top: -1.1rem;
    width: 2.2rem;
    height: 2.2rem;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-weight: 700;
    font-size: 0.85em;
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_text) 30%, transparent);
  }
  .marker:focus-visible,
  .controls button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    z-index: 1;
  }
  .marker[aria-expanded='true'] {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .shape-circle {
    border-radius: 50%;
  }
  .shape-square {
    border-radius: 2px;
  }
  /* Shapes by clip-path, not by rotating the marker, which would turn its focus ring with it. A
     clip-path clips the element's own outline too: on a marker, the shape is its ::before, so
     that the button keeps its focus ring. */
  .swatch.shape-diamond,
  .marker.shape-diamond::before {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .swatch.shape-triangle,
  .marker.shape-triangle::before {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .marker.shape-diamond,
  .marker.shape-triangle {
    background: none;
    border: 0;
    box-shadow: none;
  }
  .marker.shape-diamond::before,
  .marker.shape-triangle::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_marker);
  }
  .controls {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    display: grid;
    gap: 2px;
  }
  .controls button {
    width: 2.25rem;
    height: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 1.1em;
  }
  /* Drawn in the text's colour, at its size (forced colours included: currentColor follows). */
  .controls .icon {
    display: block;
    width: 1em;
    height: 1em;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    margin: 0;
    padding: 0 0.4em;
    font-size: 0.75em;
    color: var(--_text);
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
  }
  .wheel-hint,
  .consent {
    position: absolute;
    left: 50%;
    top: 50%;
    translate: -50% -50%;
    max-width: 80%;
    margin: 0;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    text-align: center;
  }
  .consent {
    display: grid;
    gap: 0.5em;
    font-size: 0.85em;
  }
  .consent button {
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .panel {
    position: absolute;
    left: 0.5rem;
    bottom: 1.75rem;
    width: min(22rem, calc(100% - 1rem));
    max-height: calc(100% - 2.5rem);
    overflow: auto;
    box-sizing: border-box;
    padding: 0.75em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    user-select: text;
  }
  .panel h3,
  .list h3 {
    margin: 0 1.5em 0.25em 0;
    font-size: 1.05em;
  }
  .panel p,
  .list p {
    margin: 0.35em 0;
  }
  .close {
    position: absolute;
    top: 0.25em;
    right: 0.25em;
    width: 2rem;
    height: 2rem;
    font-size: 1.25em;
  }
  .group {
    margin: 0;
    padding-left: 1.2em;
  }
  button.link {
    padding: 0.2em 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  .list > li {
    display: flex;
    gap: 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin: 0.3em 0.5em 0 0;
    background: var(--_marker);
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  @media (forced-colors: active) {
    .marker,
    .swatch {
      forced-color-adjust: none;
      border-color: Canvas;
    }
    .dep {
      stroke: CanvasText;
    }
  }
`;
