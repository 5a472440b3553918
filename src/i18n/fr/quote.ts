/** French: Strings of <dossier-quote>. */
export const quote = {
  readMore: 'Lire le témoignage',
  dossier: 'Dossier « {title} »',
};
