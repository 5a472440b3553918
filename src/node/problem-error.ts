/**
 * An error whose message is one line a publisher reads, with the feed's problems when the feed
 * was the cause (each with its JSON path). No Node API: the oEmbed handler, which runs in
 * workers too, throws one.
 */
import type { FeedProblem } from '../feed/model.js';

export class ProblemError extends Error {
  constructor(
    message: string,
    /** The feed's problems, when it was invalid. */
    readonly problems: FeedProblem[] = [],
  ) {
    super(message);
  }
}
