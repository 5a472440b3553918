/**
 * The embed generator's strings, from one module per language folder (`src/i18n/<lang>/generator.ts`),
 * like the widgets' own: adding a language to the list gives the generator that language too.
 */
import { languages, pick, type Language } from '../i18n/languages.js';
import { generator } from '../i18n/tables/generator.js';

export type GeneratorStrings = (typeof generator)[0];

/** A language the generator can write a widget in: every interface language. */
export type WidgetLang = Language;
export const WIDGET_LANGS = languages;

/** The strings for `lang` (its primary subtag; French when the list lacks it). */
export const stringsFor = (lang: string): GeneratorStrings => pick(lang, generator);

/** A language's own name, in itself ("Français", "English"), from the browser's Intl data. */
const languageName = (code: string) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

/** Each language's own name, computed once: the language choice renders with every change to the form. */
export const LANGUAGE_NAMES = Object.fromEntries(languages.map((code) => [code, languageName(code)])) as Record<WidgetLang, string>;
