import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Theme } from '../core/dossier-element.js';
import { resolveLang } from '../core/lang.js';
import { styleProps } from '../core/style-props.js';
import { FeedError } from '../feed/feed-error.js';
import { defaultStore } from '../feed/feed-store.js';
import type { Dossier } from '../feed/model.js';
import { plural } from '../i18n/format.js';
import { format } from '../i18n/messages.js';
import { VERSION } from '../version.js';
import { generatorStyles } from './embed-generator.styles.js';
import {
  buildSnippet,
  contrastRatio,
  defaultColours,
  defaultOptions,
  DEFAULT_RADIUS,
  dossierDepartments,
  fallbackContent,
  fallbackFragment,
  FONTS,
  listedActors,
  mappedInitiatives,
  tokenProperties,
  WIDGET_TAGS,
  type ColourToken,
  type FontChoice,
  type Tokens,
  type WidgetLang,
  type WidgetOptions,
  type WidgetTag,
} from './snippet.js';
import { prerender, PRERENDERED_TAGS, styleHash } from './prerender.js';
import { stringsFor, type GeneratorStrings } from './strings.js';

/** Where the script-tag files of this version are published. */
export const DEFAULT_CDN = `https://cdn.jsdelivr.net/npm/dossier-widgets@${VERSION}/dist/cdn/`;

/** How long to wait for `integrity.json` before giving the snippet without it. */
const INTEGRITY_TIMEOUT = 8000;
const SRI = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

type FeedState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; dossier: Dossier; problems: number }
  | { status: 'error'; url?: string; error: FeedError | 'invalid-url' };

type IntegrityState = { status: 'loading' } | { status: 'ready'; hash: string } | { status: 'failed' };

/**
 * A page for partners who are not developers: choose a dossier feed, an element and what it
 * shows (a quote, an actor, filters), a theme and a few colours, a language; see the element
 * live; copy a ready snippet — the script tag with its integrity hash, the element, and
 * fallback content written from the feed, so that readers without JavaScript read the right
 * words.
 *
 * The generator's own interface follows its `lang` (or the nearest ancestor's, then the
 * document's): French by default, English with `lang="en"`.
 *
 * @summary Builds the snippet that embeds a dossier element, with a live preview.
 */
export class EmbedGenerator extends LitElement {
  static override styles = generatorStyles;
  static override properties: PropertyDeclarations = {
    feed: {},
    cdn: {},
    integritySrc: { attribute: 'integrity-src' },
    langAttribute: { attribute: 'lang' },
    feedInput: { state: true },
    feedState: { state: true },
    tag: { state: true },
    options: { state: true },
    theme: { state: true },
    tokens: { state: true },
    widgetLang: { state: true },
    integrity: { state: true },
    showFallback: { state: true },
    prerender: { attribute: false },
    prerendered: { state: true },
    prerenderedHash: { state: true },
    copyStatus: { state: true },
  };

  /** Feed URL filled in when the generator opens (relative URLs resolve against the page). */
  feed = '';

  /** Base URL of the published script-tag files (`loader.js`, `integrity.json`), ending with `/`. */
  cdn = DEFAULT_CDN;

  /** URL of the `integrity.json` written by the build. Default: `integrity.json` under `cdn`. */
  integritySrc?: string;

  /** Mirrors the `lang` attribute, so that changing it re-renders the interface. */
  protected langAttribute?: string;

  private feedInput = '';
  private feedState: FeedState = { status: 'idle' };
  private tag: WidgetTag = 'dossier-quote';
  private options: WidgetOptions = defaultOptions();
  private theme: Theme = 'light';
  private tokens: Tokens = {};
  /** The widget's language; until chosen, the generator's own. */
  private widgetLang?: WidgetLang;
  private integrity: IntegrityState = { status: 'loading' };
  private showFallback = false;
  /** Pre-render the element into the snippet (declarative shadow DOM: no layout shift, styled without JavaScript). */
  prerender = true;
  /** The preview, frozen as a declarative shadow root once it has rendered. */
  private prerendered = '';
  /** `'sha256-…'` of the pre-render's style block, for a strict CSP. */
  private prerenderedHash = '';
  /** The live region's text next to the copy button ("Code copié"). */
  private copyStatus = '';

  private get codeArea() {
    return this.renderRoot.querySelector('textarea');
  }

  private feedController?: AbortController;
  private integrityController?: AbortController;
  private feedTask: Promise<void> = Promise.resolve();
  private integrityTask: Promise<void> = Promise.resolve();

