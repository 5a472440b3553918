import { define } from '../../core/define.js';
import { DossierIntro } from './dossier-intro.component.js';

export { DossierIntro };

define('dossier-intro', DossierIntro);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-intro': DossierIntro;
  }
}
