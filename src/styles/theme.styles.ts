/**
 * The theme every element shares. Partners set the public `--dossier-*` tokens (documented in
 * the README, checked by a test); each element reads only the private `--_*` locals below, so a
 * token has one default and one dark default, here. The font tokens, read once on :host below
 * and by nothing else, need no local.
 *
 * `theme="light"` (the default, safe on the white blogs most partners have), `theme="dark"`,
 * or `theme="auto"`: the page's `color-scheme` when it declares only one scheme, else the
 * reader's `prefers-color-scheme`.
 */
import { css } from 'lit';

const dark = css`
  --_accent: var(--dossier-accent, #7fd6b0);
  --_text: var(--dossier-text, #eceff1);
  --_muted: var(--dossier-muted, #b0b8c1);
  --_surface: var(--dossier-surface, #1b1f24);
  --_border: var(--dossier-border, #3a424c);
  --_focus: var(--dossier-focus, #9ecbff);
  --_skeleton: #2c333b;
  color-scheme: dark;
`;

const light = css`
  --_accent: var(--dossier-accent, #0b6e4f);
  --_text: var(--dossier-text, #1b1f24);
  --_muted: var(--dossier-muted, #57606a);
  --_surface: var(--dossier-surface, #fff);
  --_border: var(--dossier-border, #d0d7de);
  --_focus: var(--dossier-focus, #0969da);
  --_skeleton: #e8ebef;
  color-scheme: light;
`;

export const themeStyles = css`
  :host {
    ${light}
    --_radius: var(--dossier-radius, 0.5rem);
    --_space: var(--dossier-space, 1rem);
    --_shadow: var(--dossier-shadow, none);
    display: block;
    /* The error notice's box without fallback (below). */
    position: relative;
    /* The element paints its own surface, so its text contrast never depends on the host
       page's background (a dark widget on a white blog stays readable). */
    background: var(--_surface);
    border-radius: var(--_radius);
    font-family: var(--dossier-font-family, inherit);
    font-size: calc(1rem * var(--dossier-font-scale, 1));
    line-height: 1.5;
    color: var(--_text);
  }
  /* The partner's fallback, before data: the page's own look, so nothing moves at upgrade. */
  :host(:state(fallback)) {
    background: none;
    /* The shorthand inherits every font longhand, line-height too. */
    font: inherit;
    color: inherit;
    /* A size container is its own formatting context: the fallback's margins would stop
       collapsing with the page's and the element would grow. */
    container-type: normal;
  }
  :host([theme=dark]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme=auto]) {
      ${dark}
    }
  }
  /* theme="auto" on a page that declares one color-scheme only (dossier-element.ts sets these
     states then, and only then). Rules of their own, after the media query: an engine without
     custom states drops them and keeps following the reader. */
  :host(:state(dark)) {
    ${dark}
  }
  :host(:state(light)) {
    ${light}
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The error notice (DossierElement.renderError): the message and its retry button on one
     line when they fit, in the host's colour (the theme's, or the page's around a fallback).
     Without fallback it covers the skeleton, which stays under it and keeps the space. */
  .status,
  .error {
    display: inline;
  }
  [aria-hidden]+.notice {
    position: absolute;
    inset: 0;
    padding: var(--_space);
    background: var(--_surface);
  }
  /* A secondary button: retry, read more. */
  .action {
    font: inherit;
    font-size: 0.9em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  /* A picture or initials in a circle; each element sets the size. */
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  /* A placeholder shape; each skeleton sets its size (a line of text, below). */
  .skeleton {
    display: block;
    background: var(--_skeleton);
    border-radius: 4px;
    /* Still, on purpose: a page of 100 pulsing skeletons kept the compositor busy and slowed
       the render that replaces them (npm run bench); a still shape says "loading" well enough. */
  }
  /* A skeleton line (class="skeleton line") as tall as a line of text where it stands:
     skeletons reuse the real layout's classes, so the content that replaces them takes about
     the same room. These classes serve skeletons only. */
  .line {
    height: 0.6lh;
    padding: 0.2lh 0;
    background-clip: content-box;
  }
  .skeleton-avatar {
    background: var(--_skeleton);
  }
  /* Widths as classes, not style attributes: a strict CSP (style-src 'self') blocks those. */
  .long {
    width: 90%;
  }
  .mid {
    width: 65%;
  }
  .short {
    width: 40%;
  }
  @media (forced-colors: active) {
    .skeleton {
      background: GrayText;
    }
  }
`;
