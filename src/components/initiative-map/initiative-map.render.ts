/**
 * The parts of `<initiative-map>` that only show data: the filters, an initiative's details
 * (in the panel and in the list view), the list, the legend, and the base map's tiles and
 * labels. The element owns the state and the handlers; these functions take them as arguments.
 */
import { html, nothing, svg } from 'lit';
import { emit, type DossierSelectDetail } from '../../core/events.js';
import { serverStyle, styleProps } from '../../core/style-props.js';
import type { Initiative } from '../../feed/model.js';
import type { map as mapStrings } from '../../i18n/tables/map.js';
import { testimonyUrl } from '../actor-card/actor-card.render.js';
import { placeLabels } from './label-placement.js';
import type { Base, FeedSummary, PlacedMarker } from './map-scene.js';
import type { ThemeStyle } from './map-markers.js';
import type { View } from './map-view.js';
import type { Fit } from './projection.js';

export type MapStrings = (typeof mapStrings)[0];

/** The language the feed's words are written in (`contentLang`), or undefined: then they inherit the page's. */
type ContentLang = string | undefined;

export type FilterKind = 'topic' | 'department';

/** Before the browser follows a link, the host page may take over (cancelable `dossier-select`). */
function onLink(event: MouseEvent, host: HTMLElement, detail: DossierSelectDetail) {
  if (!emit(host, 'dossier-select', detail, true)) event.preventDefault();
}

export function renderFilters(
  options: FeedSummary['filters'],
  topic: string,
  department: string,
  m: MapStrings,
  content: ContentLang,
  onChange: (kind: FilterKind, value: string) => void,
) {
  // Theme names are the feed's words; département codes are no language's.
  const select = (kind: FilterKind, label: string, value: string, choices: [string, string][], lang?: string) =>
    html`<label
      >${label}
      <select @change=${(e: Event) => onChange(kind, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${m.all}</option>
        ${choices.map(([id, name]) => html`<option value=${id} ?selected=${value === id} lang=${lang ?? nothing}>${name}</option>`)}
      </select></label
    >`;
  return html`<div class="filters" role="group" aria-label=${m.filters}>
    ${select('topic', m.theme, topic, options.themes, content)}
    ${select('department', m.department, department, options.departments)}
  </div>`;
}

/**
 * One initiative: in the details panel (with the title's id, focused when it opens) and in the
 * list view. The feed's words carry its language; the labels around them follow the page.
 */
export function renderInitiative(initiative: Initiative, m: MapStrings, host: HTMLElement, content: ContentLang, titleId?: string) {
  const place = initiative.place;
  const lang = content ?? nothing;
  return html`<h3 id=${titleId ?? nothing} tabindex=${titleId ? -1 : nothing} lang=${lang}>${initiative.name}</h3>
    ${place
      ? html`<p class="place" lang=${lang}>${place.name}${place.department ? ` (${place.department})` : ''}</p>`
      : html`<p class="place">${m.noPlace}</p>`}
    ${initiative.summary ? html`<p lang=${lang}>${initiative.summary}</p>` : nothing}
    ${initiative.themes.length
      ? html`<p class="themes"><span class="sr-only">${m.themes} : </span><span lang=${lang}>${initiative.themes.map((t) => t.name).join(', ')}</span></p>`
      : nothing}
    ${initiative.actors.length
      ? html`<p class="actors">
          ${m.actors} :
          ${initiative.actors.map((actor, i) => {
            const url = testimonyUrl(actor) ?? actor.url;
            const separator = i ? ', ' : '';
            return url
              ? html`${separator}<a href=${url} lang=${lang} @click=${(e: MouseEvent) => onLink(e, host, { type: 'actor', id: actor.id, url })}>${actor.name}</a>`
              : html`${separator}<span lang=${lang}>${actor.name}</span>`;
          })}
        </p>`
      : nothing}
    ${initiative.url
      ? html`<p><a href=${initiative.url} @click=${(e: MouseEvent) => onLink(e, host, { type: 'initiative', id: initiative.id, url: initiative.url! })}>${m.visit}</a></p>`
      : nothing}`;
}

/**
 * The details panel: one initiative, or the initiatives of a cluster that cannot split (same
 * place), where choosing one opens it.
 */
