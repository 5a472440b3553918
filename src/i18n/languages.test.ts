/**
 * Every language of the list has every string of the French modules, at every depth, with the
 * same `{placeholders}`: at the type level (tsc, `npm run typecheck`) and at run time.
 * The tables are generated from the list and the folders (scripts/i18n.mjs; test/node/i18n.test.mjs
 * fails while they are stale), so a language's missing module or key fails here.
 */
import { expect } from '@open-wc/testing';
import { languageOf, languages, pick } from './languages.js';
import * as tables from './tables/all.js';

type Tables = typeof tables;

/** Every key path of a strings module: `errors.network`, `count.one`… */
type DeepKeys<T> = T extends string ? never : { [K in keyof T & string]: T[K] extends string ? K : K | `${K}.${DeepKeys<T[K]>}` }[keyof T & string];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** True when every language's entry of the table has exactly the French entry's key paths. */
type SameKeys<Table extends readonly unknown[]> = { [I in keyof Table]: Same<DeepKeys<Table[I]>, DeepKeys<Table[0]>> }[number];

// Type level: tsc fails here when a language misses a key, or has one French does not.
const typeLevel: { [Name in keyof Tables]: true } = {} as { [Name in keyof Tables]: SameKeys<Tables[Name]> };
void typeLevel;

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

/** Differences between `other` and the French `fr`, as readable lines. */
function differences(fr: unknown, other: unknown, path: string): string[] {
  if (typeof fr === 'string') {
    if (typeof other !== 'string') return [`${path}: missing, or not a string`];
    if (!other.trim()) return [`${path}: empty`];
    const [a, b] = [placeholders(fr), placeholders(other)];
    return a.join() === b.join() ? [] : [`${path}: placeholders ${b.join(' ') || 'none'} instead of ${a.join(' ') || 'none'}`];
  }
  if (typeof other !== 'object' || other === null) return [`${path}: missing, or not an object`];
  const frObject = fr as Record<string, unknown>;
  const otherObject = other as Record<string, unknown>;
  return [
    ...Object.keys(frObject).flatMap((key) => differences(frObject[key], otherObject[key], `${path}.${key}`)),
    ...Object.keys(otherObject)
      .filter((key) => !(key in frObject))
      .map((key) => `${path}.${key}: not in French`),
  ];
}

describe('interface languages', () => {
  it('lists French first, and has one entry per language in every table', () => {
    expect(languages[0]).to.equal('fr');
    for (const [name, table] of Object.entries(tables)) expect(table, name).to.have.length(languages.length);
  });

  it('every language has every string of the French modules, at every depth, with the same placeholders', () => {
    const problems = Object.entries(tables).flatMap(([name, table]) =>
      languages.slice(1).flatMap((code, i) => differences(table[0], table[i + 1], `${code}: ${name}`)),
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the walk finds a missing nested key and a wrong placeholder', () => {
    const fr = { a: 'x {count}', nested: { one: 'y', other: 'z' } };
    expect(differences(fr, { a: 'x {count}', nested: { one: 'y' } }, 'de')).to.deep.equal(['de.nested.other: missing, or not a string']);
    expect(differences(fr, { a: 'x {n}', nested: { one: 'y', other: 'z' } }, 'de')).to.deep.equal(['de.a: placeholders {n} instead of {count}']);
  });

  it('matches a language by its primary subtag, whatever the case; French for any other', () => {
    expect(['en', 'en-US', 'EN-gb', 'fr', 'fr-CA', 'xx', 'xx-EN', '', 'english', 'constructor'].map((lang) => pick(lang, languages))).to.deep.equal(
      ['en', 'en', 'en', 'fr', 'fr', 'fr', 'fr', 'fr', 'fr', 'fr'],
    );
    expect(languageOf('en-US')).to.equal('en');
  });
});
