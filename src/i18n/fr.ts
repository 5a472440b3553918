/** French interface strings: the default language. */
export const fr = {
  loading: 'Chargement du dossier…',
  retry: 'Réessayer',
  errors: {
    network: 'Le dossier n’a pas pu être chargé (connexion impossible).',
    http: 'Le dossier est indisponible pour le moment (erreur {status}).',
    'not-json': 'Le dossier est illisible pour le moment.',
    invalid: 'Le dossier est illisible pour le moment.',
    timeout: 'Le dossier met trop de temps à répondre.',
    'not-found': 'Ce contenu est introuvable dans le dossier.',
  },
  quote: {
    readMore: 'Lire le témoignage',
    dossier: 'Dossier « {title} »',
  },
  intro: {
    readMore: 'Lire la suite',
    showLess: 'Réduire',
    by: 'Par {authors}',
    published: 'Publié le {date}',
    dossier: 'Voir le dossier complet',
    actors: 'Les acteurs du dossier',
  },
  card: {
    kind: { person: 'Personne', organisation: 'Organisation' },
    testimony: 'Lire le témoignage',
    website: 'Site web',
    themes: 'Thèmes',
  },
  list: {
    label: 'Acteurs du dossier « {title} »',
    empty: 'Aucun acteur ne correspond à ces critères.',
    count: { one: '{count} acteur', other: '{count} acteurs' },
  },
};

export type Messages = typeof fr;
