/**
 * What every widget shares: the `feed` and `theme` attributes, the data controller, the
 * language, and the rendering of every state that is not the widget's own content. A widget
 * subclass says what it selects from the dossier and how it renders it; loading, errors,
 * not-found, retry and the partner's fallback content behave the same everywhere.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DossierController, type DataOptions, type Loaded } from './dossier-controller.js';
import { resolveLang } from './lang.js';
import type { FeedError } from '../feed/feed-error.js';
import type { Dossier } from '../feed/model.js';
import { format, messagesFor, type Messages } from '../i18n/messages.js';
import { themeStyles } from '../styles/theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What a reader can focus in a widget. */
const FOCUSABLE = 'a[href],button,summary,[tabindex]';

/**
 * @cssstate initial - No feed to load yet (no `feed`, no enclosing `<dossier-feed>`).
 * @cssstate pending - The feed is loading.
 * @cssstate complete - The content is rendered.
 * @cssstate error - The feed failed or the entry is not in it; the fallback content shows.
 * @cssstate fallback - The partner's own fallback content is showing, before any data.
 */
export abstract class DossierElement<T> extends LitElement {
  static override styles = [themeStyles];
  static override properties: PropertyDeclarations = {
    feed: { reflect: true },
    theme: { reflect: true },
    cache: {},
  };

  /** Feed URL. Optional inside a `<dossier-feed>`; when set, it wins over the provider's. */
  feed?: string;

  /**
   * Colour theme: `light` (default), `dark`, or `auto`. `auto` follows the host page's
   * `color-scheme` when the page declares only one scheme (`:root { color-scheme: dark }`, or
   * `light`, `only dark`…, on any ancestor; read when the widget renders), else, with
   * `light dark` or none declared, the reader's system setting (`prefers-color-scheme`).
   */
  theme?: Theme;

  /**
   * `none`: this widget neither shows nor keeps the feed's last good copy (see the README's
   * "Last known good"). By default the last valid copy of each feed is kept in the page
   * origin's Cache Storage: it shows at once on the next visit while the feed is fetched
   * again, and stays, with a note, when the feed fails.
   */
  cache?: 'none';

  /** Its data, selected by its own `select`, `selectArgs` and `describe` (its DataOptions). */
  protected readonly data = new DossierController<T>(this, this as unknown as DataOptions<T>);

  /**
   * Content the embed generator pre-rendered into a declarative shadow root: readers see it from
   * the first paint (and without JavaScript), and it stays until the feed answers, so the
   * rendered widget takes its exact place and nothing on the page moves.
   */
  private prerendered: ChildNode[] = [];

  /** Custom states: the status (`initial`, `pending`, `complete`, `error`) and `fallback`. */
  private readonly internals = this.attachInternals();

  /** Resolves when the current load has settled (handy in tests and for hosts). */
  get loadComplete(): Promise<void> {
    return this.data.complete;
  }

  /** The entry this widget shows, or undefined when the dossier has none. */
  protected abstract select(dossier: Dossier): T | undefined;
  /** Attributes `select` reads. */
  protected abstract selectArgs(): unknown[];
  /** What was asked for, in a developer's words: `quote "q-3"`. */
  protected abstract describe(): string;
  /** The widget's own content; its strings come from its own i18n module (see i18n/messages.ts). */
  protected abstract renderContent(loaded: Loaded<T>): TemplateResult;
  /** Placeholder shapes while loading when the partner gave no fallback. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The partner's own content (light DOM): shown before and instead of ours. */
  protected get hasFallback() {
    return !!(this.childElementCount || this.textContent!.trim());
  }

  protected get language() {
    return resolveLang(this);
  }

  protected override createRenderRoot() {
    this.prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // Lit would render before the first pre-rendered node, which leaves when the feed settles.
    this.renderOptions.renderBefore = null;
    return root;
  }

