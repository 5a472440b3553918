import { define } from '../../core/define.js';
import { ActorList } from './actor-list.component.js';

export { ActorList };

define('actor-list', ActorList);

declare global {
  interface HTMLElementTagNameMap {
    'actor-list': ActorList;
  }
}
