/** French: Strings every element uses: loading, errors, retry. */
export const core = {
  loading: 'Chargement du dossier…',
  retry: 'Réessayer',
  errors: {
    network: 'Le dossier n’a pas pu être chargé (connexion impossible).',
    http: 'Le dossier est indisponible pour le moment (erreur {status}).',
    'not-json': 'Le dossier est illisible pour le moment.',
    invalid: 'Le dossier est illisible pour le moment.',
    timeout: 'Le dossier met trop de temps à répondre.',
    'not-found': 'Ce contenu est introuvable dans le dossier.',
    'too-large': 'Le dossier est trop volumineux.',
  },
};
