/**
 * The generator's form controls, as plain template functions: radio groups, drop-downs and
 * checkboxes with their labels, and an element's options (its embed descriptor) rendered with them.
 */
import { html, nothing } from 'lit';
import type { WidgetTag } from '../elements.js';
import { optionValue, type EmbedOption, type OptionContext } from './embed-descriptor.js';
import type { GeneratorStrings } from './strings.js';

export function radios<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  labels: Record<T, string>,
  current: T,
  onChange: (value: T) => void,
  lang?: (value: T) => string,
) {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="choices">
      ${values.map(
        (value) => html`<label>
          <input type="radio" name=${name} value=${value} .checked=${current === value} @change=${() => onChange(value)} />
          <span lang=${lang?.(value) ?? nothing}>${labels[value]}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function select(id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

export function check(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<label class="check" for=${id}>
    <input id=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    <span>${label}</span>
  </label>`;
}

/** The element to embed: radio buttons naming each widget and its tag. */
export function elementChoice(s: GeneratorStrings, tags: WidgetTag[], current: WidgetTag, onChange: (tag: WidgetTag) => void) {
  return html`<fieldset class="element">
    <legend>${s.element.legend}</legend>
    <div class="choices">
      ${tags.map(
        (tag) => html`<label>
          <input type="radio" name="element" value=${tag} .checked=${current === tag} @change=${() => onChange(tag)} />
          <span>${s.element.names[tag]} <code>&lt;${tag}&gt;</code></span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** One option of an element's embed descriptor, as its control. */
export function optionControl(option: EmbedOption, context: OptionContext, onChange: (id: string, value: string | boolean) => void) {
  const { s } = context;
  const value = optionValue(context.options, option);
  const change = (v: string | boolean) => onChange(option.id, v);
  switch (option.kind) {
    case 'select': {
      const choices = option.choices(context);
      if (!choices.length && option.empty) return html`<p class="hint">${option.empty(s)}</p>`;
      return select(option.id, option.label(s), value as string, choices, change);
    }
    case 'radios':
      return radios(option.id, option.label(s), option.values, option.labels(s), value as string, change);
    case 'check':
      return check(option.id, option.label(s), value as boolean, change);
  }
}
