/** How the embed generator offers `<dossier-intro>`: open or collapsed; the standfirst and a link as fallback. */
import type { EmbedDescriptor } from '../../generator/embed-descriptor.js';
import { dossierLink, h } from '../../generator/fallback.js';

export const embed: EmbedDescriptor = {
  options: [{ kind: 'check', id: 'collapsed', attribute: 'collapsed', label: (s) => s.content.collapsed }],
  fallback: (dossier, _options, _lang, words) => [h('p', {}, dossier.standfirst ?? dossier.title), dossierLink(dossier, words)],
  prerender: true,
};
