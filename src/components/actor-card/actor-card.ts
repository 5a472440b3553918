import { define } from '../../core/define.js';
import { ActorCard } from './actor-card.component.js';

export { ActorCard };

define('actor-card', ActorCard);

declare global {
  interface HTMLElementTagNameMap {
    'actor-card': ActorCard;
  }
}

/** What React and Vue may set on it and hear from it (src/frameworks/). */
declare module '../../frameworks/elements.js' {
  interface DossierElements {
    'actor-card': Entry<
      ActorCard,
      WidgetProperty | 'actor' | 'layout' | 'withQuote' | 'headingLevel',
      HeadingLevelAttribute & { 'with-quote'?: boolean },
      DossierEventMap
    >;
  }
}
