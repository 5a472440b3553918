import { define } from '../../core/define.js';
import { InitiativeMap } from './initiative-map.component.js';

export { InitiativeMap };

define('initiative-map', InitiativeMap);

declare global {
  interface HTMLElementTagNameMap {
    'initiative-map': InitiativeMap;
  }
}
