/**
 * The dossier feed: the public contract between a publisher and every partner page.
 *
 * A dossier feed is a valid JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), so any
 * feed reader shows its testimonies as ordinary items. Everything a widget needs beyond that
 * lives under the `_dossier` extension key (JSON Feed reserves keys starting with `_` for
 * extensions), at the top level and on items.
 *
 * These types describe what a publisher writes. The parser (`parse-feed.ts`) checks every
 * field, because a feed is untrusted input; `schema/dossier-feed.schema.json` says the same
 * thing for other languages. Keep the three in step.
 */

/** An author, as JSON Feed 1.1 defines it. */
export interface RawAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

/** An image with its alternative text. A bare URL string is also accepted (alt then = name). */
export interface RawImage {
  url: string;
  /** Text alternative; empty string marks the image decorative. */
  alt?: string;
}

export interface RawTheme {
  /** Stable id, referenced by actors and initiatives: lowercase letters, digits, `-`. */
  id: string;
  name: string;
  description?: string;
}

export interface RawPlace {
  id: string;
  /** Display name: a commune ("Thiers"), or a wider area ("Allier"). */
  name: string;
  /** WGS 84 latitude in degrees. Optional: a place without coordinates is listed, not mapped. */
  lat?: number;
  /** WGS 84 longitude in degrees. */
  lon?: number;
  /** INSEE département code: "03", "15", "2A", "971". */
  department?: string;
  /** INSEE commune code, when the place is a commune ("63430"). */
  insee?: string;
}

export type ActorKind = 'person' | 'organisation';

export interface RawActor {
  id: string;
  kind: ActorKind;
  name: string;
  /** Role or function: "Directrice", "Association". */
  role?: string;
  /** For a person: the id of the organisation actor they speak for. */
  organisation?: string;
  /** Id of a place. */
  place?: string;
  image?: RawImage | string;
  /** The actor's own site. */
  url?: string;
  /** Theme ids. */
  themes?: string[];
  /** Free tags, shown as-is. */
  tags?: string[];
  /** One or two plain-text sentences. */
  summary?: string;
}

export interface RawInitiative {
  id: string;
  name: string;
  summary?: string;
  place?: string;
  /** Actor ids. */
  actors?: string[];
  /** Theme ids. */
  themes?: string[];
  url?: string;
}

export interface RawQuote {
  id: string;
  /** Plain text: the exact words, without quotation marks. */
  text: string;
  /** Id of the actor who said or wrote it. */
  actor: string;
  /** Id of the feed item (testimony) it comes from. */
  item?: string;
  /** The page to read it in full, when it is not the item's URL. */
  url?: string;
  /** RFC 3339 date. */
  date_published?: string;
}

/** The top-level `_dossier` extension. */
export interface RawDossier {
  /** Where this extension is documented (JSON Feed's convention for extensions). */
  about?: string;
  /** Version of this extension's format. This library reads version 1. */
  version: 1;
  id: string;
  /** Defaults to the feed's `title`. */
  title?: string;
  /** One plain-text paragraph introducing the dossier. */
  standfirst?: string;
  /** The editorial intro, as HTML (sanitised before display). */
  intro_html?: string;
  /** Defaults to the feed's `authors`. */
  authors?: RawAuthor[];
  date_published?: string;
  /** BCP 47. Defaults to the feed's `language`. */
  language?: string;
  /** The dossier's page on the publisher's site. Defaults to the feed's `home_page_url`. */
  home_page_url?: string;
  /** ISO 3166-2 code of the region the dossier covers ("FR-ARA"): the map's default extent. */
  region?: string;
  themes?: RawTheme[];
  places?: RawPlace[];
  actors?: RawActor[];
  initiatives?: RawInitiative[];
  quotes?: RawQuote[];
}

/** The `_dossier` extension on an item: what the testimony is about. */
export interface RawItemDossier {
  actors?: string[];
  initiatives?: string[];
  themes?: string[];
}

export interface RawItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  date_published?: string;
  authors?: RawAuthor[];
  tags?: string[];
  language?: string;
  _dossier?: RawItemDossier;
}

/** A dossier feed document. */
export interface RawDossierFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  authors?: RawAuthor[];
  language?: string;
  items: RawItem[];
  _dossier: RawDossier;
}
