/**
 * The feed's `language` fields (feed, `_dossier`, each item) checked against BCP 47's shape: a
 * language of two or three letters, then subtags of one to eight letters or digits (`fr`,
 * `fr-FR`, `zh-Hant-TW`, `es-419`, `ca-ES-valencia`). The schema's `languageTag` pattern is the
 * same grammar (test/node/language-tag.test.mjs keeps them one).
 *
 * It runs here, in the publisher's tools, rather than in the widgets' parser: every partner page
 * downloads that parser, and the quote page has no bytes left under its 13.5 KB ceiling. In the
 * page a tag only ever reaches a `lang` attribute through Lit's attribute binding, which cannot
 * be broken out of; the embed generator refuses to freeze a pre-render holding markup
 * characters in an attribute (src/generator/prerender.ts).
 */
import type { FeedProblem } from '../feed/model.js';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A problem for each `language` that is present but not a language tag, at its JSON path. */
export function languageProblems(json: unknown): FeedProblem[] {
  if (!isObject(json)) return [];
  const problems: FeedProblem[] = [];
  const check = (o: unknown, path: string) => {
    if (!isObject(o) || o.language === undefined) return;
    const tag = typeof o.language === 'string' ? o.language.trim() : '';
    if (!LANGUAGE_TAG.test(tag)) problems.push({ path: path ? `${path}.language` : 'language', message: 'expected a language tag' });
  };
  check(json, '');
  check(json._dossier, '_dossier');
  if (Array.isArray(json.items)) json.items.forEach((item, i) => check(item, `items[${i}]`));
  return problems;
}
