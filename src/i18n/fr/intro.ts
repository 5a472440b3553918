/** French: Strings of <dossier-intro>. */
export const intro = {
  readMore: 'Lire la suite',
  showLess: 'Réduire',
  by: 'Par {authors}',
  published: 'Publié le {date}',
  dossier: 'Voir le dossier complet',
  actors: 'Les acteurs du dossier',
};
