/** Dates, lists and counts in the element's language, with the browser's own Intl data. */
export const formatDate = (date: Date, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);

/** A list ("A, B et C") as parts: `element` for an item, `literal` for ", " and " et ", so that the items can carry their own language. */
export const listParts = (items: string[], lang: string) =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).formatToParts(items);

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form (`one` / `other`) for `count` in `lang` (rules built once per language: a map labels hundreds of clusters). */
export function plural(forms: { one: string; other: string }, count: number, lang: string) {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return (rules.select(count) === 'one' ? forms.one : forms.other).replace('{count}', String(count));
}
