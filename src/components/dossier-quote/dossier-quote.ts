import { define } from '../../core/define.js';
import { DossierQuote } from './dossier-quote.component.js';

export { DossierQuote };

define('dossier-quote', DossierQuote);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-quote': DossierQuote;
  }
}

/** What React and Vue may set on it and hear from it (src/frameworks/). */
declare module '../../frameworks/elements.js' {
  interface DossierElements {
    'dossier-quote': Entry<DossierQuote, WidgetProperty | 'quote' | 'actor' | 'item' | 'variant', None, WidgetEvents>;
  }
}
