/**
 * The filters that `<actor-list>` and `<initiative-map>` share (a theme, a département), as
 * generator options: one id each, so that a filter chosen for one element stays chosen when the
 * partner switches to the other.
 */
import type { Dossier } from '../feed/model.js';
import type { SelectOption } from './embed-descriptor.js';

/** The départements of the dossier's places, sorted: the choices of the département filter. */
export const dossierDepartments = (dossier: Dossier) =>
  [...new Set([...dossier.places.values()].map((p) => p.department).filter((d): d is string => !!d))].sort();

export const topicOption: SelectOption = {
  kind: 'select',
  id: 'topic',
  attribute: 'topic',
  label: (s) => s.content.topic,
  choices: ({ dossier, s }) => [['', s.content.all], ...[...dossier.themes.values()].map((t): [string, string] => [t.id, t.name])],
};

export const departmentOption: SelectOption = {
  kind: 'select',
  id: 'department',
  attribute: 'department',
  label: (s) => s.content.department,
  choices: ({ dossier, s }) => [['', s.content.all], ...dossierDepartments(dossier).map((d): [string, string] => [d, d])],
};
