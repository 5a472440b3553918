import type { PropertyDeclarations } from 'lit';
import type { Loaded } from '../../core/dossier-controller.js';
import { DossierElement } from '../../core/dossier-element.js';
import type { Actor, Dossier } from '../../feed/model.js';
import { pick } from '../../i18n/languages.js';
import { card } from '../../i18n/tables/card.js';

import { renderActorCard, renderCardSkeleton, type CardLayout } from './actor-card.render.js';
import { actorCardStyles } from './actor-card.styles.js';

/**
 * One actor of the dossier (a person or an organisation): picture, name, kind, role and
 * organisation, place, themes, a short summary, links to their testimony and their own site,
 * and optionally their quote.
 *
 * @summary An actor of the dossier, as a card.
 *
 * @slot - Fallback content (a link, a paragraph), shown until the card renders and on error.
 *
 * @fires dossier-select - Before a link is followed; cancelable. `detail: { type: 'actor', id, url, link }`.
 * @fires dossier-load - The card rendered. `detail: { url, dossier }`.
 * @fires dossier-error - The feed failed, or the actor is not in it. `detail: { url, kind, status, error }`.
 * @fires dossier-stale - The feed failed; the last good copy stays, with a note. `detail: { url, date, kind, status }`.
 * @fires dossier-retry - The reader pressed "retry". `detail: { url }`.
 *
 * @csspart card - The card (`<article>`).
 * @csspart avatar - The picture or initials.
 * @csspart name - The actor's name (a heading).
 * @csspart meta - Kind, role and organisation.
 * @csspart summary - The short text.
 * @csspart tags - The list of themes.
 * @csspart quote - The actor's quote (`with-quote`).
 * @csspart link - Each link (testimony, website).
 * @csspart status - The live region announcing loading and errors.
 * @csspart stale - The note that the content is the last good copy, of its date (inside `status`).
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 */
export class ActorCard extends DossierElement<Actor> {
  static override styles = [...DossierElement.styles, actorCardStyles];
  static override properties: PropertyDeclarations = {
    actor: { reflect: true },
    layout: { reflect: true },
    withQuote: { type: Boolean, attribute: 'with-quote' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    imageFailed: { state: true },
  };

  /** Id of the actor to show. */
  actor?: string;

  /** `vertical` (default: picture on top), `horizontal` (picture beside, when wide enough) or `compact` (one line). */
  layout: CardLayout = 'vertical';

  /** Also show the actor's first quote. */
  withQuote = false;

  /** Heading level of the name for the page's outline (2–6). Default 3. */
  headingLevel = 3;

  /** The picture failed to load: show initials instead. */
  private imageFailed = false;

  protected select(dossier: Dossier) {
    return this.actor ? dossier.actors.get(this.actor) : undefined;
  }

  protected selectArgs() {
    return [this.actor];
  }

  protected describe() {
    return `actor "${this.actor ?? ''}"`;
  }

  protected renderSkeleton() {
    return renderCardSkeleton(this.layout);
  }

  protected renderContent({ value: actor, dossier }: Loaded<Actor>) {
    return renderActorCard(actor, pick(this.language, card), {
      layout: this.layout,
      withQuote: this.withQuote,
      headingLevel: this.headingLevel,
      imageFailed: this.imageFailed,
      onImageError: () => (this.imageFailed = true),
      host: this,
      dossier,
      lang: this.language,
    });
  }
}
