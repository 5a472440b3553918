import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Loaded } from '../../core/dossier-controller.js';
import { DossierElement } from '../../core/dossier-element.js';
import { emit } from '../../core/events.js';
import type { Dossier, Initiative } from '../../feed/model.js';
import { plural } from '../../i18n/format.js';
import { contentLang } from '../../core/lang.js';
import { pick } from '../../i18n/languages.js';
import { format } from '../../i18n/messages.js';
import { map as mapStrings } from '../../i18n/tables/map.js';
import { emptyStyles } from '../../styles/empty.styles.js';
import { mapStyles } from './initiative-map.styles.js';
import { renderFilters, renderLabels, renderLegend, renderList, renderPanel, renderTiles, resetIcon, type FilterKind, type MapStrings } from './initiative-map.render.js';
import { askedExtent, feedExtent, type Extent } from './map-geography.js';
import type { ThemeStyle } from './map-markers.js';
import { basePaths, buildBase, clusterZoom, fitScene, placeMarkers, sceneOf, summarise, toScreen, type Base, type FeedSummary, type PlacedMarker, type Scene } from './map-scene.js';
import { identity, zoomAt } from './map-view.js';
import { MapViewport } from './map-viewport.js';
import { markerLayer, renderMarkers, type MarkerFace } from './marker-layer.js';
import { MarkerNavigation } from './marker-navigation.js';
import { memoizeOne } from './memoize-one.js';
import type { Fit } from './projection.js';
import { RegionGeometry } from './region-geometry.js';
import { selectInitiatives } from './select-initiatives.js';
import { TileConsent } from './tile-consent.js';
import { whenIdle } from './when-idle.js';

