/**
 * The normalised dossier model every widget renders from: what `parseFeed` returns.
 * References are resolved to objects (a quote has its `actor`, an actor its `place`), every
 * collection is a `Map` by id in feed order, and every URL has passed the allow-list.
 */
import type { ActorKind } from './feed-format.js';

export interface Author {
  name: string;
  url?: string;
}

export interface Image {
  url: string;
  /** Empty string: decorative. */
  alt: string;
}

export interface Theme {
  id: string;
  name: string;
  description?: string;
}

export interface Place {
  id: string;
  name: string;
  lat?: number;
  lon?: number;
  department?: string;
  insee?: string;
}

export interface Item {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  published?: Date;
  /** BCP 47, when the testimony is written in another language than the dossier. */
  language?: string;
  actors: Actor[];
  initiatives: Initiative[];
}

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  role?: string;
  organisation?: Actor;
  place?: Place;
  image?: Image;
  url?: string;
  themes: Theme[];
  tags: string[];
  summary?: string;
  /** Quotes by this actor, feed order. */
  quotes: Quote[];
  /** Initiatives this actor takes part in. */
  initiatives: Initiative[];
  /** Testimonies (feed items) about this actor. */
  items: Item[];
}

export interface Initiative {
  id: string;
  name: string;
  summary?: string;
  place?: Place;
  actors: Actor[];
  themes: Theme[];
  url?: string;
}

export interface Quote {
  id: string;
  text: string;
  actor: Actor;
  item?: Item;
  /** Where to read the quote in context: its own `url`, else its item's. */
  url?: string;
  published?: Date;
}

export interface Dossier {
  id: string;
  title: string;
  standfirst?: string;
  /** Unsanitised HTML from the feed: only ever rendered through `sanitizeHtml`. */
  introHtml?: string;
  authors: Author[];
  published?: Date;
  language?: string;
  url?: string;
  /** ISO 3166-2 region the dossier covers ("FR-ARA"), for the map's default extent. */
  region?: string;
  themes: Map<string, Theme>;
  places: Map<string, Place>;
  actors: Map<string, Actor>;
  initiatives: Map<string, Initiative>;
  quotes: Map<string, Quote>;
  items: Map<string, Item>;
}

/** One thing wrong in a feed, located by its JSON path (`_dossier.actors[3].name`). */
export interface FeedProblem {
  path: string;
  message: string;
}

export interface ParseResult {
  /** Null only when the document is not a dossier feed at all. */
  dossier: Dossier | null;
  problems: FeedProblem[];
  /**
   * The body's length in characters, set for big feeds only (over 1 MiB, parsed in slices by
   * big-feed.ts): the last-good copy skips a feed bigger than it may keep without writing it
   * back, which would take one long task.
   */
  length?: number;
}
