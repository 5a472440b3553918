/**
 * The feed's `language` fields (feed, `_dossier`, each item) checked against BCP 47's shape
 * (`LANGUAGE_TAG`, language-tag.ts), for `dossier-widgets validate`.
 *
 * The parser checks each `language` it reads, with the same grammar and message (so the widgets
 * never put a bad one in a `lang` attribute): validate-feed.ts keeps this module's problems only
 * at paths the parser did not report, so that each is reported once. What is left here is what
 * the parser does not read: the feed's `language` when `_dossier.language` is valid, and the
 * `language` of an item it dropped (without an id, say).
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
