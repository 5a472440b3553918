import type { Context } from '@lit/context';

/** What `<dossier-feed>` provides to the widgets inside it. */
export interface FeedSource {
  /** Feed URL; widgets load it through the shared FeedStore, so the page fetches it once. */
  src: string;
  /** Timeout in milliseconds, when the provider sets one. */
  timeout?: number;
  /** `none` when the provider opts its widgets out of the feed's last good copy. */
  cache?: string;
  /** Size limit in bytes, when the provider sets one (`max-size`). */
  maxSize?: number;
}

/**
 * The context key is a global symbol so that two bundles of this library on one page (a
 * partner's copy and a plugin's) still find each other's providers. It is what @lit/context's
 * `createContext` would return (the key itself, typed), written without importing its runtime.
 */
export const feedContext = Symbol.for('dossier-widgets.feed') as Context<symbol, FeedSource | undefined>;
