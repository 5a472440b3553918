import { define } from '../../core/define.js';
import { DossierFeed } from './dossier-feed.component.js';

export { DossierFeed };

define('dossier-feed', DossierFeed);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-feed': DossierFeed;
  }
}

/** What React and Vue may set on it and hear from it (src/frameworks/). */
declare module '../../frameworks/elements.js' {
  interface DossierElements {
    'dossier-feed': Entry<DossierFeed, 'src' | 'timeout' | 'cache', None, DossierEventMap>;
  }
}
