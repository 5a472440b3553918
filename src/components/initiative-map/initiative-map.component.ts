import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Loaded } from '../../core/dossier-controller.js';
import { DossierElement } from '../../core/dossier-element.js';
import { emit } from '../../core/events.js';
import { listOf } from '../../core/list-attribute.js';
import { styleProps } from '../../core/style-props.js';
import type { Dossier, Initiative } from '../../feed/model.js';
import { safeImageUrl } from '../../feed/safe-url.js';
import { plural } from '../../i18n/format.js';
import { map as enMap } from '../../i18n/en/map.js';
import { map as frMap } from '../../i18n/fr/map.js';
import { format, localize } from '../../i18n/messages.js';

type Messages = typeof frMap;
import { testimonyUrl } from '../actor-card/actor-card.render.js';
import { REGIONS } from './geometry/index.js';
import { chooseExtent, pathData, projectDepartements, type Departement } from './map-geography.js';
import { located, MarkerIndex, themeStyles, type Marker, type ThemeStyle } from './map-markers.js';
import { clampView, gestures, identity, zoomAt, type View } from './map-view.js';
import { boundsOf, fitBounds, lambertConic, webMercator, type Fit, type Project } from './projection.js';
import { emptyStyles } from '../../styles/empty.styles.js';
import { mapStyles } from './initiative-map.styles.js';
import { selectInitiatives } from './select-initiatives.js';

const RAD = Math.PI / 180;

/** Everything that depends only on the feed, the extent and the projection: computed once per change. */
interface Scene {
  project: Project;
  departements: Departement[];
  index: MarkerIndex;
  /** Lon/lat bbox of the extent, for clustering. */
  latitude: number;
  bounds: ReturnType<typeof boundsOf>;
}

/**
 * The dossier's initiatives on a self-contained map of French départements: no tile server,
 * no cookie, no third-party request by default, usable with a keyboard and a screen reader,
 * with a synchronised list of the same initiatives.
 *
 * @summary The dossier's initiatives on an accessible map, with a list twin.
 *
 * @slot - Fallback content (a list of initiatives, a link), shown until the map renders, on error, and without JS.
 *
 * @fires dossier-select - An initiative was opened (details panel), or a link in it is about to be followed; cancelable. `detail: { type: 'initiative' | 'actor', id, url? }`.
 * @fires dossier-load - The map rendered. `detail: { url, dossier }`.
 * @fires dossier-error - The feed failed. `detail: { url, kind, status, error }`.
 * @fires dossier-retry - The reader pressed "retry". `detail: { url }`.
 *
 * @csspart toolbar - View toggle and filters.
 * @csspart map - The map viewport.
 * @csspart marker - Each marker or cluster button.
 * @csspart panel - The details panel.
 * @csspart list - The list view.
 * @csspart legend - The legend.
 * @csspart controls - Zoom buttons.
 * @csspart attribution - The map credits.
 * @csspart empty - The message shown when no initiative matches.
 *
 * @cssprop --dossier-map-height - Height of the map. Default: 3/4 of its width, at least 18rem.
 */
export class InitiativeMap extends DossierElement<Initiative[]> {
  static override styles = [...DossierElement.styles, mapStyles, emptyStyles];
  static override properties: PropertyDeclarations = {
    departments: { reflect: true },
    region: { reflect: true },
    topic: { reflect: true },
    department: { reflect: true },
    view: { reflect: true },
    tiles: { reflect: true },
    tilesAttribution: { attribute: 'tiles-attribution' },
    tilesConsent: { type: Boolean, attribute: 'tiles-consent' },
    filterTopic: { state: true },
    filterDepartment: { state: true },
    mapView: { state: true },
    size: { state: true },
    activeKey: { state: true },
    opened: { state: true },
    openedGroup: { state: true },
    showWheelHint: { state: true },
    consented: { state: true },
    geometry: { state: true },
  };

