/**
 * Interface strings live in one folder per language (`fr/`, `en/`), one module per element,
 * so that each element's chunk carries only its own strings: a page with a quote does not
 * download the map's vocabulary. French is the default; English when the element's language
 * (see core/lang.ts) is English.
 */
import { core as enCore } from './en/core.js';
import { core as frCore } from './fr/core.js';

export type Messages = typeof frCore;

export const isEnglish = (lang: string) => /^en\b/i.test(lang);

/** The strings for `lang`: English ones if it is English, else French. */
export const localize = <T>(lang: string, fr: T, en: T): T => (isEnglish(lang) ? en : fr);

/** The strings every element uses (loading, errors, retry). */
export const messagesFor = (lang: string): Messages => localize(lang, frCore, enCore);

/** Fills `{name}` placeholders. */
export const format = (template: string, values: Record<string, string | number | undefined>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
