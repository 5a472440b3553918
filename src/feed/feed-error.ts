/**
 * Why a widget has nothing to show. Each kind gets its own reader-facing message; `not-found`
 * means the feed loaded but has no entry with the id the element asked for; `too-large`, that
 * the feed is bigger than the store's size limit (`<dossier-feed max-size>`), so it was not
 * read to the end.
 */
export type FeedErrorKind = 'network' | 'http' | 'not-json' | 'invalid' | 'timeout' | 'not-found' | 'too-large';

/** A feed that could not be loaded or used, with what a developer needs to fix it. */
export class FeedError extends Error {
  override name = 'FeedError';

  constructor(
    /** What went wrong, for messages and analytics. */
    readonly kind: FeedErrorKind,
    /** The feed URL. */
    readonly url: string,
    /** Developer-facing details (English). */
    detail: string,
    /** HTTP status, for `kind === 'http'`. */
    readonly status?: number,
  ) {
    super(`${detail} (${url})`);
  }
}