/** The filters' choices while loading: none yet. */
const NO_FILTERS: FeedSummary['filters'] = { themes: [], departments: [] };

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
 * @fires dossier-stale - The feed failed; the last good copy stays, with a note. `detail: { url, date, kind, status }`.
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
    initiative: { reflect: true },
    view: { reflect: true },
    tiles: { reflect: true },
    tilesAttribution: { attribute: 'tiles-attribution' },
    tilesConsent: { type: Boolean, attribute: 'tiles-consent' },
    filterTopic: { state: true },
    filterDepartment: { state: true },
    opened: { state: true },
    openedGroup: { state: true },
  };

  /** Zoom, pan, size, gestures and the wheel hint. */
  private readonly viewport = new MapViewport(this);
  /** The markers' single Tab stop, arrow keys, and where focus returns. */
  private readonly nav = new MarkerNavigation<PlacedMarker>(this, this.viewport, () => this.closePanel());
  /** No tile loads before the reader agrees. */
  private readonly consent = new TileConsent(this);
  /** The outlines of the regions shown, loaded on demand. */
  private readonly geometry = new RegionGeometry(this);
  // What a render needs that changes far less often than the view (see map-scene.ts).
  private readonly summary = memoizeOne(summarise);
  private readonly filtered = memoizeOne(selectInitiatives);
  private readonly asked = memoizeOne(askedExtent);
  private readonly fromFeed = memoizeOne(feedExtent);
  private readonly base = memoizeOne(buildBase);
  private readonly scene = memoizeOne(sceneOf);
  private readonly fit = memoizeOne(fitScene);
  private readonly paths = memoizeOne(basePaths);
  /** The last map drawn: its scene, fit, cluster level (whose neighbours are computed while idle) and markers by key. */
  private drawn?: { scene: Scene; fit: Fit; zoom: number; markers: Map<string, PlacedMarker> };
  private cancelIdle?: () => void;

  /** Départements to show, INSEE codes: `"03,15,43,63"`. Default: the dossier's region, else those of its places. */
  departments?: string;

  /** ISO 3166-2 region to show (`"FR-ARA"`), when `departments` is not set. */
  region?: string;

  /** Only initiatives with these theme ids (comma-separated). Named `topic` because `theme` is the colour theme. */
  topic?: string;

  /** Only initiatives in these départements (comma-separated INSEE codes). */
  department?: string;

  /** Only this initiative (its id): the map of one initiative, as its embed page shows it. */
  initiative?: string;

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
  private opened?: Initiative;
  /** A cluster that cannot split (same place): its initiatives, listed in the panel. */
  private openedGroup?: Initiative[];
  private warnedUnlocated = false;

  // ----- lifecycle -----

  protected select(dossier: Dossier) {
    return [...dossier.initiatives.values()];
  }

  protected selectArgs() {
    return [];
  }

  protected describe() {
    return 'initiatives';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('topic')) this.filterTopic = this.topic ?? '';
    if (changed.has('department')) this.filterDepartment = this.department ?? '';
    this.drawn = undefined;
    // When the partner names the départements or the region, the base map needs no feed: its
    // outlines load, are projected and are fitted while the feed loads (each step kept for the
    // render that has the data).
    const asked = this.asked(this.departments, this.region);
    const base = asked && this.baseOf(asked);
    if (base) this.pathsAt(base);
  }

  protected override updated() {
    // The next and previous cluster levels, computed while the page is idle: a zoom step then
    // only draws. One level per idle period, so that no task grows long with many initiatives.
    this.cancelIdle?.();
    const drawn = this.drawn;
    if (!drawn) return;
    const levels = [drawn.zoom + 1, drawn.zoom - 1];
    const next = () => {
      const zoom = levels.shift();
      if (zoom === undefined) return;
      drawn.scene.index.prepare(zoom);
      this.cancelIdle = whenIdle(next);
    };
    this.cancelIdle = whenIdle(next);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.cancelIdle?.();
  }

  // ----- handlers -----

  private readonly open = (initiative: Initiative) => {
    this.opened = initiative;
    this.openedGroup = undefined;
    emit(this, 'dossier-select', { type: 'initiative', id: initiative.id, url: initiative.url }, true);
    this.nav.focusPanel();
  };

  private readonly closePanel = () => {
    this.opened = this.openedGroup = undefined;
    this.nav.returnFocus();
  };

  private readonly setFilter = (kind: FilterKind, value: string) => {
    if (kind === 'topic') this.filterTopic = value;
    else this.filterDepartment = value;
    this.opened = this.openedGroup = undefined;
  };

  /** One listener for every marker's clicks (no listener to add per marker when a zoom draws new ones). */
  private readonly markerClick = (event: MouseEvent) => {
    const key = (event.target as Element).closest<HTMLElement>('.marker')?.dataset.key;
    const drawn = this.drawn;
    const marker = key === undefined ? undefined : drawn?.markers.get(key);
    if (marker && !this.viewport.dragged) this.activate(marker, drawn!.scene, drawn!.fit);
  };

  /** A marker was clicked or pressed: its details; a cluster at one place: the list of its initiatives; another cluster: zoom in. */
  private activate(marker: PlacedMarker, scene: Scene, fit: Fit) {
    this.nav.activeKey = marker.key;
    if (marker.initiative) return this.open(marker.initiative);
    const leaves = scene.index.leaves(marker.clusterId!);
    const samePlace = leaves.every((i) => i.place?.lat === leaves[0]!.place?.lat && i.place?.lon === leaves[0]!.place?.lon);
    if (samePlace) {
      this.opened = undefined;
      this.openedGroup = leaves;
      this.nav.focusPanel();
      return;
    }
    // Zoom until the cluster splits, centred on it; then focus the marker nearest to it, which
    // the navigation made the Tab stop.
    const { view, size } = this.viewport;
    const [x, y] = toScreen(marker.at, fit, view);
    const splits = scene.index.expansionZoom(marker.clusterId!);
    const zoomed = zoomAt(view, Math.pow(2, Math.max(1, Math.min(8, splits - clusterZoom(scene, fit, view)))), x, y);
    this.viewport.setView({ k: zoomed.k, x: zoomed.x + size.width / 2 - x, y: zoomed.y + size.height / 2 - y });
    this.nav.returnFocus();
  }

  // ----- render -----

  /**
   * While loading: the map's own frame, drawn with the templates of the loaded map (toolbar,
   * viewport, controls) but inert and hidden from assistive technology, with the outlines as
   * soon as they are known (from `departments` or `region`). The data then only fills it in
   * (markers, labels, filter choices, count, legend) instead of replacing it: Lit prepares
   * these templates, and the engine styles and lays out the frame, before the data, as a map
   * library builds its map before adding markers.
   */
  protected renderSkeleton() {
    return this.renderFrame();
  }

  protected renderContent(loaded: Loaded<Initiative[]>) {
    return this.renderFrame(loaded);
  }

  /** The map, loaded or not (see renderSkeleton). */
  private renderFrame(loaded?: Loaded<Initiative[]>) {
    const m = pick(this.language, mapStrings);
    const lang = this.language;
    const pending = !loaded;
    const dossier = loaded?.dossier;
    // The feed's words carry its language; each top-level node carries the page's, which Firefox
    // does not let a shadow tree inherit.
    const content = dossier && contentLang(dossier);
    const feed = loaded && this.summary(loaded.value, dossier!);
    const initiatives = loaded ? this.filtered(loaded.value, this.filterTopic, this.filterDepartment, this.initiative) : [];
    const unlocated = feed?.unlocated ?? [];
    if (unlocated.length && !this.warnedUnlocated) {
      this.warnedUnlocated = true;
      console.warn(`dossier-widgets: <initiative-map>: ${unlocated.length} initiative(s) without coordinates, listed but not mapped: ${unlocated.map((i) => i.id).join(', ')}`);
    }
    const extent = this.asked(this.departments, this.region) ?? (feed && this.fromFeed(feed.used, dossier!.region));
    // The map renders once the geometry of every region it shows is there.
    const base = extent && this.baseOf(extent);
    const scene = base && loaded && this.scene(base, initiatives, dossier!);
    const listView = loaded && this.view === 'list';
    return html`
      <div class="toolbar" part="toolbar" lang=${lang} ?inert=${pending} aria-hidden=${pending || nothing}>
        <div class="views" role="group" aria-label=${m.views}>
          <button type="button" aria-pressed=${!listView} @click=${() => (this.view = 'map')}>${m.mapView}</button>
          <button type="button" aria-pressed=${!!listView} @click=${() => (this.view = 'list')}>${m.listView}</button>
        </div>
        ${renderFilters(feed?.filters ?? NO_FILTERS, this.filterTopic, this.filterDepartment, m, content, this.setFilter)}
        <p class="count" role="status">${loaded ? plural(m.count, initiatives.length, this.language) : nothing}</p>
      </div>
      ${loaded && !initiatives.length
        ? html`<p class="empty" part="empty" lang=${lang}>${m.empty}</p>`
        : listView
          ? renderList(initiatives, feed!.styles, m, this, content, lang)
          : base
            ? this.renderMap(base, scene, feed?.styles, dossier, m, content)
            : html`<div class="viewport skeleton-map" aria-hidden="true"></div>`}
      ${unlocated.length && !listView ? html`<p class="note" lang=${lang}>${plural(m.unlocated, unlocated.length, lang)}</p>` : nothing}
      ${feed ? renderLegend(feed.legend, m, content, lang) : nothing}
    `;
  }

  /** The projected outlines of the extent, once its regions are loaded (loading them if need be). */
  private baseOf(extent: Extent): Base | undefined {
    return this.geometry.has(extent.regions) ? this.base(extent, !!this.consent.template, this.geometry.loaded) : undefined;
  }

  /** The outlines' path data at the viewport's size (none before it is measured). */
  private pathsAt(base: Base) {
    const fit = this.fit(base, this.viewport.size);
    return fit && this.paths(base.departements, fit);
  }

  /** The map: the base map, and with a scene (the data), its markers; without one, the frame inert while loading. */
  private renderMap(base: Base, scene: Scene | undefined, styles: Map<string, ThemeStyle> | undefined, dossier: Dossier | undefined, m: MapStrings, content: string | undefined) {
    const { view: v, size } = this.viewport;
    const { width, height } = size;
    const fit = this.fit(base, size);
    const paths = this.pathsAt(base);
    const markers = fit && scene ? placeMarkers(scene, fit, v, size) : [];
    this.drawn = fit && scene && { scene, fit, zoom: clusterZoom(scene, fit, v), markers: new Map(markers.map((mk) => [mk.key, mk])) };
    this.nav.show(markers);
    const faces = markers.map((mk) => this.faceOf(mk, styles!, m, content));
    const tiles = this.consent.template;
    const needsConsent = this.tiles && !tiles;
    return html`<div
        class="viewport"
        part="map"
        lang=${this.language}
        role="group"
        ?inert=${!scene}
        aria-hidden=${!scene || nothing}
        aria-label=${format(m.label, { title: dossier?.title ?? '' })}
        aria-describedby="map-help"
        tabindex=${this.nav.viewportTabIndex ?? nothing}
        @keydown=${this.nav.keydown}
        @wheel=${this.viewport.wheel}
        @pointerdown=${this.viewport.pointerdown}
        @pointermove=${this.viewport.pointermove}
        @pointerup=${this.viewport.pointerup}
        @pointercancel=${this.viewport.pointerup}
      >
        ${fit
          ? html`<svg class="land" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
              <g transform="translate(${v.x} ${v.y}) scale(${v.k})">
                ${tiles ? renderTiles(tiles, fit, v, size) : nothing}
                ${paths!.map((d) => svg`<path class="dep" d=${d} fill-rule="evenodd"></path>`)}
              </g>
              ${renderLabels(base, fit, v, markers, size)}
            </svg>`
          : nothing}
        ${isServer
          ? html`<div class="markers">${renderMarkers(faces)}</div>`
          : html`<div class="markers" @click=${this.markerClick} @focusin=${this.nav.focused} ${markerLayer(faces)}></div>`}
        <p id="map-help" class="sr-only">${m.help}</p>
        <div class="controls" part="controls">
          <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => this.viewport.zoomBy(2)}>+</button>
          <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => this.viewport.zoomBy(0.5)}>−</button>
          <button type="button" aria-label=${m.reset} title=${m.reset} @click=${() => this.viewport.setView(identity())}>${resetIcon}</button>
        </div>
        ${needsConsent
          ? html`<div class="consent">
              <button type="button" @click=${() => this.consent.grant()}>${m.showTiles}</button>
              <span>${format(m.tilesNotice, { host: this.consent.source })}</span>
            </div>`
          : nothing}
        ${this.viewport.showWheelHint ? html`<p class="wheel-hint" role="status">${m.wheelHint}</p>` : nothing}
        ${renderPanel(this.opened, this.openedGroup, m, this, content, this.closePanel, this.open)}
        <p class="attribution" part="attribution">
          ${tiles && this.tilesAttribution ? html`${this.tilesAttribution} · ` : nothing}Made with Natural Earth
        </p>
      </div>`;
  }

  /** An initiative's marker is named by the feed's words, in their language; a cluster's label is the page's. */
  private faceOf(marker: PlacedMarker, styles: Map<string, ThemeStyle>, m: MapStrings, content: string | undefined): MarkerFace {
    const initiative = marker.initiative;
    const style = (initiative && styles.get(initiative.themes[0]?.id ?? '')) || undefined;
    const place = initiative?.place;
    return {
      key: marker.key,
      className: `marker ${initiative ? `shape-${style?.shape ?? 'circle'}` : 'cluster'}`,
      label: initiative ? `${initiative.name}${place ? `, ${place.name}` : ''}` : `${plural(m.cluster, marker.count, this.language)}. ${m.clusterHint}`,
      lang: initiative ? content : undefined,
      expanded: initiative ? String(this.opened === initiative) : undefined,
      text: initiative ? '' : String(marker.count),
      tabIndex: this.nav.tabIndex(marker.key),
      left: marker.left,
      top: marker.top,
      colour: style?.colour ?? 'var(--_accent)',
    };
  }
}
