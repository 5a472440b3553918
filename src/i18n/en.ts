import type { Messages } from './fr.js';

/** English interface strings. */
export const en: Messages = {
  loading: 'Loading the dossier…',
  retry: 'Try again',
  errors: {
    network: 'The dossier could not be loaded (no connection).',
    http: 'The dossier is unavailable right now (error {status}).',
    'not-json': 'The dossier cannot be read right now.',
    invalid: 'The dossier cannot be read right now.',
    timeout: 'The dossier is taking too long to answer.',
    'not-found': 'This content cannot be found in the dossier.',
  },
  quote: {
    readMore: 'Read the testimony',
    dossier: 'Dossier “{title}”',
  },
  intro: {
    readMore: 'Read more',
    showLess: 'Show less',
    by: 'By {authors}',
    published: 'Published on {date}',
    dossier: 'See the full dossier',
    actors: 'The dossier’s actors',
  },
  card: {
    kind: { person: 'Person', organisation: 'Organisation' },
    testimony: 'Read the testimony',
    website: 'Website',
    themes: 'Themes',
  },
  list: {
    label: 'Actors of the dossier “{title}”',
    empty: 'No actor matches these criteria.',
    count: { one: '{count} actor', other: '{count} actors' },
  },
};
