/** English: the note of a widget that shows its last good copy because the feed failed. */
import type { cache as frCache } from '../fr/cache.js';

export const cache: typeof frCache = {
  stale: 'As of {date}: the dossier could not be updated',
};
