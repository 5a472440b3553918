/** The feed format, its parser and the shared loader: usable without any element. */
export type * from './feed-format.js';
export type * from './model.js';
export { parseFeed } from './parse-feed.js';
export { FeedStore, defaultStore, type LoadOptions } from './feed-store.js';
export { FeedError, type FeedErrorKind } from './feed-error.js';
export { safeImageUrl, safeLinkUrl } from './safe-url.js';
