import { define } from '../../core/define.js';
import { DossierFeed } from './dossier-feed.component.js';

export { DossierFeed };

define('dossier-feed', DossierFeed);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-feed': DossierFeed;
  }
}
