/**
 * The classes and the feed API, without registering any tag: for apps that register elements
 * under their own names or subclass them. `dossier-widgets/dossier-quote.js` (and the other
 * per-element entries) register one tag; `dossier-widgets/all.js` registers them all.
 */
import { ActorCard } from './components/actor-card/actor-card.component.js';
import { ActorList } from './components/actor-list/actor-list.component.js';
import { DossierFeed } from './components/dossier-feed/dossier-feed.component.js';
import { DossierIntro } from './components/dossier-intro/dossier-intro.component.js';
import { DossierQuote } from './components/dossier-quote/dossier-quote.component.js';
import { InitiativeMap } from './components/initiative-map/initiative-map.component.js';
import type { DossierTag } from './elements.js';

export { ActorCard, ActorList, DossierFeed, DossierIntro, DossierQuote, InitiativeMap };

/**
 * Each tag's class: the element table's class column (see src/elements.ts), which `all.ts`
 * registers. Also for apps that register the elements under their own names.
 */
export const ELEMENT_CLASSES = {
  'dossier-feed': DossierFeed,
  'dossier-quote': DossierQuote,
  'actor-card': ActorCard,
  'actor-list': ActorList,
  'initiative-map': InitiativeMap,
  'dossier-intro': DossierIntro,
} satisfies Record<DossierTag, CustomElementConstructor>;
export { sanitizeHtml } from './core/sanitize-html.js';
export { DossierElement, type Theme } from './core/dossier-element.js';
export { DossierController } from './core/dossier-controller.js';
export { feedContext, type FeedSource } from './core/feed-context.js';
export { define } from './core/define.js';
export type * from './core/events.js';
export type * from './frameworks/elements.js';
export * from './feed/index.js';
export { VERSION } from './version.js';
