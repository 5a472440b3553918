/**
 * The classes and the feed API, without registering any tag: for apps that register elements
 * under their own names or subclass them. `dossier-widgets/dossier-quote.js` (and the other
 * per-element entries) register one tag; `dossier-widgets/all.js` registers them all.
 */
export { DossierFeed } from './components/dossier-feed/dossier-feed.component.js';
export { DossierQuote } from './components/dossier-quote/dossier-quote.component.js';
export { ActorCard } from './components/actor-card/actor-card.component.js';
export { ActorList } from './components/actor-list/actor-list.component.js';
export { InitiativeMap } from './components/initiative-map/initiative-map.component.js';
export { DossierIntro } from './components/dossier-intro/dossier-intro.component.js';
export { sanitizeHtml } from './core/sanitize-html.js';
export { DossierElement, type Theme } from './core/dossier-element.js';
export { DossierController } from './core/dossier-controller.js';
export { feedContext, type FeedSource } from './core/feed-context.js';
export { define } from './core/define.js';
export type * from './core/events.js';
export type * from './frameworks/elements.js';
export * from './feed/index.js';
export { VERSION } from './version.js';
