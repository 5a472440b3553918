/** Registers every element: the entry behind the script-tag build. */
import './components/dossier-feed/dossier-feed.js';
import './components/dossier-quote/dossier-quote.js';
import './components/actor-card/actor-card.js';
import './components/actor-list/actor-list.js';
import './components/initiative-map/initiative-map.js';
import './components/dossier-intro/dossier-intro.js';

export * from './index.js';
