import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Loaded } from '../../core/dossier-controller.js';
import { DossierElement } from '../../core/dossier-element.js';
import { renderAvatar } from '../../core/avatar.js';
import { contentLang } from '../../core/lang.js';
import type { Dossier, Quote } from '../../feed/model.js';
import { pick } from '../../i18n/languages.js';
import { quote as strings } from '../../i18n/tables/quote.js';
import { quoteStyles } from './dossier-quote.styles.js';

/**
 * A testimony from the dossier, to embed in a blog post or a page: the words, who said them
 * (name, role, organisation, avatar), and links to the full testimony and the dossier.
 *
 * Put the quote as plain HTML inside the element: readers see it before the script runs, with
 * JavaScript off, and if the feed fails.
 *
 * @summary A quote from a dossier testimony, with its speaker.
 *
 * @slot - Fallback content (a `<blockquote>`, a link), shown until the quote renders and on error.
 *
 * @fires dossier-load - The quote rendered. `detail: { url, dossier }`.
 * @fires dossier-error - The feed failed, or the quote is not in it. `detail: { url, kind, status, error }`.
 * @fires dossier-stale - The feed failed; the last good copy stays, with a note. `detail: { url, date, kind, status }`.
 * @fires dossier-retry - The reader pressed "retry". `detail: { url }`.
 *
 * @csspart quote - The `<figure>`.
 * @csspart text - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`: avatar, name, role.
 * @csspart avatar - The picture or initials.
 * @csspart link - Each link (testimony, dossier).
 * @csspart status - The live region announcing loading and errors.
 * @csspart stale - The note that the content is the last good copy, of its date (inside `status`).
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --dossier-quote-min-height - Space reserved before the quote renders. Default: auto.
 */
export class DossierQuote extends DossierElement<Quote> {
  static override styles = [...DossierElement.styles, quoteStyles];
  static override properties: PropertyDeclarations = {
    quote: { reflect: true },
    actor: { reflect: true },
    item: { reflect: true },
    variant: { reflect: true },
    imageFailed: { state: true },
  };

  /** Id of the quote to show. */
  quote?: string;

  /** Id of an actor: shows that actor's first quote. */
  actor?: string;

  /** Id of a feed item (testimony): shows its first quote. */
  item?: string;

  /** `card` (default: framed) or `inline` (a pull quote for running text). */
  variant: 'card' | 'inline' = 'card';

  /** The avatar picture failed to load: show initials instead. */
  private imageFailed?: boolean;

  protected select(dossier: Dossier): Quote | undefined {
    const quotes = [...dossier.quotes.values()];
    if (this.quote) return dossier.quotes.get(this.quote);
    if (this.actor) return dossier.actors.get(this.actor)?.quotes[0];
    if (this.item) return quotes.find((q) => q.item?.id === this.item);
    return quotes[0];
  }

  protected selectArgs() {
    return [this.quote, this.actor, this.item];
  }

  protected describe() {
    if (this.quote) return `quote "${this.quote}"`;
    if (this.actor) return `quote by actor "${this.actor}"`;
    if (this.item) return `quote from item "${this.item}"`;
    return 'quote';
  }

  protected renderSkeleton() {
    // The figure's own structure and classes, with lines for text: about the final size. The
    // words' lines sit in a <div>, where the quote has its <p>: no quotation marks around them.
    return html`<figure class="skeleton-shape" aria-hidden="true">
      <blockquote><div><span class="skeleton line long"></span><span class="skeleton line mid"></span></div></blockquote>
      <figcaption>
        <span class="avatar skeleton-avatar"></span>
        <span class="who"><span class="skeleton line short"></span><span class="skeleton line mid"></span></span>
      </figcaption>
      <p class="links"><span class="skeleton line short"></span></p>
    </figure>`;
  }

  protected renderContent({ value: quote, dossier }: Loaded<Quote>) {
    const t = pick(this.language, strings);
    // Feed content is in the dossier's language, the words in their testimony's when it has
    // its own; the links are in the page's, on the figure (Firefox does not let a shadow tree
    // inherit its host's language). A screen reader then switches voice, and the quotation
    // marks follow the words (see quoteStyles).
    const words = contentLang(dossier, quote.item?.language) ?? nothing;
    const lang = contentLang(dossier) ?? nothing;
    const { actor } = quote;
    const details = [actor.role, actor.organisation?.name].filter(Boolean).join(', ');
    const [before, after] = t.dossier.split('{title}');
    return html`<figure part="quote" lang=${this.language}>
      <blockquote part="text" cite=${quote.url ?? nothing} lang=${words}><p>${quote.text}</p></blockquote>
      <figcaption part="caption" lang=${lang}>
        ${renderAvatar(actor, this.imageFailed, () => (this.imageFailed = true), 44)}
        <span class="who">
          <span class="name">${actor.name}</span>
          ${details ? html`<span class="role">${details}</span>` : nothing}
        </span>
      </figcaption>
      ${quote.url || dossier.url
        ? html`<p class="links">
            ${quote.url ? html`<a part="link" href=${quote.url}>${t.readMore}</a>` : nothing}
            ${dossier.url
              ? html`<a part="link" href=${dossier.url}>${before}<cite lang=${lang}>${dossier.title}</cite>${after}</a>`
              : nothing}
          </p>`
        : nothing}
    </figure>`;
  }
}