  /** Resolves when the current feed and integrity loads have settled and rendered (for tests and hosts). */
  get loadComplete(): Promise<void> {
    return Promise.all([this.feedTask, this.integrityTask]).then(async () => {
      await this.updateComplete;
    });
  }

  /** The code to paste, or an empty string while no feed is loaded. */
  get snippet(): string {
    const loaded = this.feedState.status === 'loaded' ? this.feedState : undefined;
    if (!loaded) return '';
    return buildSnippet({
      tag: this.tag,
      options: this.options,
      dossier: loaded.dossier,
      feed: loaded.url,
      theme: this.theme,
      lang: this.targetLang,
      tokens: this.tokens,
      cdn: this.cdnBase,
      integrity: this.integrity.status === 'ready' ? this.integrity.hash : undefined,
      prerendered: this.prerender && PRERENDERED_TAGS.has(this.tag) ? this.prerendered : '',
      words: stringsFor(this.targetLang).snippet,
    });
  }

  // ----- derived values -----

  private get uiLang(): WidgetLang {
    return /^en\b/i.test(resolveLang(this)) ? 'en' : 'fr';
  }

  /** The language chosen for the widget. */
  private get targetLang(): WidgetLang {
    return this.widgetLang ?? this.uiLang;
  }

  private get cdnBase(): string {
    const base = this.cdn || DEFAULT_CDN;
    return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
  }

