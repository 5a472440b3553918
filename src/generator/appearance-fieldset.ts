/**
 * The generator's "Appearance" fieldset: theme, three colours (a picker and its code), corner
 * radius, font, with a warning when text or links would lack contrast (WCAG AA, 4.5:1).
 */
import { html, nothing } from 'lit';
import type { Theme } from '../core/dossier-element.js';
import { format } from '../i18n/messages.js';
import { radios, select } from './form-controls.js';
import type { GeneratorStrings, WidgetLang } from './strings.js';
import {
  contrastRatio,
  defaultColours,
  DEFAULT_RADIUS,
  FONTS,
  parseHexColour,
  withColour,
  withFont,
  withRadius,
  type ColourToken,
  type FontChoice,
  type Tokens,
} from './tokens.js';

export interface AppearanceChanges {
  theme: (theme: Theme) => void;
  tokens: (tokens: Tokens) => void;
}

export function appearanceFieldset(s: GeneratorStrings, uiLang: WidgetLang, theme: Theme, tokens: Tokens, on: AppearanceChanges) {
  const a = s.appearance;
  const defaults = defaultColours(theme);
  const colour = (name: ColourToken) => tokens[name] ?? defaults[name];
  const warnings: string[] = [];
  const textRatio = contrastRatio(colour('text'), colour('surface'));
  const accentRatio = contrastRatio(colour('accent'), colour('surface'));
  const ratio = (value: number) => (Math.floor(value * 10) / 10).toLocaleString(uiLang);
  if (textRatio < 4.5) warnings.push(format(a.contrastText, { ratio: ratio(textRatio) }));
  if (accentRatio < 4.5) warnings.push(format(a.contrastAccent, { ratio: ratio(accentRatio) }));
  const describedBy = warnings.length ? 'contrast' : nothing;
  // A colour picker, plus its code as text: to paste a brand colour, and because WebKit
  // leaves colour pickers out of the Tab order.
  const colourInput = (name: ColourToken) => html`<div class="field">
    <label for="colour-${name}">${a[name]}</label>
    <div class="pair">
      <input
        id="colour-${name}"
        type="color"
        .value=${colour(name)}
        aria-describedby=${describedBy}
        @input=${(e: Event) => on.tokens(withColour(tokens, theme, name, (e.target as HTMLInputElement).value))}
      />
      <input
        id="colour-${name}-hex"
        type="text"
        size="8"
        maxlength="7"
        spellcheck="false"
        autocomplete="off"
        aria-label=${format(a.hex, { label: a[name] })}
        aria-describedby=${describedBy}
        .value=${colour(name)}
        @input=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const hex = parseHexColour(input.value);
          input.setAttribute('aria-invalid', String(!hex && input.value.trim() !== ''));
          if (hex) on.tokens(withColour(tokens, theme, name, hex));
        }}
        @change=${(e: Event) => {
          // Leaving an incomplete code: show the colour in use again.
          const input = e.target as HTMLInputElement;
          input.value = colour(name);
          input.setAttribute('aria-invalid', 'false');
        }}
      />
    </div>
  </div>`;
  return html`<fieldset class="appearance">
    <legend>${a.legend}</legend>
    ${radios('theme', a.theme, ['light', 'dark', 'auto'] as const, a.themes, theme, (v) => on.theme(v))}
    ${theme === 'auto' && Object.keys(tokens).some((k) => k !== 'radius' && k !== 'font')
      ? html`<p class="hint">${a.autoHint}</p>`
      : nothing}
    <div class="colours">${colourInput('accent')} ${colourInput('surface')} ${colourInput('text')}</div>
    <div class="warning" id="contrast">${warnings.map((w) => html`<p class="warning">${w}</p>`)}</div>
    <div class="field">
      <label for="radius">${a.radius}</label>
      <input
        id="radius"
        type="number"
        min="0"
        max="64"
        step="1"
        inputmode="numeric"
        .value=${String(tokens.radius ?? DEFAULT_RADIUS)}
        @input=${(e: Event) => on.tokens(withRadius(tokens, (e.target as HTMLInputElement).value))}
      />
    </div>
    ${select(
      'font',
      a.font,
      tokens.font ?? 'inherit',
      (Object.keys(FONTS) as FontChoice[]).map((f): [string, string] => [f, a.fonts[f]]),
      (v) => on.tokens(withFont(tokens, v as FontChoice)),
    )}
    <button type="button" class="secondary" @click=${() => on.tokens({})}>${a.reset}</button>
  </fieldset>`;
}
