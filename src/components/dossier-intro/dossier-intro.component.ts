import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Loaded } from '../../core/dossier-controller.js';
import { renderAvatar } from '../../core/avatar.js';
import { DossierElement } from '../../core/dossier-element.js';
import { contentLang } from '../../core/lang.js';
import { sanitizeHtml } from '../../core/sanitize-html.js';
import type { Actor, Dossier } from '../../feed/model.js';
import { formatDate, listParts } from '../../i18n/format.js';
import { pick } from '../../i18n/languages.js';
import { format } from '../../i18n/messages.js';
import { intro as strings } from '../../i18n/tables/intro.js';
import { introStyles } from './dossier-intro.styles.js';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The title as a real `<h2>`…`<h6>` rather than `<div role="heading" aria-level>`: native
 * headings need no ARIA support (reader modes, translation and outline tools read them too).
 * Lit cannot bind a tag name without `lit/static-html.js`, and five one-line templates weigh
 * less than that module.
 */
const headings: Record<HeadingLevel, (title: string, lang: string | typeof nothing) => TemplateResult> = {
  2: (title, lang) => html`<h2 id="title" class="title" part="title" lang=${lang}>${title}</h2>`,
  3: (title, lang) => html`<h3 id="title" class="title" part="title" lang=${lang}>${title}</h3>`,
  4: (title, lang) => html`<h4 id="title" class="title" part="title" lang=${lang}>${title}</h4>`,
  5: (title, lang) => html`<h5 id="title" class="title" part="title" lang=${lang}>${title}</h5>`,
  6: (title, lang) => html`<h6 id="title" class="title" part="title" lang=${lang}>${title}</h6>`,
};

/**
 * The dossier's editorial intro, to open a partner's page about it: title, standfirst, the
 * intro text, author(s) and date, a link to the dossier, and the actors who speak in it.
 *
 * The intro's HTML comes from the feed and is untrusted: it goes through `sanitizeHtml`, an
 * allow-list that rebuilds paragraphs, emphasis, lists, quotes and safe links, and nothing else.
 *
 * With `collapsed`, only the title and standfirst show, with a "Lire la suite" disclosure that
 * expands the rest in place. It is a native `<details>`/`<summary>`, not a scripted button: a
 * pre-rendered snippet then opens without JavaScript too, and screen readers announce its
 * expanded state with no ARIA to keep in sync.
 *
 * @summary The dossier's intro: title, standfirst, text, byline and actors.
 *
 * @slot - Fallback content (a title, a link to the dossier), shown until the intro renders and on error.
 *
 * @fires dossier-load - The intro rendered. `detail: { url, dossier }`.
 * @fires dossier-error - The feed failed. `detail: { url, kind, status, error }`.
 * @fires dossier-stale - The feed failed; the last good copy stays, with a note. `detail: { url, date, kind, status }`.
 * @fires dossier-retry - The reader pressed "retry". `detail: { url }`.
 *
 * @csspart intro - The `<article>`.
 * @csspart title - The heading (`<h2>` by default, see `heading-level`).
 * @csspart standfirst - The standfirst paragraph.
 * @csspart body - The sanitised intro text.
 * @csspart byline - Author(s) and publication date.
 * @csspart actors - The list of the dossier's actors.
 * @csspart actor - One actor: avatar and name, a link to their testimony when there is one.
 * @csspart avatar - An actor's picture or initials.
 * @csspart link - Each link (the dossier, each actor's testimony).
 * @csspart toggle - The "read more / show less" `<summary>` of the collapsed intro.
 * @csspart status - The live region announcing loading and errors.
 * @csspart stale - The note that the content is the last good copy, of its date (inside `status`).
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 */
export class DossierIntro extends DossierElement<Dossier> {
  static override styles = [...DossierElement.styles, introStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    collapsed: { type: Boolean, reflect: true },
    failedImages: { state: true },
  };

  /** Level of the title heading, 2 (default) to 6: pick the one that fits the partner's page outline. */
  headingLevel = 2;

  /** Show only the title and standfirst, with a "read more" disclosure that expands the rest in place. */
  collapsed = false;

  /**
   * Read once, at the first content render: the reader opened the pre-rendered intro while the
   * feed loaded. The live one then opens too, once, rather than snap shut under them.
   */
  private reopen?: boolean;

  /** Ids of the actors whose picture failed to load: initials instead. */
  private failedImages: ReadonlySet<string> = new Set();

  /**
   * The sanitised intro, built once per feed URL and HTML. Lit renders a Node by inserting it
   * (a DocumentFragment would be emptied by the first render), so the fragment's nodes are kept
   * and rendered as a list: re-renders leave them in place, and a re-created template moves them
   * rather than finding an empty fragment. Rebuilding on every render would also lose the reader's
   * text selection.
   */
  private intro?: { key: string; nodes: Node[] };

  protected select(dossier: Dossier): Dossier {
    return dossier;
  }