  /** Départements to show, INSEE codes: `"03,15,43,63"`. Default: the dossier's region, else those of its places. */
  departments?: string;

  /** ISO 3166-2 region to show (`"FR-ARA"`), when `departments` is not set. */
  region?: string;

  /** Only initiatives with these theme ids (comma-separated). Named `topic` because `theme` is the colour theme. */
  topic?: string;

  /** Only initiatives in these départements (comma-separated INSEE codes). */
  department?: string;

  /** `map` (default) or `list`: the view shown first. */
  view: 'map' | 'list' = 'map';

  /** Raster tiles URL template (`https://…/{z}/{x}/{y}.png`): switches to Web Mercator. Loaded only after consent. */
  tiles?: string;

  /** Credit line for the tiles (required by most tile providers). */
  tilesAttribution?: string;

  /** The partner has the reader's consent already: load tiles without asking. */
  tilesConsent = false;

  private filterTopic = '';
  private filterDepartment = '';
  private mapView: View = identity();
  private size = { width: 0, height: 0 };
  private activeKey?: string;
  private opened?: Initiative;
  /** A cluster that cannot split (same place): its initiatives, listed in the panel. */
  private openedGroup?: Initiative[];
  private showWheelHint = false;
  private consented = false;
  /** Region topologies loaded so far (each region is its own chunk: a map loads only what it shows). */
  private geometry = new Map<string, unknown>();
  private requestedRegions = new Set<string>();

