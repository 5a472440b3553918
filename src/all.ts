/** Registers every element: the entry behind the script-tag build. */
import './components/dossier-feed/dossier-feed.js';
import './components/dossier-quote/dossier-quote.js';

export * from './index.js';
