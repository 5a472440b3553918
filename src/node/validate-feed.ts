/**
 * What `dossier-widgets validate` reports about a feed: the parser's own problems, which make
 * the feed invalid, and the warnings a newsroom wants before publishing, which do not.
 */
import type { Dossier, FeedProblem } from '../feed/model.js';
import { languageProblems } from './language-tags.js';
import { parseFeed } from '../feed/parse-feed.js';
import { feedWarnings, type FeedWarning } from './feed-warnings.js';

export type { FeedWarning };

/**
 * Relative URLs resolve against the feed's URL, which a file on disk does not have. Without
 * one, they are resolved against this placeholder (`.invalid` is reserved, RFC 2606), as if the
 * feed were served over https: a relative URL is valid, and its scheme will be the feed's.
 */
const NO_BASE = 'https://feed.invalid/';

export interface ValidateOptions {
  /**
   * The URL the feed is served at, against which relative URLs resolve. Default: the feed's
   * own `feed_url` when it is an absolute http(s) URL, else relative URLs are taken as valid.
   */
  baseUrl?: string;
}

export interface FeedReport {
  /** No problem: the widgets read the feed exactly as written. Warnings do not count. */
  valid: boolean;
  /**
   * The dossier as the widgets read it; null when the document is not a dossier feed at all
   * (the widgets then show an error). With no base URL known, its relative URLs resolve
   * against `https://feed.invalid/`.
   */
  dossier: Dossier | null;
  /** What the parser reports, in its order: each one drops or ignores some data. */
  problems: FeedProblem[];
  /** Valid, but worth fixing (missing alt text, an initiative the map cannot show…). */
  warnings: FeedWarning[];
}

/**
 * Validates a parsed JSON document as a dossier feed, with the parser the widgets run, and
 * adds the warnings a newsroom needs. Never throws, whatever `json` is.
 *
 * ```js
 * import { validateFeed } from 'dossier-widgets/node';
 * const { valid, problems, warnings } = validateFeed(JSON.parse(text), { baseUrl: feedUrl });
 * ```
 */
export function validateFeed(json: unknown, options: ValidateOptions = {}): FeedReport {
  const base = options.baseUrl ?? ownUrl(json) ?? NO_BASE;
  const parsed = parseFeed(json, base);
  const { dossier } = parsed;
  // The parser refuses a language that is not a language tag where it reads one; the CLI adds those it never reads (the feed's own language beside a valid dossier one, the items it dropped), each path once.
  const problems = [...parsed.problems, ...languageProblems(json).filter((p) => !parsed.problems.some((q) => q.path === p.path))];
  const warnings = dossier ? feedWarnings(json, dossier, base) : [];
  return { valid: problems.length === 0, dossier, problems, warnings };
}

/** The feed's `feed_url`, when it is an absolute http(s) URL. */
function ownUrl(json: unknown): string | undefined {
  const url = (json as { feed_url?: unknown } | null)?.feed_url;
  if (typeof url !== 'string') return undefined;
  try {
    return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
