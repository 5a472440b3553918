/** How the embed generator offers `<actor-list>`: its filters, layout and order; the listed actors as fallback. */
import type { EmbedDescriptor, Options } from '../../generator/embed-descriptor.js';
import { stringOption } from '../../generator/embed-descriptor.js';
import { dossierLink, h, langApart } from '../../generator/fallback.js';
import { departmentOption, topicOption } from '../../generator/filter-options.js';
import { contentLang } from '../../core/lang.js';
import { plural } from '../../i18n/format.js';
import type { Dossier } from '../../feed/model.js';
import { actorHead, actorLink } from '../actor-card/actor-card.embed.js';
import { selectActors } from './select-actors.js';

/** The actors the element shows for these options: its own selection. */
const listed = (dossier: Dossier, options: Options, lang: string) =>
  selectActors(
    dossier,
    {
      topic: stringOption(options, 'topic'),
      kind: stringOption(options, 'kind'),
      department: stringOption(options, 'department'),
      sort: options.sort === 'name' ? 'name' : 'feed',
    },
    lang,
  );

export const embed: EmbedDescriptor = {
  options: [
    topicOption,
    {
      kind: 'select',
      id: 'kind',
      attribute: 'kind',
      label: (s) => s.content.kind,
      choices: ({ s }) => [
        ['', s.content.all],
        ['person', s.content.kinds.person],
        ['organisation', s.content.kinds.organisation],
      ],
    },
    departmentOption,
    { kind: 'radios', id: 'list-layout', attribute: 'layout', values: ['grid', 'list'], label: (s) => s.content.listLayout, labels: (s) => s.content.listLayouts },
    { kind: 'radios', id: 'sort', attribute: 'sort', values: ['feed', 'name'], label: (s) => s.content.sort, labels: (s) => s.content.sorts },
  ],
  hint: ({ dossier, options, s, uiLang, lang }) => plural(s.content.matches.actors, listed(dossier, options, lang).length, uiLang),
  fallback(dossier, options, lang, words) {
    const actors = listed(dossier, options, lang);
    if (!actors.length) return [dossierLink(dossier, words)];
    // Each actor as their card's head (name linked to the testimony, kind and role, place):
    // three lines where the widget shows a card, so that the list is about as tall as its grid
    // of cards on a desktop column, and on a phone already takes what follows it below the
    // screen: the cards replace it without moving what one sees (`BENCH_ONLY=cls npm run bench`).
    const feedLang = langApart(contentLang(dossier), lang);
    return [h('ul', {}, ...actors.map((actor) => h('li', {}, ...actorHead(actor, dossier, lang, h('strong', { lang: feedLang }, actorLink(actor))))))];
  },
  prerender: true,
};
