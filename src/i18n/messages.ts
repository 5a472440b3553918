import { en } from './en.js';
import { fr, type Messages } from './fr.js';

export type { Messages };

/** French unless the language is English: the dossiers are French first. */
export const messagesFor = (lang: string): Messages => (/^en\b/i.test(lang) ? en : fr);

/** Fills `{name}` placeholders. */
export const format = (template: string, values: Record<string, string | number | undefined>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
