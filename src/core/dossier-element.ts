/**
 * What every widget shares: the `feed` and `theme` attributes, the data controller, the
 * language, and the rendering of every state that is not the widget's own content. A widget
 * subclass says what it selects from the dossier and how it renders it; loading, errors,
 * not-found, retry and the partner's fallback content behave the same everywhere.
 */
import { html, LitElement, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DossierController, type Loaded } from './dossier-controller.js';
import { resolveLang } from './lang.js';
import type { FeedError } from '../feed/feed-error.js';
import type { Dossier } from '../feed/model.js';
import { format, messagesFor, type Messages } from '../i18n/messages.js';
import { themeStyles } from '../styles/theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

export abstract class DossierElement<T> extends LitElement {
  static override styles = [themeStyles];
  static override properties: PropertyDeclarations = {
    feed: { reflect: true },
    theme: { reflect: true },
  };

  /** Feed URL. Optional inside a `<dossier-feed>`; when set, it wins over the provider's. */
  feed?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;

  protected readonly data = new DossierController<T>(this, {
    select: (dossier) => this.select(dossier),
    args: () => this.selectArgs(),
    describe: () => this.describe(),
  });

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
    return this.childElementCount > 0 || !!this.textContent?.trim();
  }

  protected get language() {
    return resolveLang(this);
  }

  override render() {
    const messages = messagesFor(this.language);
    const fallback = html`<slot></slot>`;
    switch (this.data.status) {
      case 'pending':
        return html`${this.renderStatus(messages.loading, true)}${this.hasFallback ? fallback : this.renderSkeleton()}`;
      case 'complete':
        return html`${this.renderStatus()}${this.renderContent(this.data.loaded!)}`;
      case 'error':
        return this.renderError(this.data.error!, messages, fallback);
      default:
        return html`${this.renderStatus()}${fallback}`;
    }
  }

  /**
   * The live region is rendered in every state so that screen readers announce what changes
   * in it (politely: a widget is never urgent for the reader).
   */
  private renderStatus(text?: string | TemplateResult, hidden = false) {
    return html`<div role="status" part="status" class=${hidden ? 'sr-only' : 'status'}>${text ?? nothing}</div>`;
  }

  private renderError(error: FeedError, messages: Messages, fallback: TemplateResult) {
    const message = format(messages.errors[error.kind], { status: error.status });
    return html`${this.renderStatus(html`<p class="error" part="error">${message}</p>`)}
      ${error.kind === 'not-found'
        ? nothing
        : html`<button type="button" class="retry action" part="retry" @click=${() => this.data.retry()}>${messages.retry}</button>`}
      ${fallback}`;
  }
}
