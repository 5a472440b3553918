/** How the embed generator offers `<actor-card>`: which actor, which layout, with or without their quote. */
import type { EmbedDescriptor } from '../../generator/embed-descriptor.js';
import { stringOption } from '../../generator/embed-descriptor.js';
import { actorDetails, dossierLink, type FallbackNode, h, langApart, link } from '../../generator/fallback.js';
import { contentLang } from '../../core/lang.js';
import { format } from '../../i18n/messages.js';
import type { Actor } from '../../feed/model.js';
import { testimonyUrl } from './testimony-url.js';
import { actorSchema } from '../../embed-site/page.js';

/** "Name — Role, Organisation", the name linked to the actor's testimony, else their site (also the list's fallback lines). */
export const actorLine = (actor: Actor): FallbackNode[] => {
  const line = actorDetails(actor);
  return [link(testimonyUrl(actor) ?? actor.url, actor.name), ...(line ? [` — ${line}`] : [])];
};

export const embed: EmbedDescriptor = {
  options: [
    {
      kind: 'select',
      id: 'actor',
      attribute: 'actor',
      required: true,
      label: (s) => s.content.actor,
      empty: (s) => s.content.noActors,
      choices: ({ dossier }) => [...dossier.actors.values()].map((a) => [a.id, a.role ? `${a.name} (${a.role})` : a.name]),
    },
    {
      kind: 'radios',
      id: 'card-layout',
      attribute: 'layout',
      values: ['vertical', 'horizontal', 'compact'],
      label: (s) => s.content.cardLayout,
      labels: (s) => s.content.cardLayouts,
    },
    { kind: 'check', id: 'with-quote', attribute: 'with-quote', label: (s) => s.content.withQuote },
  ],
  fallback(dossier, options, lang, words) {
    const actor = dossier.actors.get(stringOption(options, 'actor'));
    if (!actor) return [dossierLink(dossier, words)];
    const quote = options['with-quote'] === true ? actor.quotes[0] : undefined;
    return [
      h('p', { lang: langApart(contentLang(dossier), lang) }, ...actorLine(actor)),
      ...(quote ? [h('blockquote', { lang: langApart(contentLang(dossier, quote.item?.language), lang) }, h('p', {}, quote.text))] : []),
    ];
  },
  prerender: true,
  // One page per actor: the card with their first quote, a Person or Organization.
  pages: (dossier) =>
    [...dossier.actors.values()].map((actor) => ({
      type: 'actor',
      id: actor.id,
      options: { actor: actor.id, 'with-quote': actor.quotes.length > 0 },
      title: `${actor.name} — ${dossier.title}`,
      description: [actorDetails(actor), actor.summary ?? actor.quotes[0]?.text].filter(Boolean).join(' — ') || actor.name,
      lang: contentLang(dossier),
      image: actor.image,
      canonical: testimonyUrl(actor) ?? actor.url ?? dossier.url,
      schema: actorSchema(actor),
      height: actor.quotes.length ? 520 : 280,
    })),
  page: {
    type: 'actor',
    entry: (options) => stringOption(options, 'actor'),
    title: (dossier, options, words) => {
      const actor = dossier.actors.get(stringOption(options, 'actor'));
      return actor ? format(words.frameTitle.actor, { name: actor.name, title: dossier.title }) : dossier.title;
    },
    height: 520,
  },
};
