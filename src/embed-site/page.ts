/**
 * What an element's embed descriptor says about the pages an exported site gives it (see
 * `EmbedDescriptor.pages`): which entries get a page, with which attributes, and the words,
 * picture and schema.org description that the page's meta, its oEmbed document and its card
 * on social networks carry. The exporter (src/node/export/) has no per-element code.
 */
import type { Actor, Dossier, Image, Place } from '../feed/model.js';
import type { Options } from '../generator/embed-descriptor.js';
import type { EmbedType } from './paths.js';

export interface EmbedPage {
  type: EmbedType;
  /** The entry's id (none for the intro and the map, one per dossier). */
  id?: string;
  /** The element's options, by option id (`{ quote: 'q-1' }`), as the generator would set them. */
  options: Options;
  /** The page's title and its card's. */
  title: string;
  /** The words: the card's description and the oEmbed blockquote's text. */
  description: string;
  /** Language of the title and words (BCP 47), when the feed says. */
  lang?: string;
  /** A picture for the card, when the feed has one. */
  image?: Image;
  /** The entry's own page on the publisher's site, else the dossier's: the canonical link. */
  canonical?: string;
  /** The schema.org description (JSON-LD), without `@context`. */
  schema: Record<string, unknown>;
  /** The iframe's starting height in CSS pixels, before the page reports its own. */
  height: number;
}

/** A schema.org Person or Organization for an actor. */
export function actorSchema(actor: Actor): Record<string, unknown> {
  return prune({
    '@type': actor.kind === 'person' ? 'Person' : 'Organization',
    name: actor.name,
    [actor.kind === 'person' ? 'jobTitle' : 'description']: actor.role,
    affiliation: actor.kind === 'person' && actor.organisation ? { '@type': 'Organization', name: actor.organisation.name } : undefined,
    url: actor.url,
    image: actor.image?.url,
    [actor.kind === 'person' ? 'homeLocation' : 'location']: actor.place ? placeSchema(actor.place) : undefined,
  });
}

/** A schema.org Place, with its coordinates when known. */
export const placeSchema = (place: Place): Record<string, unknown> =>
  prune({
    '@type': 'Place',
    name: place.name,
    geo: place.lat !== undefined && place.lon !== undefined ? { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } : undefined,
  });

/** The dossier as the work an entry is part of. */
export const dossierSchema = (dossier: Dossier): Record<string, unknown> =>
  prune({ '@type': 'Article', headline: dossier.title, url: dossier.url, inLanguage: dossier.language });

/** Drops undefined members, so that the JSON-LD says only what the feed says. */
export const prune = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