export function renderPanel(
  initiative: Initiative | undefined,
  group: Initiative[] | undefined,
  m: MapStrings,
  host: HTMLElement,
  content: ContentLang,
  close: () => void,
  open: (initiative: Initiative) => void,
) {
  if (!initiative && !group) return nothing;
  return html`<section class="panel" part="panel" aria-labelledby="panel-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), close())}>
    <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${close}>×</button>
    ${initiative
      ? renderInitiative(initiative, m, host, content, 'panel-title')
      : html`<h3 id="panel-title" tabindex="-1" lang=${content ?? nothing}>${group![0]!.place?.name ?? ''}</h3>
          <ul class="group" lang=${content ?? nothing}>
            ${group!.map((i) => html`<li><button type="button" class="link" @click=${() => open(i)}>${i.name}</button></li>`)}
          </ul>`}
  </section>`;
}

export function renderList(initiatives: Initiative[], styles: Map<string, ThemeStyle>, m: MapStrings, host: HTMLElement, content: ContentLang, lang: string) {
  return html`<ul class="list" part="list" lang=${lang}>
    ${initiatives.map(
      (i) => html`<li>
        <span class="swatch shape-${styles.get(i.themes[0]?.id ?? '')?.shape ?? 'circle'}" aria-hidden="true"
          ${styleProps({ '--_marker': styles.get(i.themes[0]?.id ?? '')?.colour ?? 'var(--_accent)' })}
          style=${serverStyle({ '--_marker': styles.get(i.themes[0]?.id ?? '')?.colour ?? 'var(--_accent)' })}></span>
        <div>${renderInitiative(i, m, host, content)}</div>
      </li>`,
    )}
  </ul>`;
}

export function renderLegend(used: ThemeStyle[], m: MapStrings, content: ContentLang, lang: string) {
  if (!used.length) return nothing;
  return html`<div class="legend" part="legend" role="group" aria-label=${m.legend} lang=${lang}>
    <ul>
      ${used.map(
        (s) => html`<li>
          <span class="swatch shape-${s.shape}" aria-hidden="true" ${styleProps({ '--_marker': s.colour })} style=${serverStyle({ '--_marker': s.colour })}></span
          ><span lang=${content ?? nothing}>${s.theme!.name}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The reset button's anticlockwise arrow, drawn rather than written: "⟲" (U+27F2) is in few
 * fonts, and the engine looks for one that has it through the system's font fallback the first
 * time a renderer process lays it out. On a reader's first page that lookup was the largest
 * single cost of the map's first layout in Chromium (~1.5 ms of main-thread CPU, ~4 ms waiting
 * for the browser process). The button's name is its `aria-label`; the drawing is decoration.
 */
export const resetIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8a5 5 0 1 0 1.5-3.5M4.5 1.5v3h3"></path></svg>`;

/** The raster tiles under the view, at the tile zoom level closest to its scale. */
export function renderTiles(template: string, fit: Fit, view: View, { width, height }: { width: number; height: number }) {
  // A world unit is fit.scale * k pixels; a tile is 256 px.
  const z = Math.max(0, Math.min(18, Math.round(Math.log2((fit.scale * view.k) / 256))));
  const n = 2 ** z;
  const toWorld = (px: number, offset: number, fitOffset: number) => ((px - offset) / view.k - fitOffset) / fit.scale;
  const [x0, x1] = [toWorld(0, view.x, fit.x), toWorld(width, view.x, fit.x)].map((w) => Math.floor(w * n));
  const [y0, y1] = [toWorld(0, view.y, fit.y), toWorld(height, view.y, fit.y)].map((w) => Math.floor(w * n));
  const tiles = [];
  for (let x = Math.max(0, x0!); x <= Math.min(n - 1, x1!); x++) {
    for (let y = Math.max(0, y0!); y <= Math.min(n - 1, y1!); y++) {
      const href = template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
      const size = fit.scale / n;
      tiles.push(svg`<image href=${href} x=${(x / n) * fit.scale + fit.x} y=${(y / n) * fit.scale + fit.y} width=${size} height=${size}></image>`);
    }
  }
  return tiles;
}

/**
 * Département names where they fit, clear of the markers and clusters on screen
 * (label-placement.ts), in screen space so they stay the same size when zooming.
 */
export function renderLabels(base: Base, fit: Fit, view: View, markers: readonly PlacedMarker[], size: { width: number; height: number }) {
  return placeLabels(base.departements, markers, fit, view, size).map(
    (l) => svg`<text class="dep-label" x=${l.x} y=${l.y} text-anchor="middle">${l.name}</text>`,
  );
}
