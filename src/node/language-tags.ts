/**
 * The feed's `language` fields (feed, `_dossier`, each item) checked against BCP 47's shape
 * (`LANGUAGE_TAG`, language-tag.ts).
 *
 * It runs here, in the publisher's tools, rather than in the widgets' parser: every partner page
 * downloads that parser, and the quote page has no bytes left under its 13.5 KB ceiling. In the
 * page a tag only ever reaches a `lang` attribute through Lit's attribute binding, which cannot
 * be broken out of; the embed generator refuses to freeze a pre-render holding markup
 * characters in an attribute (src/generator/prerender.ts).
 */
import type { FeedProblem } from '../feed/model.js';
import { at, isObject } from '../feed/parse-feed.js';
import { LANGUAGE_TAG } from './language-tag.js';

/** A problem for each `language` that is present but not a language tag, at its JSON path. */
export function languageProblems(json: unknown): FeedProblem[] {
  if (!isObject(json)) return [];
  const problems: FeedProblem[] = [];
  const check = (o: unknown, path: string) => {
    if (!isObject(o) || o.language === undefined) return;
    const tag = typeof o.language === 'string' ? o.language.trim() : '';
    if (!LANGUAGE_TAG.test(tag)) problems.push({ path: at(path, 'language'), message: 'expected a language tag' });
  };
  check(json, '');
  check(json._dossier, '_dossier');
  if (Array.isArray(json.items)) json.items.forEach((item, i) => check(item, `items[${i}]`));
  return problems;
}
