/** English: Strings of <dossier-quote>. */
import type { quote as frQuote } from '../fr/quote.js';

export const quote: typeof frQuote = {
  readMore: 'Read the testimony',
  dossier: 'Dossier “{title}”',
};
