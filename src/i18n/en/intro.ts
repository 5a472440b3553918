/** English: Strings of <dossier-intro>. */
import type { intro as frIntro } from '../fr/intro.js';

export const intro: typeof frIntro = {
  readMore: 'Read more',
  showLess: 'Show less',
  by: 'By {authors}',
  published: 'Published on {date}',
  dossier: 'See the full dossier',
  actors: 'The dossier’s actors',
};
