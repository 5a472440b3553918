/**
 * `dossier-widgets/node`: the publisher kit's API for Node (a build step, CI, a CMS hook),
 * the same code as the `dossier-widgets` command. No browser and no DOM needed.
 */
export { validateFeed, type FeedReport, type FeedWarning, type ValidateOptions } from './validate-feed.js';
export type { Dossier, FeedProblem } from '../feed/model.js';
