import { css } from 'lit';

export const introStyles = css`
  :host {
    container-type: inline-size;
  }
  article,
  .skeleton-intro {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .title {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .standfirst {
    margin: 0.5em 0 0;
    font-size: 1.05em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* The summary looks like the other action buttons: no disclosure triangle. */
  .toggle {
    display: inline-block;
    margin-top: 0.75em;
    list-style: none;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  details:not([open]) .when-open,
  details[open] .when-closed {
    display: none;
  }
  /* Expanding in place: a short fade, only when the reader asked for it (the summary's click
     sets .reveal; a disclosure opened for them, or without JavaScript, just shows). */
  .reveal[open] > :not(summary) {
    animation: dossier-intro-reveal 0.2s ease-out;
  }
  @keyframes dossier-intro-reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }
  .body {
    margin-top: calc(var(--_space) * 0.75);
    overflow-wrap: anywhere;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  .body p,
  .body ul,
  .body ol,
  .body blockquote {
    margin: 0.75em 0;
  }
  .body ul,
  .body ol {
    padding-inline-start: 1.25em;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actors {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .actors-label {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .actors ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actor,
  .actor a {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
    max-width: 100%;
  }
  .name {
    min-width: 0;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .avatar {
    width: 2em;
    height: 2em;
    font-size: 0.8em;
  }
  /* The skeleton's bars, a line of text each; the title's, after this, is taller. */
  .skeleton-intro > * {
    height: 1em;
    margin: 0.5em 0;
  }
  .skeleton-title {
    width: 60%;
    height: 1.5em;
    margin-bottom: 1em;
  }
  .skeleton-intro .skeleton:nth-child(2),
  .skeleton-intro .skeleton:nth-child(4) {
    width: 100%;
  }
  .skeleton-intro .skeleton:nth-child(3) {
    width: 92%;
  }
  .skeleton-intro .skeleton:nth-child(5) {
    width: 55%;
  }
  @container (max-width: 22rem) {
    article,
    .skeleton-intro {
      padding: calc(var(--_space) * 0.75);
    }
    .title {
      font-size: 1.25em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .reveal[open] > :not(summary) {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    article,
    .skeleton-intro,
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
