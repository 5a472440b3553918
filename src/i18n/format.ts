/** Dates, lists and counts in the element's language, with the browser's own Intl data. */
export const formatDate = (date: Date, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);

export const formatList = (items: string[], lang: string) =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form (`one` / `other`) for `count` in `lang` (rules built once per language: a map labels hundreds of clusters). */
export function plural(forms: { one: string; other: string }, count: number, lang: string) {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return (rules.select(count) === 'one' ? forms.one : forms.other).replace('{count}', String(count));
}
