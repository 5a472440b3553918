/**
 * What a framework may set on each element, and which events it fires, in one table without any
 * framework in it. The React 19 JSX types (`dossier-widgets/react`) and the Vue 3 template types
 * (`dossier-widgets/vue`) are both built from it. Types only: this module has no runtime code.
 */
import type { DossierTag as TableTag } from '../elements.js';
import type { DossierErrorDetail, DossierLoadDetail, DossierRetryDetail, DossierSelectDetail, DossierStaleDetail } from '../core/events.js';

/** Every `dossier-*` event, by name. They bubble and are composed. */
export interface DossierEventMap {
  'dossier-load': CustomEvent<DossierLoadDetail>;
  'dossier-error': CustomEvent<DossierErrorDetail>;
  'dossier-stale': CustomEvent<DossierStaleDetail>;
  'dossier-retry': CustomEvent<DossierRetryDetail>;
  'dossier-select': CustomEvent<DossierSelectDetail>;
}

export type WidgetEvents = Pick<DossierEventMap, 'dossier-load' | 'dossier-error' | 'dossier-stale' | 'dossier-retry'>;

/** The properties every widget has (from `DossierElement`). */
export type WidgetProperty = 'feed' | 'theme' | 'cache';

/** No attribute-only spelling. */
export type None = Record<never, never>;

/** One tag's entry. `Properties` must name members of `Class`, or this does not compile. */
export interface Entry<Class extends HTMLElement, Properties extends keyof Class, Attributes, Events> {
  element: Class;
  properties: Properties;
  attributes: Attributes;
  events: Events;
}

export type HeadingLevelAttribute = { 'heading-level'?: number | `${number}` };

/**
 * One entry per tag, declared by the tag's own registering module (`<tag>.ts`, next to its
 * `HTMLElementTagNameMap` entry) by augmenting this interface:
 * - `element`: the class;
 * - `properties`: the public properties a framework may set (camelCase, set as DOM properties);
 * - `attributes`: the attribute spellings that differ from the property names, for frameworks
 *   or server renderers that write attributes (`heading-level`, not `headingLevel`);
 * - `events`: the events it fires (`<dossier-feed>` fires none itself, but every widget's
 *   events bubble through it, so listening there catches them all).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each tag's module (declaration merging).
export interface DossierElements {}

/** A tag the package defines. */
export type DossierTag = keyof DossierElements;

/** Fails to compile while a tag of the element table (src/elements.ts) has no entry here, or an entry no tag. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type EveryTagHasAnEntry = Assert<Exactly<DossierTag, TableTag>>;

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