  override update(changed: PropertyValues) {
    const { status } = this.data;
    const settled = status === 'complete' || status === 'error';
    // The pre-rendered nodes leave in the same frame as the rendered content arrives; a reader
    // who had focused one of their links or buttons finds focus on its live twin.
    const refocus = settled ? this.focusTwin(status) : undefined;
    if (settled) for (const node of this.prerendered.splice(0)) node.remove();
    // Custom states, for the partner's CSS (`dossier-quote:state(error)`) and for ours: while the
    // partner's fallback shows (before data, and after an error), it keeps the page's own
    // typography, so that it changes size neither when the element upgrades nor when the feed
    // fails. Engines without custom states skip those rules.
    const states = this.internals.states as Set<string> | undefined;
    states?.clear();
    states?.add(status);
    if (status !== 'complete' && this.hasFallback && !this.prerendered.length) states?.add('fallback');
    // theme="auto" follows the page's `color-scheme` when it declares only one scheme (`dark`,
    // `only light`…): the host inherits it from its parent. Read at each render, for this
    // widget's CSS only (`:state(dark)`, `:state(light)`); otherwise the reader's
    // prefers-color-scheme decides, as before.
    const scheme = this.theme === 'auto' && getComputedStyle(this.parentElement ?? document.documentElement).colorScheme.match(/dark|light/g);
    if (scheme && !scheme[1]) states?.add(scheme[0]!);
    super.update(changed);
    refocus?.();
  }

  /**
   * When focus is in the pre-rendered nodes: a function that focuses its live twin once
   * rendered, without scrolling: the element of the same tag and text, at the same rank among
   * those (the same template made both; a snapshot the feed has since changed may lack it).
   * After an error, the retry button takes focus.
   */
  private focusTwin(status: string) {
    const root = this.shadowRoot;
    const focused = root?.activeElement;
    if (!focused || !this.prerendered.some((node) => node.contains(focused))) return undefined;
    const twins = () =>
      [...root!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.localName === focused.localName && el.textContent === focused.textContent);
    const rank = twins().indexOf(focused as HTMLElement);
    return () => (status === 'error' ? root!.querySelector<HTMLElement>('[part=retry]') : twins()[rank])?.focus({ preventScroll: true });
  }

  override render() {
    const messages = messagesFor(this.language);
    const fallback = html`<slot></slot>`;
    const { status } = this.data;
    // Pre-rendered content stays until the feed settles (`update` removes it then).
    if (this.prerendered.length) return nothing;
    // What held the place while loading holds it still: the error notice moves nothing (see renderError).
    if (status === 'error') return html`${this.hasFallback ? fallback : this.renderSkeleton()}${this.renderError(this.data.error!, messages)}`;
    const pending = status === 'pending';
    const loaded = status === 'complete' && this.data.loaded!;
    // One template for every other state: the live region stays from loading to content, and a
    // skeleton drawn with the content's own templates (the map's) stays too, and is only filled
    // in when the data arrives. A last good copy shown because the feed failed says so.
    return html`${this.renderStatus(pending ? messages.loading : loaded && loaded.stale?.note(this.language), pending)}${
      loaded ? this.renderContent(loaded) : pending && !this.hasFallback ? this.renderSkeleton() : fallback
    }`;
  }

  /**
   * The live region is rendered in every state so that screen readers announce what changes
   * in it (politely: a widget is never urgent for the reader).
   */
  private renderStatus(text?: string | TemplateResult | false, hidden = false) {
    // Its own `lang`: Firefox does not let a shadow tree inherit its host's language.
    return html`<div role="status" part="status" class=${hidden ? 'sr-only' : 'status'} lang=${this.language}>${text || nothing}</div>`;
  }

  /**
   * The error notice comes after what held the place while loading. After the partner's
   * fallback, which stays where it was, it takes one line when it fits; without fallback it
   * covers the skeleton, which keeps the space (theme.styles.ts), so that nothing moves.
   */
  private renderError(error: FeedError, messages: Messages) {
    const message = format(messages.errors[error.kind], { status: error.status });
    return html`<div class="notice">
      ${this.renderStatus(html`<p class="error" part="error">${message}</p>`)}
      ${error.kind === 'not-found'
        ? nothing
        : html`<button class="action" part="retry" lang=${this.language} @click=${() => this.data.retry()}>${messages.retry}</button>`}
    </div>`;
  }
}
