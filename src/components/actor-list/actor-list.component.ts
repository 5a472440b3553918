import { html, type PropertyDeclarations } from 'lit';
import type { Loaded } from '../../core/dossier-controller.js';
import { DossierElement } from '../../core/dossier-element.js';
import type { Actor, Dossier } from '../../feed/model.js';
import { plural } from '../../i18n/format.js';
import { pick } from '../../i18n/languages.js';
import { format } from '../../i18n/messages.js';
import { card as cardStrings, list } from '../../i18n/tables/card.js';
import { renderActorCard, renderCardSkeleton } from '../actor-card/actor-card.render.js';
import { actorCardStyles } from '../actor-card/actor-card.styles.js';
import { emptyStyles } from '../../styles/empty.styles.js';
import { actorListStyles } from './actor-list.styles.js';
import { selectActors } from './select-actors.js';

/** Cards in the loading skeleton (see renderSkeleton). */
const SKELETON_CARDS = 6;


/**
 * The actors of the dossier, all or filtered, as a grid or a list of cards. The cards are the
 * same as `<actor-card>`'s, rendered in one shadow root, so a directory of hundreds of actors
 * stays fast.
 *
 * @summary The dossier's actors, filtered and sorted.
 *
 * @slot - Fallback content, shown until the list renders and on error.
 *
 * @fires dossier-select - Before a card's link is followed; cancelable. `detail: { type: 'actor', id, url, link }`.
 * @fires dossier-load - The list rendered. `detail: { url, dossier }`.
 * @fires dossier-error - The feed failed. `detail: { url, kind, status, error }`.
 * @fires dossier-stale - The feed failed; the last good copy stays, with a note. `detail: { url, date, kind, status }`.
 * @fires dossier-retry - The reader pressed "retry". `detail: { url }`.
 *
 * @csspart list - The `<ul>` of cards.
 * @csspart count - The number of actors shown.
 * @csspart empty - The message shown when no actor matches.
 * @csspart card - Each card.
 * @csspart avatar - Each picture or initials.
 * @csspart name - Each name.
 * @csspart link - Each link.
 */
export class ActorList extends DossierElement<Actor[]> {
  static override styles = [...DossierElement.styles, actorCardStyles, actorListStyles, emptyStyles];
  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    kind: { reflect: true },
    department: { reflect: true },
    layout: { reflect: true },
    sort: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    failedImages: { state: true },
  };

  /** Only actors with this theme id (comma-separated for several). Named `topic` because `theme` is the colour theme. */
  topic?: string;

  /** Only `person` or `organisation`. */
  kind?: string;

  /** Only actors placed in these INSEE département codes, comma-separated: `"15,43"`. */
  department?: string;

  /** `grid` (default: cards side by side) or `list` (one per row, picture beside). */
  layout: 'grid' | 'list' = 'grid';

  /** `feed` (default: the publisher's order) or `name` (alphabetical, in the page's language). */
  sort: 'feed' | 'name' = 'feed';

  /** Heading level of each name (2–6). Default 3. */
  headingLevel = 3;

  /** Ids of actors whose picture failed to load. */
  private failedImages = new Set<string>();

  protected select(dossier: Dossier): Actor[] {
    return selectActors(dossier, this, this.language);
  }

  protected selectArgs() {
    return [this.topic, this.kind, this.department, this.sort];
  }

  protected describe() {
    return 'actors';
  }

  /**
   * Enough cards to fill a screen below the list's top (3 rows of 2 at 1000 px, 6 rows at 375
   * px): the sample's list (15 actors, 1,553 px at 1000 px, 2,753 px at 375 px) is taller than
   * a screen, so the content below the list leaves the screen when the skeleton appears, not
   * when the list arrives. More cards only push it further: with all 15, a bare list on a plain
   * page scored 0.39 at 1000 px, against 0.27 with 3 (`BENCH_ONLY=cls npm run bench`).
   */
  protected renderSkeleton() {
    const layout = this.layout === 'list' ? 'horizontal' : 'vertical';
    return html`<p class="count"><span class="skeleton line short"></span></p>
      <ul class="actors" aria-hidden="true">
        ${Array.from({ length: SKELETON_CARDS }, () => html`<li>${renderCardSkeleton(layout)}</li>`)}
      </ul>`;
  }

  protected renderContent({ value: actors, dossier }: Loaded<Actor[]>) {
    // The interface's language on each root node: Firefox does not let a shadow tree inherit
    // its host's. The cards' words carry the dossier's (see renderActorCard).
    const lang = this.language;
    const t = pick(lang, list);
    const card = pick(lang, cardStrings);
    if (!actors.length) return html`<p class="empty" part="empty" lang=${lang}>${t.empty}</p>`;
    const layout = this.layout === 'list' ? 'horizontal' : 'vertical';
    return html`<p class="count" part="count" lang=${lang}>${plural(t.count, actors.length, lang)}</p>
      <ul class="actors" part="list" aria-label=${format(t.label, { title: dossier.title })} lang=${lang}>
        ${actors.map(
          (actor) => html`<li>
            ${renderActorCard(actor, card, {
              layout,
              withQuote: false,
              headingLevel: this.headingLevel,
              imageFailed: this.failedImages.has(actor.id),
              onImageError: () => (this.failedImages = new Set(this.failedImages).add(actor.id)),
              host: this,
              dossier,
            })}
          </li>`,
        )}
      </ul>`;
  }
}
