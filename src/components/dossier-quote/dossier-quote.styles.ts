import { css } from 'lit';

export const quoteStyles = css`
  :host {
    container-type: inline-size;
    /* Reserve about the height of a short quote while loading: no jump when it arrives. */
    min-height: var(--dossier-quote-min-height, auto);
  }
  figure {
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  /* The inline variant keeps its surface colour: its text contrast must not depend on the host page. */
  :host([variant=inline]) figure {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 0;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 0;
    box-shadow: none;
  }
  blockquote {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.45;
  }
  blockquote p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  blockquote p::before {
    content: open-quote;
    color: var(--_accent);
  }
  blockquote p::after {
    content: close-quote;
    color: var(--_accent);
  }
  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin-top: calc(var(--_space) * 0.75);
  }
  .avatar {
    width: 2.75em;
    height: 2.75em;
    font-size: 0.9em;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name {
    font-weight: 600;
  }
  .role,
  .links {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  .skeleton-shape .who {
    flex: 1;
  }
  @media (forced-colors: active) {
    figure {
      border: 1px solid CanvasText;
    }
  }
  /* Typographic quotation marks for the language of the words (the blockquote carries the
     feed’s lang, else inherits the figure's, the page's). Other languages get the
     browser's own marks for them (quotes: auto). */
  :lang(fr) {
    quotes: '«\\202F' '\\202F»' '“' '”';
  }
  :lang(en) {
    quotes: '“' '”' '‘' '’';
  }
`;
