/**
 * `dossier-widgets/node`: the publisher kit's API for Node (a build step, CI, a CMS hook),
 * the same code as the `dossier-widgets` command. No browser and no DOM needed.
 *
 * - `validateFeed`: the feed's problems and warnings, as `dossier-widgets validate` prints them;
 * - `renderEmbed`: one element server-rendered to HTML (declarative shadow DOM and fallback);
 * - `exportSite`: the static embed site, as `dossier-widgets export` writes it;
 * - `createOEmbedHandler`: the same site's oEmbed endpoint as a Fetch-API handler (Web APIs
 *   only: Deno, Bun and workers import it from `dossier-widgets/oembed`), and `toNodeListener`
 *   to serve such a handler with `node:http`.
 */
export { validateFeed, type FeedReport, type FeedWarning, type ValidateOptions } from './validate-feed.js';
export type { Dossier, FeedProblem } from '../feed/model.js';
export { renderEmbed, type EmbedInput } from './render-embed.js';
export { exportSite, ExportError, plannedPages, type ExportOptions, type ExportResult, type EmbedEntry, type PlannedPage } from './export/export-site.js';
export { oembedFor, type OEmbed, type OEmbedInput } from './export/oembed.js';
export { createOEmbedHandler, OEmbedConfigError, type OEmbedHandlerOptions, type FetchHandler } from './oembed-handler.js';
export { toNodeListener, type NodeListener } from './node-listener.js';
export type { EmbedPage } from '../embed-site/page.js';
export type { EmbedType } from '../embed-site/paths.js';
