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
import type { Dossier, Initiative } from '../../feed/model.js';
import { selectInitiatives } from './select-initiatives.js';
import { REGIONS } from './geometry/index.js';
import { actorSchema, dossierSchema, placeSchema, prune } from '../../embed-site/page.js';
import { safeLinkUrl } from '../../feed/safe-url.js';

let outlines: Promise<ReadonlyMap<string, unknown>> | undefined;

/** The initiatives the element shows for these options: its own selection. */
const mapped = (dossier: Dossier, options: Options) =>
  selectInitiatives(dossier.initiatives.values(), stringOption(options, 'topic'), stringOption(options, 'department'), stringOption(options, 'initiative'));

export const embed: EmbedDescriptor = {
  options: [
    topicOption,
    departmentOption,
    {
      kind: 'select',
      id: 'initiative',
      attribute: 'initiative',
      label: (s) => s.content.initiative,
      choices: ({ dossier, s }) => [['', s.content.allInitiatives], ...[...dossier.initiatives.values()].map((i): [string, string] => [i.id, i.name])],
    },
  ],
  hint: ({ dossier, options, s, uiLang }) => plural(s.content.matches.initiatives, mapped(dossier, options).length, uiLang),
  fallback(dossier, options, lang, words) {
    const initiatives = mapped(dossier, options);
    if (!initiatives.length) return [dossierLink(dossier, words)];
    return [h('ul', { lang: langApart(contentLang(dossier), lang) }, ...initiatives.map((i) => h('li', {}, link(i.url, i.name), ...(i.place ? [` — ${i.place.name}`] : []))))];
  },
  prerender: false,
  // Every region's outlines (about 100 KB of JSON), for server rendering: the map loads those it shows.
  preload: () =>
    (outlines ??= Promise.all(Object.entries(REGIONS).map(async ([region, load]) => [region, (await load()).default] as const)).then((entries) => new Map(entries))),
  // One page for the map of the dossier, and one per initiative (the map showing it alone).
  pages: (dossier) => [
    {
      type: 'map',
      options: {},
      title: dossier.title,
      description: [...dossier.initiatives.values()].map((i) => (i.place ? `${i.name} (${i.place.name})` : i.name)).join(' · ') || dossier.title,
      lang: contentLang(dossier),
      canonical: dossier.url,
      schema: { '@type': 'ItemList', name: dossier.title, itemListElement: [...dossier.initiatives.values()].map(initiativeSchema) },
      height: 640,
    },
    ...[...dossier.initiatives.values()].map((initiative) => ({
      type: 'initiative' as const,
      id: initiative.id,
      options: { initiative: initiative.id },
      title: initiative.place ? `${initiative.name} — ${initiative.place.name}` : initiative.name,
      description: initiative.summary ?? initiative.name,
      lang: contentLang(dossier),
      canonical: safeLinkUrl(initiative.url) ?? dossier.url,
      schema: { ...initiativeSchema(initiative), isPartOf: dossierSchema(dossier) },
      height: 640,
    })),
  ],
  // The whole map: the page shows no filter (they need the script).
  page: { type: 'map', title: (dossier, _options, words) => format(words.frameTitle.map, { title: dossier.title }), height: 640 },
};

/** An initiative as a schema.org Project (an organised undertaking), with its place and actors. */
const initiativeSchema = (initiative: Initiative) =>
  prune({
    '@type': 'Project',
    name: initiative.name,
    description: initiative.summary,
    url: safeLinkUrl(initiative.url),
    location: initiative.place ? placeSchema(initiative.place) : undefined,
    member: initiative.actors.length ? initiative.actors.map(actorSchema) : undefined,
  });