  private scene?: Scene;
  private sceneKey = '';
  private hintTimer?: ReturnType<typeof setTimeout>;
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const { width, height } = entry!.contentRect;
    if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
  });
  private readonly gesture = gestures({
    getView: () => this.mapView,
    setView: (view) => this.setView(view),
    hintWheel: () => this.hintWheel(),
    hasFocus: () => this.matches(':focus-within'),
  });
  private warnedUnlocated = false;

  protected select(dossier: Dossier) {
    return [...dossier.initiatives.values()];
  }

  protected selectArgs() {
    return [];
  }

  protected describe() {
    return 'initiatives';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.observed = undefined;
    clearTimeout(this.hintTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('topic')) this.filterTopic = this.topic ?? '';
    if (changed.has('department')) this.filterDepartment = this.department ?? '';
    if (changed.has('tilesConsent') && this.tilesConsent) this.consented = true;
  }

  /** The viewport element is replaced between states (skeleton, map): watch the current one only. */
  private observed?: Element;

  protected override updated() {
    const viewport = this.renderRoot.querySelector('.viewport') ?? undefined;
    if (viewport === this.observed) return;
    if (this.observed) this.resizeObserver.unobserve(this.observed);
    if (viewport) this.resizeObserver.observe(viewport);
    this.observed = viewport;
  }

  /** Tiles are shown only with a tile URL and the reader's (or partner's) consent. */
  private get tileTemplate() {
    const url = this.tiles && safeImageUrl(this.tiles.replace(/[{}]/g, ''), document.baseURI);
    return url && this.consented ? this.tiles : undefined;
  }

  private setView(view: View) {
    this.mapView = clampView(view, this.size.width, this.size.height);
  }

  private hintWheel() {
    this.showWheelHint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.showWheelHint = false), 2000);
  }

  // ----- data -----

  /** Loads the regions' geometry that is missing; the map renders once all are there. */
  private needGeometry(regions: string[]): boolean {
    const missing = regions.filter((r) => !this.geometry.has(r));
    for (const region of missing) {
      if (this.requestedRegions.has(region)) continue;
      this.requestedRegions.add(region);
      void REGIONS[region]!().then(
        (module) => (this.geometry = new Map(this.geometry).set(region, module.default)),
        (error: unknown) => {
          this.requestedRegions.delete(region);
          console.warn(`dossier-widgets: <initiative-map>: could not load the geometry of ${region}: ${String(error)}`);
        },
      );
    }
    return !missing.length;
  }

  /**
   * What depends only on the feed, computed once per feed rather than on every render (a zoom
   * or a pan re-renders; with 10,000 initiatives these passes would dominate it).
   */
  private feedCache?: { all: Initiative[]; unlocated: Initiative[]; styles: Map<string, ThemeStyle>; legend: ThemeStyle[]; used: Set<string>; filters: { themes: [string, string][]; departments: [string, string][] } };
  private perFeed(all: Initiative[], dossier: Dossier) {
    if (this.feedCache?.all !== all) {
      const themes = new Set(all.flatMap((i) => i.themes));
      const firstThemes = new Set(all.map((i) => i.themes[0]));
      const styles = themeStyles([...dossier.themes.values()]);
      this.feedCache = {
        all,
        unlocated: all.filter((i) => !located(i)),
        styles,
        // Markers take their first theme's style: the legend lists those.
        legend: [...styles.values()].filter((s) => firstThemes.has(s.theme)),
        used: new Set([...dossier.places.values()].map((p) => p.department ?? '')),
        filters: {
          themes: [...dossier.themes.values()].filter((t) => themes.has(t)).map((t) => [t.id, t.name]),
          departments: [...new Set(all.map((i) => i.place?.department).filter((d): d is string => !!d))].sort().map((d) => [d, d]),
        },
      };
    }
    return this.feedCache;
  }

  private filteredCache?: { all: Initiative[]; key: string; result: Initiative[] };
  /** The filtered initiatives, recomputed only when the feed or a filter changes. */
  private filteredFor(all: Initiative[]) {
    const key = `${this.filterTopic}|${this.filterDepartment}`;
    if (this.filteredCache?.all !== all || this.filteredCache.key !== key) {
      this.filteredCache = { all, key, result: selectInitiatives(all, this.filterTopic, this.filterDepartment) };
    }
    return this.filteredCache.result;
  }

  private sceneFor(initiatives: Initiative[], dossier: Dossier): Scene | undefined {
    const used = this.feedCache!.used;
    const extent = chooseExtent({ codes: listOf(this.departments), region: this.region, used, dossierRegion: dossier.region });
    if (!this.needGeometry(extent.regions)) return undefined;
    const mercator = !!this.tileTemplate;
    const key = [this.departments, this.region, mercator, this.filterTopic, this.filterDepartment, dossier.id, initiatives.length, this.geometry.size].join('|');
    if (key === this.sceneKey && this.scene) return this.scene;
    const project = mercator ? webMercator : lambertConic();
    const shown = projectDepartements(extent.regions.map((r) => this.geometry.get(r)), project).filter(extent.keep);
    const bounds = boundsOf(shown.flatMap((d) => d.bounds));
    const lats = [...dossier.places.values()].map((p) => p.lat).filter((v): v is number => v !== undefined);
    this.scene = {
      project,
      departements: shown,
      index: new MarkerIndex(initiatives.filter(located), project),
      latitude: lats.length ? lats.reduce((a, b) => a + b, 0) / lats.length : 46.5,
      bounds,
    };
    this.sceneKey = key;
    return this.scene;
  }

  private get fit(): Fit | undefined {
    if (!this.scene || !this.size.width) return undefined;
    return fitBounds(this.scene.bounds, this.size.width, this.size.height);
  }

  /** Web Mercator zoom level equivalent to the current scale (see MarkerIndex). */
  private clusterZoom(fit: Fit) {
    const scale = fit.scale * this.mapView.k * (this.tileTemplate ? 1 / (2 * Math.PI) : 1);
    return Math.log2((scale * 2 * Math.PI * Math.cos(this.scene!.latitude * RAD)) / 512);
  }

  private screen([x, y]: [number, number], fit: Fit): [number, number] {
    const v = this.mapView;
    return [(x * fit.scale + fit.x) * v.k + v.x, (y * fit.scale + fit.y) * v.k + v.y];
  }

  private visibleMarkers(fit: Fit): (Marker & { left: number; top: number })[] {
    const { width, height } = this.size;
    return this.scene!.index.markers(this.clusterZoom(fit))
      .map((m) => {
        const [left, top] = this.screen(m.at, fit);
        return { ...m, left, top };
      })
      .filter((m) => m.left >= -20 && m.top >= -20 && m.left <= width + 20 && m.top <= height + 20)
      // Reading order (north to south, west to east): the order of the list, and of Tab.
      .sort((a, b) => a.top - b.top || a.left - b.left);
  }

  // ----- interaction -----

  private open(initiative: Initiative) {
    this.opened = initiative;
    this.openedGroup = undefined;
    emit(this, 'dossier-select', { type: 'initiative', id: initiative.id, url: initiative.url }, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus());
  }

  private closePanel() {
    this.opened = this.openedGroup = undefined;
    void this.updateComplete.then(() => this.focusMarker(this.activeKey));
  }

  private activate(marker: Marker, fit: Fit) {
    this.activeKey = marker.key;
    if (marker.initiative) return this.open(marker.initiative);
    const leaves = this.scene!.index.leaves(marker.clusterId!);
    const samePlace = leaves.every((i) => i.place?.lat === leaves[0]!.place?.lat && i.place?.lon === leaves[0]!.place?.lon);
    if (samePlace) {
      this.opened = undefined;
      this.openedGroup = leaves;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus());
      return;
    }
    // Zoom until the cluster splits, centred on it; then keep focus on what is there.
    const [x, y] = this.screen(marker.at, fit);
    const splits = this.scene!.index.expansionZoom(marker.clusterId!);
    const factor = Math.pow(2, Math.max(1, Math.min(8, splits - this.clusterZoom(fit))));
    const zoomed = zoomAt(this.mapView, factor, x, y);
    this.setView({ k: zoomed.k, x: zoomed.x + this.size.width / 2 - x, y: zoomed.y + this.size.height / 2 - y });
    const first = leaves[0]!;
    void this.updateComplete.then(() => {
      const markers = this.visibleMarkers(this.fit!);
      const next = markers.find((m) => m.initiative === first) ?? markers.find((m) => m.key === marker.key) ?? nearest(markers, this.size.width / 2, this.size.height / 2);
      this.activeKey = next?.key;
      void this.updateComplete.then(() => this.focusMarker(this.activeKey));
    });
  }

  private focusMarker(key?: string) {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.marker')];
    (buttons.find((b) => b.dataset.key === key) ?? buttons[0])?.focus();
  }

  private onMarkersKeydown(event: KeyboardEvent, markers: (Marker & { left: number; top: number })[]) {
    const { key, shiftKey } = event;
    const step = 80;
    if (key === '+' || key === '=' || key === '-' || key === '_') {
      event.preventDefault();
      const factor = key === '+' || key === '=' ? 2 : 0.5;
      this.setView(zoomAt(this.mapView, factor, this.size.width / 2, this.size.height / 2));
      return;
    }
    if (key === 'Escape' && (this.opened || this.openedGroup)) {
      event.preventDefault();
      this.closePanel();
      return;
    }
    const direction = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
    if (!direction) return;
    event.preventDefault();
    if (shiftKey) {
      const v = this.mapView;
      this.setView({ k: v.k, x: v.x - direction[0]! * step, y: v.y - direction[1]! * step });
      return;
    }
    const current = markers.find((m) => m.key === this.activeKey) ?? markers[0];
    if (!current) return;
    const next = inDirection(markers, current, direction as [number, number]);
    if (next) {
      this.activeKey = next.key;
      void this.updateComplete.then(() => this.focusMarker(next.key));
    }
  }

  private setFilter(kind: 'topic' | 'department', value: string) {
    if (kind === 'topic') this.filterTopic = value;
    else this.filterDepartment = value;
    this.opened = this.openedGroup = undefined;
  }

  private onLink(event: MouseEvent, detail: { type: 'actor' | 'initiative'; id: string; url: string }) {
    if (!emit(this, 'dossier-select', detail, true)) event.preventDefault();
  }

  // ----- render -----

  protected renderSkeleton() {
    return html`<div class="viewport skeleton-map" aria-hidden="true"></div>`;
  }

  protected renderContent({ value: all, dossier }: Loaded<Initiative[]>) {
    const m = localize(this.language, frMap, enMap);
    const { unlocated, styles, filters } = this.perFeed(all, dossier);
    const initiatives = this.filteredFor(all);
    if (unlocated.length && !this.warnedUnlocated) {
      this.warnedUnlocated = true;
      console.warn(`dossier-widgets: <initiative-map>: ${unlocated.length} initiative(s) without coordinates, listed but not mapped: ${unlocated.map((i) => i.id).join(', ')}`);
    }
    const scene = this.sceneFor(initiatives, dossier);
    const listView = this.view === 'list';
    return html`
      <div class="toolbar" part="toolbar">
        <div class="views" role="group" aria-label=${m.views}>
          <button type="button" aria-pressed=${!listView} @click=${() => (this.view = 'map')}>${m.mapView}</button>
          <button type="button" aria-pressed=${listView} @click=${() => (this.view = 'list')}>${m.listView}</button>
        </div>
        ${this.renderFilters(filters, m)}
        <p class="count" role="status">${plural(m.count, initiatives.length, this.language)}</p>
      </div>
      ${!initiatives.length
        ? html`<p class="empty" part="empty">${m.empty}</p>`
        : listView
          ? this.renderList(initiatives, styles, m)
          : scene
            ? this.renderMap(scene, styles, dossier, m)
            : this.renderSkeleton()}
      ${unlocated.length && !listView ? html`<p class="note">${plural(m.unlocated, unlocated.length, this.language)}</p>` : nothing}
      ${this.renderLegend(this.feedCache!.legend, m)}
    `;
  }

  private renderFilters(options: { themes: [string, string][]; departments: [string, string][] }, m: Messages) {
    const select = (kind: 'topic' | 'department', label: string, value: string, choices: [string, string][]) =>
      html`<label
        >${label}
        <select @change=${(e: Event) => this.setFilter(kind, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>${m.all}</option>
          ${choices.map(([id, name]) => html`<option value=${id} ?selected=${value === id}>${name}</option>`)}
        </select></label
      >`;
    return html`<div class="filters" role="group" aria-label=${m.filters}>
      ${select('topic', m.theme, this.filterTopic, options.themes)}
      ${select('department', m.department, this.filterDepartment, options.departments)}
    </div>`;
  }

  private renderMap(scene: Scene, styles: Map<string, ThemeStyle>, dossier: Dossier, m: Messages) {
    const fit = this.fit;
    const { width, height } = this.size;
    const markers = fit ? this.visibleMarkers(fit) : [];
    if (!markers.some((mk) => mk.key === this.activeKey)) this.activeKey = markers[0]?.key;
    const v = this.mapView;
    const tiles = this.tileTemplate;
    const needsConsent = this.tiles && !tiles;
    return html`<div
        class="viewport"
        part="map"
        role="group"
        aria-label=${format(m.label, { title: dossier.title })}
        aria-describedby="map-help"
        @wheel=${this.gesture.wheel}
        @pointerdown=${this.gesture.pointerdown}
        @pointermove=${this.gesture.pointermove}
        @pointerup=${this.gesture.pointerup}
        @pointercancel=${this.gesture.pointerup}
      >
        ${fit
          ? html`<svg class="land" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
              <g transform="translate(${v.x} ${v.y}) scale(${v.k})">
                ${tiles ? this.renderTiles(tiles, fit) : nothing}
                ${scene.departements.map(
                  (d) => svg`<path class="dep" d=${pathData(d.rings, fit)} fill-rule="evenodd"></path>`,
                )}
              </g>
              ${this.renderLabels(scene, fit)}
            </svg>`
          : nothing}
        <div class="markers" @keydown=${(e: KeyboardEvent) => this.onMarkersKeydown(e, markers)}>
          ${repeat(
            markers,
            (mk) => mk.key,
            (mk) => this.renderMarker(mk, fit!, styles, m),
          )}
        </div>
        <p id="map-help" class="sr-only">${m.help}</p>
        <div class="controls" part="controls">
          <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => this.setView(zoomAt(v, 2, width / 2, height / 2))}>+</button>
          <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => this.setView(zoomAt(v, 0.5, width / 2, height / 2))}>−</button>
          <button type="button" aria-label=${m.reset} title=${m.reset} @click=${() => this.setView(identity())}>⟲</button>
        </div>
        ${needsConsent
          ? html`<div class="consent">
              <button type="button" @click=${() => (this.consented = true)}>${m.showTiles}</button>
              <span>${format(m.tilesNotice, { host: hostOf(this.tiles!) })}</span>
            </div>`
          : nothing}
        ${this.showWheelHint ? html`<p class="wheel-hint" role="status">${m.wheelHint}</p>` : nothing}
        ${this.renderPanel(m)}
        <p class="attribution" part="attribution">
          ${tiles && this.tilesAttribution ? html`${this.tilesAttribution} · ` : nothing}Made with Natural Earth
        </p>
      </div>`;
  }

  private renderTiles(template: string, fit: Fit) {
    // Tile zoom for the current scale: a world unit is fit.scale * k pixels; a tile is 256 px.
    const z = Math.max(0, Math.min(18, Math.round(Math.log2((fit.scale * this.mapView.k) / 256))));
    const n = 2 ** z;
    const v = this.mapView;
    const toWorld = (px: number, offset: number, fitOffset: number) => ((px - offset) / v.k - fitOffset) / fit.scale;
    const [x0, x1] = [toWorld(0, v.x, fit.x), toWorld(this.size.width, v.x, fit.x)].map((w) => Math.floor(w * n));
    const [y0, y1] = [toWorld(0, v.y, fit.y), toWorld(this.size.height, v.y, fit.y)].map((w) => Math.floor(w * n));
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

  /** Département names where they fit, in screen space so they stay the same size when zooming. */
  private renderLabels(scene: Scene, fit: Fit) {
    return scene.departements.map((d) => {
      const [x, y] = this.screen(d.anchor, fit);
      const [[bx0], [bx1]] = d.bounds;
      const width = (bx1 - bx0) * fit.scale * this.mapView.k;
      return width > d.name.length * 7 + 8
        ? svg`<text class="dep-label" x=${x} y=${y} text-anchor="middle">${d.name}</text>`
        : nothing;
    });
  }

  private renderMarker(marker: Marker & { left: number; top: number }, fit: Fit, styles: Map<string, ThemeStyle>, m: Messages) {
    const initiative = marker.initiative;
    const style = (initiative && styles.get(initiative.themes[0]?.id ?? '')) || undefined;
    const place = initiative?.place;
    const label = initiative
      ? `${initiative.name}${place ? `, ${place.name}` : ''}`
      : `${plural(m.cluster, marker.count, this.language)}. ${m.clusterHint}`;
    return html`<button
      type="button"
      part="marker"
      class="marker ${initiative ? `shape-${style?.shape ?? 'circle'}` : 'cluster'}"
      data-key=${marker.key}
      tabindex=${marker.key === this.activeKey ? 0 : -1}
      aria-label=${label}
      aria-expanded=${initiative ? String(this.opened === initiative) : nothing}
      ${styleProps({ transform: `translate(${marker.left}px, ${marker.top}px)`, '--_marker': style?.colour ?? 'var(--_accent)' })}
      @focus=${() => (this.activeKey = marker.key)}
      @click=${() => !this.gesture.dragged && this.activate(marker, fit)}
    >
      ${initiative ? nothing : marker.count}
    </button>`;
  }

  private renderPanel(m: Messages) {
    const initiative = this.opened;
    const group = this.openedGroup;
    if (!initiative && !group) return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="panel-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), this.closePanel())}>
      <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${() => this.closePanel()}>×</button>
      ${initiative
        ? this.renderInitiative(initiative, m, 'panel-title')
        : html`<h3 id="panel-title" tabindex="-1">${group![0]!.place?.name ?? ''}</h3>
            <ul class="group">
              ${group!.map((i) => html`<li><button type="button" class="link" @click=${() => this.open(i)}>${i.name}</button></li>`)}
            </ul>`}
    </section>`;
  }

  /** One initiative: in the details panel and in the list view. */
  private renderInitiative(initiative: Initiative, m: Messages, titleId?: string) {
    const place = initiative.place;
    return html`<h3 id=${titleId ?? nothing} tabindex=${titleId ? -1 : nothing}>${initiative.name}</h3>
      <p class="place">${place ? `${place.name}${place.department ? ` (${place.department})` : ''}` : m.noPlace}</p>
      ${initiative.summary ? html`<p>${initiative.summary}</p>` : nothing}
      ${initiative.themes.length ? html`<p class="themes"><span class="sr-only">${m.themes} : </span>${initiative.themes.map((t) => t.name).join(', ')}</p>` : nothing}
      ${initiative.actors.length
        ? html`<p class="actors">
            ${m.actors} :
            ${initiative.actors.map((actor, i) => {
              const url = testimonyUrl(actor) ?? actor.url;
              const separator = i ? ', ' : '';
              return url
                ? html`${separator}<a href=${url} @click=${(e: MouseEvent) => this.onLink(e, { type: 'actor', id: actor.id, url })}>${actor.name}</a>`
                : html`${separator}${actor.name}`;
            })}
          </p>`
        : nothing}
      ${initiative.url
        ? html`<p><a href=${initiative.url} @click=${(e: MouseEvent) => this.onLink(e, { type: 'initiative', id: initiative.id, url: initiative.url! })}>${m.visit}</a></p>`
        : nothing}`;
  }

  private renderList(initiatives: Initiative[], styles: Map<string, ThemeStyle>, m: Messages) {
    return html`<ul class="list" part="list">
      ${initiatives.map(
        (i) => html`<li>
          <span class="swatch shape-${styles.get(i.themes[0]?.id ?? '')?.shape ?? 'circle'}" aria-hidden="true"
            ${styleProps({ '--_marker': styles.get(i.themes[0]?.id ?? '')?.colour ?? 'var(--_accent)' })}></span>
          <div>${this.renderInitiative(i, m)}</div>
        </li>`,
      )}
    </ul>`;
  }

  private renderLegend(used: ThemeStyle[], m: Messages) {
    if (!used.length) return nothing;
    return html`<div class="legend" part="legend" role="group" aria-label=${m.legend}>
      <ul>
        ${used.map(
          (s) => html`<li>
            <span class="swatch shape-${s.shape}" aria-hidden="true" ${styleProps({ '--_marker': s.colour })}></span>${s.theme!.name}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

function hostOf(template: string) {
  try {
    return new URL(template.replace(/[{}]/g, '')).host;
  } catch {
    return template;
  }
}

/** The marker nearest to (x, y). */
function nearest<T extends { left: number; top: number }>(markers: T[], x: number, y: number): T | undefined {
  return markers.reduce<T | undefined>((best, m) => (!best || Math.hypot(m.left - x, m.top - y) < Math.hypot(best.left - x, best.top - y) ? m : best), undefined);
}

/** The nearest marker in a direction, favouring those straight ahead (spatial navigation). */
function inDirection<T extends { left: number; top: number }>(markers: T[], from: T, [dx, dy]: [number, number]): T | undefined {
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
