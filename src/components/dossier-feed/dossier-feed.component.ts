import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { feedContext, type FeedSource } from '../../core/feed-context.js';

/**
 * Names the dossier feed once for every widget inside it, so a page with twenty quotes says the
 * URL once (and, through the shared store, fetches it once). It renders its children unchanged.
 *
 * @summary Provides a dossier feed to the widgets inside it.
 *
 * @slot - Any content, including dossier widgets.
 */
export class DossierFeed extends LitElement {
  /** A transparent wrapper: it adds no box to the partner's layout. */
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    cache: {},
    maxSize: { type: Number, attribute: 'max-size' },
  };

  /** URL of the dossier's JSON feed. */
  src = '';

  /** Milliseconds before a slow feed counts as failed. Default 15000. */
  timeout?: number;

  /**
   * `none`: the widgets inside neither show nor keep the feed's last good copy (by default, the
   * page origin's Cache Storage keeps it, to show at once on the next visit and when the feed fails).
   */
  cache?: 'none';

  /**
   * The most bytes the feed may have (attribute `max-size`); a bigger one is not read to the
   * end and fails with `too-large`. Default 20971520 (20 MiB).
   */
  maxSize?: number;

  private readonly provider = new ContextProvider(this, { context: feedContext });

  protected override willUpdate() {
    const current = this.provider.value;
    // A new value only when something changed, so consumers are not notified for nothing.
    const { src, timeout, maxSize, cache } = this;
    if (current?.src !== src || current?.timeout !== timeout || current?.maxSize !== maxSize || current?.cache !== cache) {
      this.provider.setValue(src ? ({ src, timeout, maxSize, cache } satisfies FeedSource) : undefined);
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
