/** Dates, lists and counts in the element's language, with the browser's own Intl data. */
export const formatDate = (date: Date, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);

export const formatList = (items: string[], lang: string) =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

/** Picks the plural form (`one` / `other`) for `count` in `lang`. */
export const plural = (forms: { one: string; other: string }, count: number, lang: string) =>
  (new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other).replace('{count}', String(count));