  protected selectArgs() {
    return [];
  }

  protected describe() {
    return 'intro';
  }

  override willUpdate() {
    // The pre-rendered nodes (if any) are still there: the first content render replaces them.
    if (this.reopen === undefined && this.data.status === 'complete') {
      this.reopen = !!this.shadowRoot?.querySelector('details[open]');
    }
  }

  override updated() {
    // Imperative and once, not an `open` binding: a binding would fight the reader's toggles
    // and reopen a re-created disclosure (collapsed anew, a retry) that should start closed.
    if (this.reopen) {
      this.reopen = false;
      const details = this.shadowRoot!.querySelector('details');
      if (details) details.open = true;
    }
  }

  /** The reveal animation is for the reader's own "read more", not for a disclosure opened for them. */
  private revealing(event: Event) {
    (event.currentTarget as HTMLElement).parentElement!.classList.add('reveal');
  }

  private get level(): HeadingLevel {
    const level = Math.trunc(Number(this.headingLevel));
    return (level >= 2 && level <= 6 ? level : level > 6 ? 6 : 2) as HeadingLevel;
  }

  private introNodes(introHtml: string | undefined, baseUrl: string): Node[] {
    if (!introHtml) return [];
    const key = `${baseUrl}\n${introHtml}`;
    if (this.intro?.key !== key) this.intro = { key, nodes: [...sanitizeHtml(introHtml, baseUrl).childNodes] };
    return this.intro.nodes;
  }

  protected renderSkeleton() {
    return html`<div class="skeleton-intro" aria-hidden="true">
      <span class="skeleton skeleton-title"></span>
      <span class="skeleton"></span>
      <span class="skeleton"></span>
      <span class="skeleton"></span>
      <span class="skeleton"></span>
    </div>`;
  }

  protected renderContent({ value: dossier, url }: Loaded<Dossier>) {
    const t = pick(this.language, strings);
    const lang = this.language;
    // The dossier's own words (title, standfirst, text, names) are in its language, which may
    // differ from the interface's, the page's: that one is on the article, as Firefox does not
    // let a shadow tree inherit its host's language.
    const own = contentLang(dossier) ?? nothing;
    const body = this.introNodes(dossier.introHtml, url);
    const authors = dossier.authors.map((author) => author.name);
    // "Par {authors}": the words and the list's "et" in the interface's language, each name in the dossier's.
    const [by, byEnd] = t.by.split('{authors}');
    const names = listParts(authors, lang).map((part) => (part.type === 'element' ? html`<span lang=${own}>${part.value}</span>` : part.value));
    const details = html`${body.length ? html`<div class="body" part="body" lang=${own}>${body}</div>` : nothing}
      ${authors.length || dossier.published || dossier.url
        ? html`<p class="byline" part="byline">
            ${authors.length ? html`<span>${by}${names}${byEnd}</span>` : nothing}
            ${dossier.published
              ? html`<time datetime=${dossier.published.toISOString()}>${format(t.published, {
                  date: formatDate(dossier.published, lang),
                })}</time>`
              : nothing}
            ${dossier.url ? html`<a part="link" href=${dossier.url}>${t.dossier}</a>` : nothing}
          </p>`
        : nothing}
      ${dossier.actors.size
        ? html`<div class="actors">
            <p class="actors-label" id="actors-label">${t.actors}</p>
            <ul part="actors" aria-labelledby="actors-label">
              ${[...dossier.actors.values()].map((actor) => this.renderActor(actor, own))}
            </ul>
          </div>`
        : nothing}`;
    return html`<article part="intro" aria-labelledby="title" lang=${lang}>
      ${headings[this.level](dossier.title, own)}
      ${dossier.standfirst
        ? html`<p class="standfirst" part="standfirst" lang=${own}>${dossier.standfirst}</p>`
        : nothing}
      ${this.collapsed
        ? // Both labels are in the markup and CSS shows the one that fits, so the disclosure
          // reads right when opened without JavaScript (a pre-rendered snippet) too.
          html`<details class="details"><summary class="toggle action" part="toggle" @click=${this.revealing}><span class="when-closed">${t.readMore}</span>
                <span class="when-open">${t.showLess}</span></summary>${details}</details>`
        : html`<div class="details">${details}</div>`}
    </article>`;
  }

  private renderActor(actor: Actor, lang: string | typeof nothing) {
    // The name is visible next to it: the picture is decorative.
    const avatar = renderAvatar(actor, this.failedImages.has(actor.id), () => {
      this.failedImages = new Set(this.failedImages).add(actor.id);
    }, 32);
    const name = html`<span class="name" lang=${lang}>${actor.name}</span>`;
    // Only a real testimony makes a link: never an empty or placeholder href.
    const href = actor.items[0]?.url;
    return html`<li class="actor" part="actor">
      ${href ? html`<a part="link" href=${href}>${avatar}${name}</a>` : html`${avatar}${name}`}
    </li>`;
  }
}
