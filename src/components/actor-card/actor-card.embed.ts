/** How the embed generator offers `<actor-card>`: which actor, which layout, with or without their quote. */
import type { EmbedDescriptor, Options } from '../../generator/embed-descriptor.js';
import { stringOption } from '../../generator/embed-descriptor.js';
import { actorDetails, dossierLink, type FallbackElement, type FallbackNode, h, inLang, langApart, link } from '../../generator/fallback.js';
import type { GeneratorStrings } from '../../generator/strings.js';
import { contentLang } from '../../core/lang.js';
import { safeLinkUrl } from '../../feed/safe-url.js';
import { pick } from '../../i18n/languages.js';
import { format } from '../../i18n/messages.js';
import { card } from '../../i18n/tables/card.js';
import type { Actor, Dossier } from '../../feed/model.js';
import { cardDetails, placeLine } from './card-lines.js';
import { testimonyUrl } from './testimony-url.js';
import { actorSchema } from '../../embed-site/page.js';

/** The actor's name linked to their testimony, else their site, else bare (the list's fallback names). */
export const actorLink = (actor: Actor): FallbackNode => link(testimonyUrl(actor) ?? actor.url, actor.name);

/**
 * The card's head and place, one line each, as the card shows them: the name (`name`: bold, or
 * linked), "Kind · Role · Organisation", "Place (département)". Feed words carry the feed's
 * language when it is not the widget's; the kind is the widget's (the card's own words).
 */
export function actorHead(actor: Actor, dossier: Dossier, lang: string, name: FallbackNode, withPlace = true): FallbackNode[] {
  const feedLang = langApart(contentLang(dossier), lang);
  const details = cardDetails(actor);
  const place = withPlace && actor.place && placeLine(actor.place);
  return [
    name,
    h('br', {}),
    pick(lang, card).kind[actor.kind],
    ...(details ? [' · ', inLang(feedLang, details)] : []),
    ...(place ? [h('br', {}), inLang(feedLang, place)] : []),
  ];
}

/**
 * The card as plain paragraphs, in the card's order and about its room in the page's own
 * typography (one paragraph per row of the card: head and place, summary, themes, quote, links; a
 * compact card's head and links), so that
 * the rendered card replaces it without moving the page (`BENCH_ONLY=cls npm run bench`).
 */
function cardFallback(actor: Actor, dossier: Dossier, lang: string, words: GeneratorStrings['snippet'], options: Options): FallbackElement[] {
  const feedLang = langApart(contentLang(dossier), lang);
  const t = pick(lang, card);
  // The compact card is its head and its links: no place, summary, themes nor quote.
  const full = stringOption(options, 'card-layout') !== 'compact';
  const quote = full && options['with-quote'] === true ? actor.quotes[0] : undefined;
  const testimony = safeLinkUrl(testimonyUrl(actor));
  const website = safeLinkUrl(actor.url);
  const links = [...(testimony ? [h('a', { href: testimony }, t.testimony)] : []), ...(website ? [h('a', { href: website }, t.website)] : [])];
  const themes = actor.themes.map((theme) => theme.name).join(', ');
  return [
    h('p', {}, ...actorHead(actor, dossier, lang, h('strong', { lang: feedLang }, actor.name), full)),
    ...(full && actor.summary ? [h('p', { lang: feedLang }, actor.summary)] : []),
    ...(full && themes ? [h('p', {}, `${words.themes} `, inLang(feedLang, themes))] : []),
    ...(quote ? [h('blockquote', { lang: langApart(contentLang(dossier, quote.item?.language), lang) }, h('p', {}, quote.text))] : []),
    ...(links.length ? [h('p', {}, ...links.flatMap((a, i) => (i ? [' · ', a] : [a])))] : []),
  ];
}

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
    return cardFallback(actor, dossier, lang, words, options);
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
