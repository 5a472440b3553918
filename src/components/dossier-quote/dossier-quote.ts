import { define } from '../../core/define.js';
import { DossierQuote } from './dossier-quote.component.js';

export { DossierQuote };

define('dossier-quote', DossierQuote);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-quote': DossierQuote;
  }
}
