import { define } from '../../core/define.js';
import { DossierIntro } from './dossier-intro.component.js';

export { DossierIntro };

define('dossier-intro', DossierIntro);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-intro': DossierIntro;
  }
}

/** What React and Vue may set on it and hear from it (src/frameworks/). */
declare module '../../frameworks/elements.js' {
  interface DossierElements {
    'dossier-intro': Entry<DossierIntro, WidgetProperty | 'headingLevel' | 'collapsed', HeadingLevelAttribute, WidgetEvents>;
  }
}
