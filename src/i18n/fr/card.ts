/** French: Strings of <actor-card> and <actor-list>. */
export const card = {
  kind: { person: 'Personne', organisation: 'Organisation' },
  testimony: 'Lire le témoignage',
  website: 'Site web',
  themes: 'Thèmes',
};

export const list = {
  label: 'Acteurs du dossier « {title} »',
  empty: 'Aucun acteur ne correspond à ces critères.',
  count: { one: '{count} acteur', other: '{count} acteurs' },
};