  // ----- lifecycle -----

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.feedController?.abort();
    this.integrityController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('feed')) {
      this.feedInput = this.absolute(this.feed) ?? this.feed;
      this.loadFeed(this.feedInput);
    }
    if (changed.has('cdn') || changed.has('integritySrc')) this.loadIntegrity();
  }

  // ----- loading -----

  private absolute(url: string): string | undefined {
    try {
      return url.trim() ? new URL(url.trim(), document.baseURI).href : undefined;
    } catch {
      return undefined;
    }
  }

  private loadFeed(input: string) {
    this.feedController?.abort();
    if (!input.trim()) {
      this.feedState = { status: 'idle' };
      return;
    }
    const url = this.absolute(input);
    if (!url || !/^https?:$/.test(new URL(url).protocol)) {
      this.feedState = { status: 'error', error: 'invalid-url' };
      return;
    }
    const controller = (this.feedController = new AbortController());
    this.feedState = { status: 'loading', url };
    this.feedTask = defaultStore()
      .load(url, { signal: controller.signal })
      .then(
        ({ dossier, problems }) => {
          if (controller.signal.aborted || !dossier) return;
          this.fitOptions(dossier);
          this.feedState = { status: 'loaded', url, dossier, problems: problems.length };
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const feedError = error instanceof FeedError ? error : new FeedError('network', url, String(error));
          this.feedState = { status: 'error', url, error: feedError };
        },
      );
  }

  /** Keeps the choices that still exist in a newly loaded dossier, and picks a first entry otherwise. */
  private fitOptions(dossier: Dossier) {
    const o = this.options;
    const first = <T>(map: Map<string, T>) => map.keys().next().value;
    this.options = {
      ...o,
      quote: o.quote && dossier.quotes.has(o.quote) ? o.quote : first(dossier.quotes),
      actor: o.actor && dossier.actors.has(o.actor) ? o.actor : first(dossier.actors),
      topic: dossier.themes.has(o.topic) ? o.topic : '',
      department: dossierDepartments(dossier).includes(o.department) ? o.department : '',
    };
  }

  private loadIntegrity() {
    this.integrityController?.abort();
    const controller = (this.integrityController = new AbortController());
    const timer = setTimeout(() => controller.abort(), INTEGRITY_TIMEOUT);
    this.integrity = { status: 'loading' };
    const src = this.integritySrc || new URL('integrity.json', this.cdnBase).href;
    this.integrityTask = (async () => {
      try {
        const response = await fetch(new URL(src, document.baseURI), { signal: controller.signal, credentials: 'omit' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const hash = ((await response.json()) as Record<string, unknown>)['loader.js'];
        if (typeof hash !== 'string' || !SRI.test(hash)) throw new Error('no valid hash for loader.js');
        if (this.integrityController === controller) this.integrity = { status: 'ready', hash };
      } catch (error) {
        if (this.integrityController !== controller) return;
        console.warn(`dossier-widgets: embed generator: no integrity hash from ${src} (${String(error)}); the snippet goes without one.`);
        this.integrity = { status: 'failed' };
      } finally {
        clearTimeout(timer);
      }
    })();
  }

  // ----- handlers -----

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.loadFeed(this.feedInput);
  }

  private setOption<K extends keyof WidgetOptions>(key: K, value: WidgetOptions[K]) {
    this.options = { ...this.options, [key]: value };
  }

  private setColour(name: ColourToken, value: string) {
    const tokens = { ...this.tokens };
    if (value.toLowerCase() === defaultColours(this.theme)[name]) delete tokens[name];
    else tokens[name] = value.toLowerCase();
    this.tokens = tokens;
  }

  /** A typed colour code applies once complete (`#1a2b3c`, `1a2b3c` or `#abc`). */
  private setHexColour(name: ColourToken, input: HTMLInputElement) {
    const value = input.value.trim().replace(/^#?/, '#');
    const hex = /^#[0-9a-f]{3}$/i.test(value) ? value.replace(/[0-9a-f]/gi, (d) => d + d) : value;
    const valid = /^#[0-9a-f]{6}$/i.test(hex);
    input.setAttribute('aria-invalid', String(!valid && input.value.trim() !== ''));
    if (valid) this.setColour(name, hex);
  }

  private setRadius(value: string) {
    const tokens = { ...this.tokens };
    const radius = Number(value);
    if (value.trim() === '' || !Number.isFinite(radius) || radius === DEFAULT_RADIUS) delete tokens.radius;
    else tokens.radius = Math.min(64, Math.max(0, radius));
    this.tokens = tokens;
  }

  private setFont(value: FontChoice) {
    const tokens = { ...this.tokens };
    if (value === 'inherit') delete tokens.font;
    else tokens.font = value;
    this.tokens = tokens;
  }

  /** Copies the snippet; without the async Clipboard API (or permission), selects it and copies the old way. */
  private async copy() {
    const text = this.snippet;
    const s = stringsFor(this.uiLang);
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied && this.codeArea) {
      this.codeArea.focus();
      this.codeArea.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    await this.announce(copied ? s.code.copied : s.code.copyFailed);
  }

  /** Empties the live region first, so that copying twice announces twice. */
  private async announce(text: string) {
    this.copyStatus = '';
    await this.updateComplete;
    this.copyStatus = text;
  }

  // ----- render -----

  override render() {
    const s = stringsFor(this.uiLang);
    return html`<div class="layout">
      <form novalidate @submit=${this.onSubmit}>
        ${this.renderFeed(s)} ${this.renderElementChoice(s)} ${this.renderContent(s)} ${this.renderAppearance(s)}
        ${this.renderLanguage(s)}
      </form>
      <div class="output">${this.renderPreview(s)} ${this.renderCode(s)}</div>
    </div>`;
  }

  private renderFeed(s: GeneratorStrings) {
    const state = this.feedState;
    let status: string = '';
    if (state.status === 'loading') status = s.feed.loading;
    if (state.status === 'loaded') {
      const { dossier, problems } = state;
      const counts = [
        plural(s.feed.counts.quotes, dossier.quotes.size, this.uiLang),
        plural(s.feed.counts.actors, dossier.actors.size, this.uiLang),
        plural(s.feed.counts.initiatives, dossier.initiatives.size, this.uiLang),
      ].join(', ');
      status = format(s.feed.loaded, { title: dossier.title, counts });
      if (problems) status += ` ${plural(s.feed.problems, problems, this.uiLang)}`;
    }
    let error = '';
    if (state.status === 'error') {
      error =
        state.error === 'invalid-url' ? s.feed.invalidUrl : format(s.feed.errors[state.error.kind], { status: state.error.status });
    }
    return html`<fieldset class="feed">
      <legend>${s.feed.legend}</legend>
      <div class="field">
        <label for="feed">${s.feed.label}</label>
        <p class="hint" id="feed-hint">${s.feed.hint}</p>
        <div class="row">
          <input
            id="feed"
            name="feed"
            type="url"
            inputmode="url"
            autocomplete="url"
            spellcheck="false"
            .value=${this.feedInput}
            aria-describedby="feed-hint feed-error"
            aria-invalid=${error ? 'true' : 'false'}
            @input=${(e: Event) => (this.feedInput = (e.target as HTMLInputElement).value)}
          />
          <button type="submit">${s.feed.load}</button>
        </div>
      </div>
      <p class="status" role="status">${status}</p>
      <p class="error" id="feed-error" role="alert">${error}</p>
    </fieldset>`;
  }

  private renderElementChoice(s: GeneratorStrings) {
    return html`<fieldset class="element">
      <legend>${s.element.legend}</legend>
      <div class="choices">
        ${WIDGET_TAGS.map(
          (tag) => html`<label>
            <input type="radio" name="element" value=${tag} .checked=${this.tag === tag} @change=${() => (this.tag = tag)} />
            <span>${s.element.names[tag]} <code>&lt;${tag}&gt;</code></span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private radios<T extends string>(
    name: string,
    legend: string,
    values: readonly T[],
    labels: Record<T, string>,
    current: T,
    onChange: (value: T) => void,
    lang?: (value: T) => string,
  ) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="choices">
        ${values.map(
          (value) => html`<label>
            <input type="radio" name=${name} value=${value} .checked=${current === value} @change=${() => onChange(value)} />
            <span lang=${lang?.(value) ?? nothing}>${labels[value]}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private select(id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private check(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
    return html`<label class="check" for=${id}>
      <input id=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <span>${label}</span>
    </label>`;
  }

  private renderContent(s: GeneratorStrings) {
    const state = this.feedState;
    const c = s.content;
    if (state.status !== 'loaded') {
      return html`<fieldset class="content">
        <legend>${c.legend}</legend>
        <p class="hint">${c.needFeed}</p>
      </fieldset>`;
    }
    const { dossier } = state;
    const o = this.options;
    const all: [string, string] = ['', c.all];
    const topics = (): [string, string][] => [all, ...[...dossier.themes.values()].map((t): [string, string] => [t.id, t.name])];
    const departments = (): [string, string][] => [all, ...dossierDepartments(dossier).map((d): [string, string] => [d, d])];
    let fields: TemplateResult;
    switch (this.tag) {
      case 'dossier-quote': {
        const quotes = [...dossier.quotes.values()].map((q): [string, string] => [
          q.id,
          format(c.quoteOption, { name: q.actor.name, text: truncate(q.text, 70) }),
        ]);
        fields = html`${quotes.length
            ? this.select('quote', c.quote, o.quote ?? '', quotes, (v) => this.setOption('quote', v))
            : html`<p class="hint">${c.noQuotes}</p>`}
          ${this.radios('variant', c.variant, ['card', 'inline'] as const, c.variants, o.variant, (v) => this.setOption('variant', v))}`;
        break;
      }
      case 'actor-card': {
        const actors = [...dossier.actors.values()].map((a): [string, string] => [a.id, a.role ? `${a.name} (${a.role})` : a.name]);
        fields = html`${actors.length
            ? this.select('actor', c.actor, o.actor ?? '', actors, (v) => this.setOption('actor', v))
            : html`<p class="hint">${c.noActors}</p>`}
          ${this.radios('card-layout', c.cardLayout, ['vertical', 'horizontal', 'compact'] as const, c.cardLayouts, o.cardLayout, (v) =>
            this.setOption('cardLayout', v),
          )}
          ${this.check('with-quote', c.withQuote, o.withQuote, (v) => this.setOption('withQuote', v))}`;
        break;
      }
      case 'dossier-intro':
        fields = this.check('collapsed', c.collapsed, o.collapsed, (v) => this.setOption('collapsed', v));
        break;
      case 'actor-list': {
        const count = listedActors(dossier, o, this.targetLang).length;
        fields = html`${this.select('topic', c.topic, o.topic, topics(), (v) => this.setOption('topic', v))}
          ${this.select(
            'kind',
            c.kind,
            o.kind,
            [all, ['person', c.kinds.person], ['organisation', c.kinds.organisation]],
            (v) => this.setOption('kind', v as WidgetOptions['kind']),
          )}
          ${this.select('department', c.department, o.department, departments(), (v) => this.setOption('department', v))}
          ${this.radios('list-layout', c.listLayout, ['grid', 'list'] as const, c.listLayouts, o.listLayout, (v) => this.setOption('listLayout', v))}
          ${this.radios('sort', c.sort, ['feed', 'name'] as const, c.sorts, o.sort, (v) => this.setOption('sort', v))}
          <p class="hint">${plural(c.matches.actors, count, this.uiLang)}</p>`;
        break;
      }
      case 'initiative-map': {
        const count = mappedInitiatives(dossier, o).length;
        fields = html`${this.select('topic', c.topic, o.topic, topics(), (v) => this.setOption('topic', v))}
          ${this.select('department', c.department, o.department, departments(), (v) => this.setOption('department', v))}
          <p class="hint">${plural(c.matches.initiatives, count, this.uiLang)}</p>`;
        break;
      }
    }
    return html`<fieldset class="content">
      <legend>${c.legend}</legend>
      ${fields}
    </fieldset>`;
  }

  private renderAppearance(s: GeneratorStrings) {
    const a = s.appearance;
    const defaults = defaultColours(this.theme);
    const colour = (name: ColourToken) => this.tokens[name] ?? defaults[name];
    const warnings: string[] = [];
    const textRatio = contrastRatio(colour('text'), colour('surface'));
    const accentRatio = contrastRatio(colour('accent'), colour('surface'));
    const ratio = (value: number) => (Math.floor(value * 10) / 10).toLocaleString(this.uiLang);
    if (textRatio < 4.5) warnings.push(format(a.contrastText, { ratio: ratio(textRatio) }));
    if (accentRatio < 4.5) warnings.push(format(a.contrastAccent, { ratio: ratio(accentRatio) }));
    const describedBy = warnings.length ? 'contrast' : nothing;
    // A colour picker, plus its code as text: to paste a brand colour, and because WebKit
    // leaves colour pickers out of the Tab order.
    const colourInput = (name: ColourToken) => html`<div class="field">
      <label for="colour-${name}">${a[name]}</label>
      <div class="pair">
        <input
          id="colour-${name}"
          type="color"
          .value=${colour(name)}
          aria-describedby=${describedBy}
          @input=${(e: Event) => this.setColour(name, (e.target as HTMLInputElement).value)}
        />
        <input
          id="colour-${name}-hex"
          type="text"
          size="8"
          maxlength="7"
          spellcheck="false"
          autocomplete="off"
          aria-label=${format(a.hex, { label: a[name] })}
          aria-describedby=${describedBy}
          .value=${colour(name)}
          @input=${(e: Event) => this.setHexColour(name, e.target as HTMLInputElement)}
          @change=${(e: Event) => {
            // Leaving an incomplete code: show the colour in use again.
            const input = e.target as HTMLInputElement;
            input.value = colour(name);
            input.setAttribute('aria-invalid', 'false');
          }}
        />
      </div>
    </div>`;
    return html`<fieldset class="appearance">
      <legend>${a.legend}</legend>
      ${this.radios('theme', a.theme, ['light', 'dark', 'auto'] as const, a.themes, this.theme, (v) => (this.theme = v))}
      ${this.theme === 'auto' && Object.keys(this.tokens).some((k) => k !== 'radius' && k !== 'font')
        ? html`<p class="hint">${a.autoHint}</p>`
        : nothing}
      <div class="colours">${colourInput('accent')} ${colourInput('surface')} ${colourInput('text')}</div>
      <div class="warning" id="contrast">${warnings.map((w) => html`<p class="warning">${w}</p>`)}</div>
      <div class="field">
        <label for="radius">${a.radius}</label>
        <input
          id="radius"
          type="number"
          min="0"
          max="64"
          step="1"
          inputmode="numeric"
          .value=${String(this.tokens.radius ?? DEFAULT_RADIUS)}
          @input=${(e: Event) => this.setRadius((e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.select(
        'font',
        a.font,
        this.tokens.font ?? 'inherit',
        (Object.keys(FONTS) as FontChoice[]).map((f): [string, string] => [f, a.fonts[f]]),
        (v) => this.setFont(v as FontChoice),
      )}
      <button type="button" class="secondary" @click=${() => (this.tokens = {})}>${a.reset}</button>
    </fieldset>`;
  }

  private renderLanguage(s: GeneratorStrings) {
    const langs = ['fr', 'en'] as const;
    return html`<div class="language">
      ${this.radios('language', s.language.legend, langs, s.language.names, this.targetLang, (v) => (this.widgetLang = v), (v) => v)}
    </div>`;
  }

  private renderPreview(s: GeneratorStrings) {
    const state = this.feedState;
    const lang = this.targetLang;
    let body: unknown;
    if (state.status !== 'loaded') {
      body = html`<p class="hint">${s.preview.empty}</p>`;
    } else {
      const fallback = this.showFallback
        ? html`<div class="fallback" lang=${lang}>
            <h3>${s.preview.fallbackHeading}</h3>
            ${fallbackFragment(fallbackContent(this.tag, this.options, state.dossier, lang, stringsFor(lang).snippet))}
          </div>`
        : nothing;
      body = html`${this.check('show-fallback', s.preview.showFallback, this.showFallback, (v) => (this.showFallback = v))}
        ${PRERENDERED_TAGS.has(this.tag) ? this.check('prerender', s.preview.prerender, this.prerender, (v) => (this.prerender = v)) : nothing}
        <div class="stage" lang=${lang} ${styleProps(tokenProperties(this.tokens, this.theme))} @dossier-load=${this.freeze}>
          ${keyed(`${this.tag}|${lang}`, this.renderWidget(state.url))}
        </div>
        ${fallback}`;
    }
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${s.preview.heading}</h2>
      ${body}
    </section>`;
  }

  /**
   * Freezes the preview for the snippet after each of its updates: empty while it loads, so a
   * changed choice never leaves a stale pre-render in the code.
   */
  private freeze = async (event?: Event) => {
    const widget = (event?.target ?? this.renderRoot.querySelector('.stage > *')) as LitElement | null;
    if (!widget) return;
    // A load event comes just before the widget asks for its update: wait for that one.
    await null;
    await widget.updateComplete;
    const frozen = widget.isConnected ? prerender(widget) : '';
    if (frozen === this.prerendered) return;
    this.prerendered = frozen;
    const hash = await styleHash(frozen);
    if (this.prerendered === frozen) this.prerenderedHash = hash;
  };

  protected override updated() {
    void this.freeze();
  }

  /** The chosen element, live. Keyed by tag and language: an element reads its language when it renders. */
  private renderWidget(feed: string) {
    const o = this.options;
    const theme = this.theme;
    const value = (v: string) => v || nothing;
    switch (this.tag) {
      case 'dossier-quote':
        return html`<dossier-quote feed=${feed} quote=${o.quote ?? nothing} variant=${o.variant} theme=${theme}></dossier-quote>`;
      case 'actor-card':
        return html`<actor-card
          feed=${feed}
          actor=${o.actor ?? nothing}
          layout=${o.cardLayout}
          ?with-quote=${o.withQuote}
          theme=${theme}
        ></actor-card>`;
      case 'dossier-intro':
        return html`<dossier-intro feed=${feed} ?collapsed=${o.collapsed} theme=${theme}></dossier-intro>`;
      case 'actor-list':
        return html`<actor-list
          feed=${feed}
          topic=${value(o.topic)}
          kind=${value(o.kind)}
          department=${value(o.department)}
          layout=${o.listLayout}
          sort=${o.sort}
          theme=${theme}
        ></actor-list>`;
      case 'initiative-map':
        return html`<initiative-map feed=${feed} topic=${value(o.topic)} department=${value(o.department)} theme=${theme}></initiative-map>`;
    }
  }

  private renderCode(s: GeneratorStrings) {
    const snippet = this.snippet;
    let body: TemplateResult;
    if (!snippet) {
      body = html`<p class="hint">${s.code.empty}</p>`;
    } else {
      const notes = [s.code.hint];
      if (this.integrity.status === 'failed') notes.push(s.code.noIntegrity);
      if (Object.keys(tokenProperties(this.tokens, this.theme)).length) notes.push(s.code.inlineStyle);
      if (snippet.includes('<template shadowrootmode')) notes.push(format(s.code.prerenderStyle, { hash: this.prerenderedHash || "'sha256-…'" }));
      body = html`${notes.map((note, i) => html`<p class="hint" id="code-note-${i}">${note}</p>`)}
        <textarea
          id="code"
          readonly
          spellcheck="false"
          autocomplete="off"
          rows=${Math.min(24, snippet.split('\n').length + 1)}
          aria-labelledby="code-heading"
          aria-describedby=${notes.map((_, i) => `code-note-${i}`).join(' ')}
          .value=${snippet}
        ></textarea>
        <div class="actions">
          <button type="button" class="copy" @click=${this.copy}>${s.code.copy}</button>
          <p class="copied" role="status">${this.copyStatus}</p>
        </div>`;
    }
    return html`<section class="code" aria-labelledby="code-heading">
      <h2 id="code-heading">${s.code.heading}</h2>
      ${body}
    </section>`;
  }
}

/** A one-line excerpt for a `<select>` option. */
function truncate(text: string, length: number) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
