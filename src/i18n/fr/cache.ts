/**
 * French: the note of a widget that shows its last good copy because the feed failed. A module
 * of its own so that the cache's chunk (src/feed/feed-cache.ts) carries it, not the core chunk
 * every widget page needs first. `{date}` is the copy's date, formatted with Intl.
 */
export const cache = {
  stale: 'Contenu du {date} — le dossier n’a pas pu être mis à jour',
};
