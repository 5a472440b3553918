/**
 * One actor as a card: the markup shared by `<actor-card>` and each item of `<actor-list>`
 * (a list of 500 actors renders 500 of these in one shadow root, not 500 elements).
 *
 * Links are separate and never nested: the testimony, then the actor's own site. Before the
 * browser follows one, a cancelable `dossier-select` event lets the host take over.
 */
import { html, nothing } from 'lit';
import { renderAvatar } from '../../core/avatar.js';
import { emit, type DossierSelectDetail } from '../../core/events.js';
import { contentLang } from '../../core/lang.js';
import type { Actor, Dossier } from '../../feed/model.js';
import type { card } from '../../i18n/tables/card.js';
import { cardDetails, placeLine } from './card-lines.js';
import { testimonyUrl } from './testimony-url.js';

export type CardStrings = (typeof card)[0];

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

export interface CardOptions {
  layout: CardLayout;
  withQuote: boolean;
  /** `aria-level` of the name. */
  headingLevel: number;
  imageFailed: boolean;
  onImageError: () => void;
  /** Where `dossier-select` is dispatched: the element the partner placed. */
  host: HTMLElement;
  /** The actor's dossier: its language is the one of the actor's words (see contentLang). */
  dossier: Dossier;
  /**
   * The interface's language (the element's), set on the card: Firefox does not let a shadow
   * tree inherit its host's language. Unset in a list, whose own root carries it.
   */
  lang?: string;
}

export { testimonyUrl };

function onLinkClick(event: MouseEvent, host: HTMLElement, detail: DossierSelectDetail) {
  if (!emit(host, 'dossier-select', detail, true)) event.preventDefault();
}

/**
 * The card's own structure and classes with text lines (as without a picture, the common case),
 * as tall as the sample feed's median card: a summary of two lines and one more row (a place,
 * the themes or the links) after the head: 176 px, where the sample's cards measure 154 px
 * (median at 1000 px) and 178 px (at 375 px) (`BENCH_ONLY=cls npm run bench`).
 */
export function renderCardSkeleton(layout: CardLayout) {
  const full = layout !== 'compact';
  return html`<div class="card ${layout}" aria-hidden="true">
    <div class="inner">
      <div class="head">
        <span class="avatar skeleton-avatar"></span>
        <div class="who"><div class="name"><span class="skeleton line mid"></span></div><p class="meta"><span class="skeleton line long"></span></p></div>
      </div>
      ${full
        ? html`<p class="summary"><span class="skeleton line long"></span><span class="skeleton line mid"></span></p>
            <p class="links"><span class="skeleton line short"></span></p>`
        : nothing}
    </div>
  </div>`;
}

export function renderActorCard(actor: Actor, t: CardStrings, options: CardOptions) {
  const { layout, host, dossier } = options;
  // The feed's words carry the feed's language; the kind, the themes' label and the links
  // are interface strings, in the page's (the card's own `lang`, or the list's).
  const lang = contentLang(dossier) ?? nothing;
  const details = cardDetails(actor);
  const place = actor.place && placeLine(actor.place);
  const testimony = testimonyUrl(actor);
  const quote = options.withQuote ? actor.quotes[0] : undefined;
  const avatar = (decorative: boolean) =>
    renderAvatar(actor, options.imageFailed, options.onImageError, layout === 'compact' ? 36 : 320, decorative);
  // A big picture only when there is one: initials stay small, in the heading row.
  const media = layout !== 'compact' && !!actor.image && !options.imageFailed;
  const link = (url: string, which: 'testimony' | 'website', text: string) =>
    html`<a part="link" href=${url} @click=${(e: MouseEvent) => onLinkClick(e, host, { type: 'actor', id: actor.id, url, link: which })}
      >${text}</a>`;
  return html`<article part="card" class="card ${layout} ${media ? 'with-media' : ''}" lang=${options.lang ?? nothing}>
    <div class="inner">
      ${media ? html`<div class="media" lang=${lang}>${avatar(!actor.image?.alt)}</div>` : nothing}
      <div class="head">
        ${avatar(true)}
        <div class="who">
          <div class="name" part="name" role="heading" aria-level=${options.headingLevel} lang=${lang}>${actor.name}</div>
          <p class="meta" part="meta">${t.kind[actor.kind]}${details ? html` · <span lang=${lang}>${details}</span>` : nothing}</p>
        </div>
      </div>
      ${place ? html`<p class="place" lang=${lang}>${place}</p>` : nothing}
      ${actor.summary ? html`<p class="summary" part="summary" lang=${lang}>${actor.summary}</p>` : nothing}
      ${actor.themes.length
        ? html`<ul class="tags" part="tags" aria-label=${t.themes}>
            ${actor.themes.map((theme) => html`<li lang=${lang}>${theme.name}</li>`)}
          </ul>`
        : nothing}
      ${quote
        ? html`<blockquote class="quote" part="quote" cite=${quote.url ?? nothing} lang=${contentLang(dossier, quote.item?.language) ?? nothing}>${quote.text}</blockquote>`
        : nothing}
      ${testimony || actor.url
        ? html`<p class="links">
            ${testimony ? link(testimony, 'testimony', t.testimony) : nothing}
            ${actor.url ? link(actor.url, 'website', t.website) : nothing}
          </p>`
        : nothing}
    </div>
  </article>`;
}
