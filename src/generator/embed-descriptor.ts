/**
 * What an element tells the embed generator about itself, so that the generator has no per-tag
 * code: the options it offers (and the attribute each one writes), how its fallback content is
 * written from the feed, and whether it is worth pre-rendering. Each widget's descriptor lives
 * in its own folder (`<tag>.embed.ts`); the element table (src/elements.ts) lists them.
 */
import type { Dossier } from '../feed/model.js';
import type { EmbedPage } from '../embed-site/page.js';
import type { EmbedType } from '../embed-site/paths.js';
import type { FallbackElement } from './fallback.js';
import type { GeneratorStrings, WidgetLang } from './strings.js';

/** The form's choices, by option id: strings (`''` means "not set") and booleans. */
export type Options = Record<string, string | boolean>;

/** What an option's labels and choices are computed from. */
export interface OptionContext {
  dossier: Dossier;
  /** The generator's own strings (its interface language). */
  s: GeneratorStrings;
  /** The generator's interface language, for counts and sorting of labels. */
  uiLang: WidgetLang;
  /** The widget's language, for what the widget itself would select. */
  lang: WidgetLang;
  options: Options;
}

interface OptionBase {
  /** Id of the form control (and key in `Options`): unique across elements, shared by elements that share the option. */
  id: string;
  /** The element attribute it writes. */
  attribute: string;
  label: (s: GeneratorStrings) => string;
}

/** A drop-down of entries of the dossier (a quote, an actor) or of filter values. */
export interface SelectOption extends OptionBase {
  kind: 'select';
  /** `[value, label]` pairs; a `''` value means "all" and writes no attribute. */
  choices: (context: OptionContext) => [string, string][];
  /** Said instead of an empty drop-down ("no quotes in this dossier"). */
  empty?: (s: GeneratorStrings) => string;
  /** On a new dossier, a value it lacks becomes its first entry (an id to show) rather than "all". */
  required?: boolean;
}

/** Radio buttons; the first value is the element's default, which writes no attribute. */
export interface RadiosOption extends OptionBase {
  kind: 'radios';
  values: readonly string[];
  labels: (s: GeneratorStrings) => Record<string, string>;
}

/** A checkbox for a boolean attribute. */
export interface CheckOption extends OptionBase {
  kind: 'check';
}

export type EmbedOption = SelectOption | RadiosOption | CheckOption;

/**
 * The page of the exported embed site (`dossier-widgets export`) that shows the widget where no
 * script may run: its URL is `embedUrl(base, type, entry)` (src/embed-site/paths.ts).
 */
export interface PageLink {
  type: EmbedType;
  /** The entry it shows, for a type with one page per entry; `''` while none is chosen. */
  entry?: (options: Options) => string;
  /** The iframe's `title`, naming the content in the widget's language. */
  title: (dossier: Dossier, options: Options, words: GeneratorStrings['snippet']) => string;
  /** The iframe's starting height in CSS pixels, until the page reports its own. */
  height: number;
}

export interface EmbedDescriptor {
  /** The options offered for this element, in the form's order. */
  options: readonly EmbedOption[];
  /** A line under the options, such as how many entries the filters keep. */
  hint?: (context: OptionContext) => string;
  /**
   * What readers see without JavaScript, before the element renders and if the feed fails: the
   * same content as the element, as plain HTML nodes (escaped when serialised).
   */
  fallback: (dossier: Dossier, options: Options, lang: WidgetLang, words: GeneratorStrings['snippet']) => FallbackElement[];
  /** Pre-rendered into the snippet by default (declarative shadow DOM): worth it when the element's size depends on its data. */
  prerender: boolean;
  /**
   * The pages an exported embed site gives this element (`dossier-widgets export`), with what
   * their meta, oEmbed and schema.org description say. None: the element has no page of its own.
   */
  pages?: (dossier: Dossier) => EmbedPage[];
  /**
   * What the element loads by itself in a browser and a server render must have beforehand
   * (the map's outlines, by region), loaded once per process.
   */
  preload?: () => Promise<ReadonlyMap<string, unknown>>;
  /** Its page in the exported embed site, for the generator's no-script code; none when the widget needs the script (a list of actors). */
  page?: PageLink;
}

/** An option's string value (`''` when unset), for descriptors reading their own choices. */
export const stringOption = (options: Options, id: string) => (typeof options[id] === 'string' ? (options[id] as string) : '');

/** The value of an option (its default when unset). */
export function optionValue(options: Options, option: EmbedOption): string | boolean {
  if (option.kind === 'check') return options[option.id] === true;
  const value = stringOption(options, option.id);
  if (option.kind === 'radios') return option.values.includes(value) ? value : option.values[0]!;
  return value;
}

/**
 * The element's own attributes for these options, in the descriptor's order; `true` is a
 * boolean attribute. Defaults are left out, so that the snippet says only what was chosen.
 */
export function optionAttributes(embed: EmbedDescriptor, options: Options): [string, string | true][] {
  const attributes: [string, string | true][] = [];
  for (const option of embed.options) {
    const value = optionValue(options, option);
    if (option.kind === 'radios' && value === option.values[0]) continue;
    if (value === '' || value === false) continue;
    attributes.push([option.attribute, value]);
  }
  return attributes;
}

/** Keeps the choices that still exist in a newly loaded dossier; picks a first entry for required ones. */
export function fitOptions(embeds: Iterable<EmbedDescriptor>, options: Options, context: Omit<OptionContext, 'options'>): Options {
  const fitted = { ...options };
  for (const embed of embeds) {
    for (const option of embed.options) {
      if (option.kind !== 'select') continue;
      const values = option.choices({ ...context, options }).map(([value]) => value);
      const current = stringOption(options, option.id);
      if (!values.includes(current)) fitted[option.id] = option.required ? (values[0] ?? '') : '';
    }
  }
  return fitted;
}
