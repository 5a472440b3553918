import { define } from '../../core/define.js';
import { ActorList } from './actor-list.component.js';

export { ActorList };

define('actor-list', ActorList);

declare global {
  interface HTMLElementTagNameMap {
    'actor-list': ActorList;
  }
}

/** What React and Vue may set on it and hear from it (src/frameworks/). */
declare module '../../frameworks/elements.js' {
  interface DossierElements {
    'actor-list': Entry<
      ActorList,
      WidgetProperty | 'topic' | 'kind' | 'department' | 'layout' | 'sort' | 'headingLevel',
      HeadingLevelAttribute,
      DossierEventMap
    >;
  }
}
