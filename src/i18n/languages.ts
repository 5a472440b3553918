/**
 * The widgets' interface languages: THE list. French first: the default, and the language
 * every other one is checked against.
 *
 * Adding a language takes one folder and one line:
 * 1. `src/i18n/<code>/`: a copy of `src/i18n/fr/`, translated (one module per element, the
 *    same exports, every key; keep the `{placeholders}`);
 * 2. its code, a primary language subtag (`de`, not `de-DE`), at the end of `languages` below;
 * 3. `node scripts/i18n.mjs`, which writes `src/i18n/tables/` from this list and the folders
 *    (`npm test` fails while they are stale, or while a language lacks a module or a key).
 *
 * Elements never import a language folder: they take their strings from a table
 * (`pick(this.language, quote)` with `quote` from `tables/quote.js`), one entry per language, in
 * this order. One table per module, so that each element's chunk carries its own strings only.
 */
export const languages = ['fr', 'en'] as const;

export type Language = (typeof languages)[number];

/** One `T` per entry of the tuple `L` (a mapped tuple type: generic, so that it stays a tuple). */
type Each<L extends readonly unknown[], T> = { readonly [K in keyof L]: T };

/** One entry per language of `languages`, in its order (tsc fails on a table without every language). */
export type Table<T> = Each<typeof languages, T>;

/**
 * The entry of `table` for `lang`, a BCP 47 tag (the element's language, see core/lang.ts):
 * by its primary subtag (`en-US` → `en`); French when the list does not have it.
 */
export const pick = <T>(lang: string, table: Table<T>): T =>
  table[(languages as readonly string[]).indexOf(lang.toLowerCase().split('-')[0]!)] ?? table[0];

/** The language of the list that `lang` gets (`en-GB` → `en`, `de` → `fr` while German is not in the list). */
export const languageOf = (lang: string): Language => pick(lang, languages);
