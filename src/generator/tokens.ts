/**
 * The theme tokens a partner may change in the generator (three colours, the corner radius, a
 * font stack), as CSS custom properties, and the contrast check that warns about unreadable
 * choices. Only validated values ever reach CSS: colours are `#rrggbb`, the radius a pixel
 * count, fonts one of a few fixed stacks.
 */
import type { Theme } from '../core/dossier-element.js';

export type ColourToken = 'accent' | 'surface' | 'text';

/** What the partner changed; a missing key means the element's default. */
export interface Tokens {
  accent?: string;
  surface?: string;
  text?: string;
  /** Pixels. */
  radius?: number;
  font?: FontChoice;
}

/** The elements' defaults (src/styles/theme.styles.ts), for the colour pickers and the contrast check. */
export const DEFAULT_COLOURS: Record<'light' | 'dark', Record<ColourToken, string>> = {
  light: { accent: '#0b6e4f', surface: '#ffffff', text: '#1b1f24' },
  dark: { accent: '#7fd6b0', surface: '#1b1f24', text: '#eceff1' },
};
/** `--dossier-radius` defaults to 0.5rem, 8px at the usual root font size. */
export const DEFAULT_RADIUS = 8;

/** A few font stacks rather than free text: nothing a partner types ends up in CSS. */
export const FONTS = {
  inherit: 'inherit',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
} as const;
export type FontChoice = keyof typeof FONTS;

const COLOUR = /^#[0-9a-f]{6}$/i;

/** The colour defaults a theme starts from (`auto` is light until the reader asks for dark). */
export const defaultColours = (theme: Theme) => DEFAULT_COLOURS[theme === 'dark' ? 'dark' : 'light'];

/**
 * The custom properties to set: only valid values that differ from the theme's defaults, so
 * that an untouched form adds no `<style>` block at all.
 */
export function tokenProperties(tokens: Tokens, theme: Theme): Record<string, string> {
  const defaults = defaultColours(theme);
  const properties: Record<string, string> = {};
  for (const name of ['accent', 'surface', 'text'] as const) {
    const value = tokens[name]?.toLowerCase();
    if (value && COLOUR.test(value) && value !== defaults[name]) properties[`--dossier-${name}`] = value;
  }
  const radius = tokens.radius;
  if (radius !== undefined && Number.isFinite(radius) && radius >= 0 && radius <= 64 && radius !== DEFAULT_RADIUS) {
    properties['--dossier-radius'] = `${Math.round(radius)}px`;
  }
  if (tokens.font && tokens.font !== 'inherit' && tokens.font in FONTS) properties['--dossier-font-family'] = FONTS[tokens.font];
  return properties;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The tokens with one colour changed; the theme's default colour is dropped rather than written. */
export function withColour(tokens: Tokens, theme: Theme, name: ColourToken, value: string): Tokens {
  const next = { ...tokens };
  if (value.toLowerCase() === defaultColours(theme)[name]) delete next[name];
  else next[name] = value.toLowerCase();
  return next;
}

/** A typed colour code, complete (`#1a2b3c`, `1a2b3c` or `#abc`), as `#rrggbb`; undefined until then. */
export function parseHexColour(input: string): string | undefined {
  const value = input.trim().replace(/^#?/, '#');
  const hex = /^#[0-9a-f]{3}$/i.test(value) ? value.replace(/[0-9a-f]/gi, (d) => d + d) : value;
  return /^#[0-9a-f]{6}$/i.test(hex) ? hex : undefined;
}

/** The tokens with the radius typed (pixels, 0–64); empty, invalid or default drops it. */
export function withRadius(tokens: Tokens, value: string): Tokens {
  const next = { ...tokens };
  const radius = Number(value);
  if (value.trim() === '' || !Number.isFinite(radius) || radius === DEFAULT_RADIUS) delete next.radius;
  else next.radius = Math.min(64, Math.max(0, radius));
  return next;
}

/** The tokens with a font stack chosen; `inherit` (the page's font) drops it. */
export function withFont(tokens: Tokens, value: FontChoice): Tokens {
  const next = { ...tokens };
  if (value === 'inherit') delete next.font;
  else next.font = value;
  return next;
}
