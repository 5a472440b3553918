import { define } from '../../core/define.js';
import { InitiativeMap } from './initiative-map.component.js';

export { InitiativeMap };

define('initiative-map', InitiativeMap);

declare global {
  interface HTMLElementTagNameMap {
    'initiative-map': InitiativeMap;
  }
}

/** What React and Vue may set on it and hear from it (src/frameworks/). */
declare module '../../frameworks/elements.js' {
  interface DossierElements {
    'initiative-map': Entry<
      InitiativeMap,
      WidgetProperty | 'departments' | 'region' | 'topic' | 'department' | 'view' | 'tiles' | 'tilesAttribution' | 'tilesConsent',
      { 'tiles-attribution'?: string; 'tiles-consent'?: boolean },
      DossierEventMap
    >;
  }
}
