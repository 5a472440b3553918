/** How the embed generator offers `<dossier-intro>`: open or collapsed; the standfirst and a link as fallback. */
import type { EmbedDescriptor } from '../../generator/embed-descriptor.js';
import { contentLang } from '../../core/lang.js';
import { format } from '../../i18n/messages.js';
import { dossierLink, h, langApart } from '../../generator/fallback.js';
import { prune } from '../../embed-site/page.js';

export const embed: EmbedDescriptor = {
  options: [{ kind: 'check', id: 'collapsed', attribute: 'collapsed', label: (s) => s.content.collapsed }],
  fallback: (dossier, _options, lang, words) => [h('p', { lang: langApart(contentLang(dossier), lang) }, dossier.standfirst ?? dossier.title), dossierLink(dossier, words)],
  prerender: true,
  // One page per dossier: its intro, an Article.
  pages: (dossier) => [
    {
      type: 'intro',
      options: {},
      title: dossier.title,
      description: dossier.standfirst ?? dossier.title,
      lang: contentLang(dossier),
      canonical: dossier.url,
      schema: prune({
        '@type': 'Article',
        headline: dossier.title,
        description: dossier.standfirst,
        url: dossier.url,
        inLanguage: contentLang(dossier),
        datePublished: dossier.published?.toISOString(),
        author: dossier.authors.map((author) => prune({ '@type': 'Person', name: author.name, url: author.url })),
      }),
      height: 600,
    },
  ],
  page: { type: 'intro', title: (dossier, _options, words) => format(words.frameTitle.intro, { title: dossier.title }), height: 600 },
};
