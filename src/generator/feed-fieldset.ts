/**
 * The generator's "Feed" fieldset: the address field (and what it holds, as a feed to load),
 * what the loaded feed holds (a live region), and why it failed (an alert tied to the field).
 */
import { html } from 'lit';
import type { FeedError } from '../feed/feed-error.js';
import type { Dossier } from '../feed/model.js';
import { plural } from '../i18n/format.js';
import { format } from '../i18n/messages.js';
import type { GeneratorStrings, WidgetLang } from './strings.js';

/** `url` resolved against the page, or undefined when it is empty or not a URL. */
export function absoluteUrl(url: string): string | undefined {
  try {
    return url.trim() ? new URL(url.trim(), document.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

/** What the field holds, as a feed to load: an absolute http(s) URL; anything else typed is `invalid`, refused before any request. */
export function feedAddress(input: string): { url?: string; invalid: boolean } {
  const url = absoluteUrl(input);
  const invalid = !!input.trim() && (!url || !/^https?:$/.test(new URL(url).protocol));
  return { url: invalid ? undefined : url, invalid };
}

export interface FeedState {
  loading: boolean;
  loaded?: { dossier: Dossier; problems: number };
  invalidUrl: boolean;
  error?: FeedError;
}

export function feedFieldset(s: GeneratorStrings, uiLang: WidgetLang, input: string, state: FeedState, onInput: (value: string) => void) {
  let status = state.loading ? s.feed.loading : '';
  if (state.loaded) {
    const { dossier, problems } = state.loaded;
    const counts = [
      plural(s.feed.counts.quotes, dossier.quotes.size, uiLang),
      plural(s.feed.counts.actors, dossier.actors.size, uiLang),
      plural(s.feed.counts.initiatives, dossier.initiatives.size, uiLang),
    ].join(', ');
    status = format(s.feed.loaded, { title: dossier.title, counts });
    if (problems) status += ` ${plural(s.feed.problems, problems, uiLang)}`;
  }
  let error = '';
  if (state.invalidUrl) error = s.feed.invalidUrl;
  else if (state.error) error = format(s.feed.errors[state.error.kind], { status: state.error.status });
  return html`<fieldset class="feed">
    <legend>${s.feed.legend}</legend>
    <div class="field">
      <label for="feed">${s.feed.label}</label>
      <p class="hint" id="feed-hint">${s.feed.hint}</p>
      <div class="row">
        <input
          id="feed"
          name="feed"
          type="url"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          .value=${input}
          aria-describedby="feed-hint feed-error"
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit">${s.feed.load}</button>
      </div>
    </div>
    <p class="status" role="status">${status}</p>
    <p class="error" id="feed-error" role="alert">${error}</p>
  </fieldset>`;
}
