/** English: Strings of <actor-card> and <actor-list>. */
import type { card as frCard, list as frList } from '../fr/card.js';

export const card: typeof frCard = {
  kind: { person: 'Person', organisation: 'Organisation' },
  testimony: 'Read the testimony',
  website: 'Website',
  themes: 'Themes',
};

export const list: typeof frList = {
  label: 'Actors of the dossier “{title}”',
  empty: 'No actor matches these criteria.',
  count: { one: '{count} actor', other: '{count} actors' },
};
