/**
 * Interface strings live in one folder per language (`fr/`, `en/`, … listed in languages.ts),
 * one module per element, and reach elements through the generated per-element tables of
 * `tables/`: `pick(this.language, quote)`. Each element's chunk carries only its own strings: a
 * page with a quote does not download the map's vocabulary. French is the default.
 */
import { pick } from './languages.js';
import { core } from './tables/core.js';

export type Messages = (typeof core)[0];

/** The strings every element uses (loading, errors, retry). */
export const messagesFor = (lang: string): Messages => pick(lang, core);

/** Fills `{name}` placeholders. */
export const format = (template: string, values: Record<string, string | number | undefined>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
