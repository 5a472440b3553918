/**
 * What a framework may set on each element, and which events it fires, in one table without any
 * framework in it. The React 19 JSX types (`dossier-widgets/react`) and the Vue 3 template types
 * (`dossier-widgets/vue`) are both built from it. Types only: this module has no runtime code.
 */
import type { ActorCard } from '../components/actor-card/actor-card.component.js';
import type { ActorList } from '../components/actor-list/actor-list.component.js';
import type { DossierFeed } from '../components/dossier-feed/dossier-feed.component.js';
import type { DossierIntro } from '../components/dossier-intro/dossier-intro.component.js';
import type { DossierQuote } from '../components/dossier-quote/dossier-quote.component.js';
import type { InitiativeMap } from '../components/initiative-map/initiative-map.component.js';
import type { DossierErrorDetail, DossierLoadDetail, DossierRetryDetail, DossierSelectDetail } from '../core/events.js';

/** Every `dossier-*` event, by name. They bubble and are composed. */
export interface DossierEventMap {
  'dossier-load': CustomEvent<DossierLoadDetail>;
  'dossier-error': CustomEvent<DossierErrorDetail>;
  'dossier-retry': CustomEvent<DossierRetryDetail>;
  'dossier-select': CustomEvent<DossierSelectDetail>;
}

type WidgetEvents = Pick<DossierEventMap, 'dossier-load' | 'dossier-error' | 'dossier-retry'>;

/** The properties every widget has (from `DossierElement`). */
type WidgetProperty = 'feed' | 'theme';

/** No attribute-only spelling. */
type None = Record<never, never>;

/** One tag's entry. `Properties` must name members of `Class`, or this does not compile. */
interface Entry<Class extends HTMLElement, Properties extends keyof Class, Attributes, Events> {
  element: Class;
  properties: Properties;
  attributes: Attributes;
  events: Events;
}

type HeadingLevelAttribute = { 'heading-level'?: number | `${number}` };

/**
 * One entry per tag:
 * - `element`: the class;
 * - `properties`: the public properties a framework may set (camelCase, set as DOM properties);
 * - `attributes`: the attribute spellings that differ from the property names, for frameworks
 *   or server renderers that write attributes (`heading-level`, not `headingLevel`);
 * - `events`: the events it fires (`<dossier-feed>` fires none itself, but every widget's
 *   events bubble through it, so listening there catches them all).
 */
export interface DossierElements {
  'dossier-feed': Entry<DossierFeed, 'src' | 'timeout', None, DossierEventMap>;
  'dossier-quote': Entry<DossierQuote, WidgetProperty | 'quote' | 'actor' | 'item' | 'variant', None, WidgetEvents>;
  'actor-card': Entry<
    ActorCard,
    WidgetProperty | 'actor' | 'layout' | 'withQuote' | 'headingLevel',
    HeadingLevelAttribute & { 'with-quote'?: boolean },
    DossierEventMap
  >;
  'actor-list': Entry<
    ActorList,
    WidgetProperty | 'topic' | 'kind' | 'department' | 'layout' | 'sort' | 'headingLevel',
    HeadingLevelAttribute,
    DossierEventMap
  >;
  'initiative-map': Entry<
    InitiativeMap,
    WidgetProperty | 'departments' | 'region' | 'topic' | 'department' | 'view' | 'tiles' | 'tilesAttribution' | 'tilesConsent',
    { 'tiles-attribution'?: string; 'tiles-consent'?: boolean },
    DossierEventMap
  >;
  'dossier-intro': Entry<DossierIntro, WidgetProperty | 'headingLevel' | 'collapsed', HeadingLevelAttribute, WidgetEvents>;
}

export type DossierTag = keyof DossierElements;

/** The element class behind a tag. */
export type DossierElementOf<Tag extends DossierTag> = DossierElements[Tag]['element'];

/** Its settable properties, all optional, with the element's own types. */
export type DossierPropertiesOf<Tag extends DossierTag> = Partial<
  // `Entry` already checks the names; `Extract` only tells the compiler so.
  Pick<DossierElementOf<Tag>, Extract<DossierElements[Tag]['properties'], keyof DossierElementOf<Tag>>>
>;

/** Its properties plus the attribute spellings that differ from them. */
export type DossierAttributesOf<Tag extends DossierTag> = DossierPropertiesOf<Tag> & DossierElements[Tag]['attributes'];

/** The events a tag fires, by name. */
export type DossierEventsOf<Tag extends DossierTag> = DossierElements[Tag]['events'];
