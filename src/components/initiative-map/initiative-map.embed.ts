/**
 * How the embed generator offers `<initiative-map>`: its filters; the initiatives and their places
 * as a fallback list. Not pre-rendered: the map keeps a fixed aspect ratio and never shifts.
 */
import type { EmbedDescriptor, Options } from '../../generator/embed-descriptor.js';
import { stringOption } from '../../generator/embed-descriptor.js';
import { dossierLink, h, langApart, link } from '../../generator/fallback.js';
import { departmentOption, topicOption } from '../../generator/filter-options.js';
import { contentLang } from '../../core/lang.js';
import { plural } from '../../i18n/format.js';
import { format } from '../../i18n/messages.js';
import type { Dossier } from '../../feed/model.js';
import { selectInitiatives } from './select-initiatives.js';

/** The initiatives the element shows for these options: its own selection. */
const mapped = (dossier: Dossier, options: Options) =>
  selectInitiatives(dossier.initiatives.values(), stringOption(options, 'topic'), stringOption(options, 'department'));

export const embed: EmbedDescriptor = {
  options: [topicOption, departmentOption],
  hint: ({ dossier, options, s, uiLang }) => plural(s.content.matches.initiatives, mapped(dossier, options).length, uiLang),
  fallback(dossier, options, lang, words) {
    const initiatives = mapped(dossier, options);
    if (!initiatives.length) return [dossierLink(dossier, words)];
    return [h('ul', { lang: langApart(contentLang(dossier), lang) }, ...initiatives.map((i) => h('li', {}, link(i.url, i.name), ...(i.place ? [` — ${i.place.name}`] : []))))];
  },
  prerender: false,
  // The whole map: the page shows no filter (they need the script).
  page: { type: 'map', title: (dossier, _options, words) => format(words.frameTitle.map, { title: dossier.title }), height: 640 },
};
