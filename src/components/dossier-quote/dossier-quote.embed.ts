/** How the embed generator offers `<dossier-quote>`: which quote, which variant; its words as fallback. */
import type { EmbedDescriptor } from '../../generator/embed-descriptor.js';
import { stringOption } from '../../generator/embed-descriptor.js';
import { actorDetails, dossierLink, h, langApart, link } from '../../generator/fallback.js';
import { safeLinkUrl } from '../../feed/safe-url.js';
import { contentLang } from '../../core/lang.js';
import { format } from '../../i18n/messages.js';
import { actorSchema, dossierSchema, prune } from '../../embed-site/page.js';

/** A one-line excerpt for a `<select>` option. */
function truncate(text: string, length: number) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

export const embed: EmbedDescriptor = {
  options: [
    {
      kind: 'select',
      id: 'quote',
      attribute: 'quote',
      required: true,
      label: (s) => s.content.quote,
      empty: (s) => s.content.noQuotes,
      choices: ({ dossier, s }) =>
        [...dossier.quotes.values()].map((q) => [q.id, format(s.content.quoteOption, { name: q.actor.name, text: truncate(q.text, 70) })]),
    },
    { kind: 'radios', id: 'variant', attribute: 'variant', values: ['card', 'inline'], label: (s) => s.content.variant, labels: (s) => s.content.variants },
  ],
  fallback(dossier, options, lang, words) {
    const id = stringOption(options, 'quote');
    const quote = id ? dossier.quotes.get(id) : [...dossier.quotes.values()][0];
    if (!quote) return [dossierLink(dossier, words)];
    const who = actorDetails(quote.actor);
    const url = safeLinkUrl(quote.url);
    return [
      h('blockquote', { cite: url, lang: langApart(contentLang(dossier, quote.item?.language), lang) }, h('p', {}, quote.text), h('footer', {}, `— ${quote.actor.name}${who ? `, ${who}` : ''}`)),
      ...(url ? [h('p', {}, link(url, words.testimony))] : []),
    ];
  },
  prerender: true,
  // One page per quote: the words, said by the actor, part of the dossier.
  pages: (dossier) =>
    [...dossier.quotes.values()].map((quote) => ({
      type: 'quote',
      id: quote.id,
      options: { quote: quote.id },
      title: `${quote.actor.name} — ${dossier.title}`,
      description: quote.text,
      lang: contentLang(dossier, quote.item?.language),
      image: quote.actor.image,
      canonical: safeLinkUrl(quote.url) ?? dossier.url,
      schema: prune({
        '@type': 'Quotation',
        text: quote.text,
        inLanguage: contentLang(dossier, quote.item?.language),
        spokenByCharacter: actorSchema(quote.actor),
        url: safeLinkUrl(quote.url),
        isPartOf: dossierSchema(dossier),
      }),
      height: 320,
    })),
  page: {
    type: 'quote',
    entry: (options) => stringOption(options, 'quote'),
    title: (dossier, options, words) => {
      const quote = dossier.quotes.get(stringOption(options, 'quote'));
      return quote ? format(words.frameTitle.quote, { name: quote.actor.name, title: dossier.title }) : dossier.title;
    },
    height: 320,
  },
};
