import { css } from 'lit';

/**
 * The card's look, shared by `<actor-card>` and the items of `<actor-list>`. Layout follows
 * the width the card is given (container queries), from 240 px to a full column.
 */
export const actorCardStyles = css`
  .card {
    container-type: inline-size;
    height: 100%;
    box-sizing: border-box;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .inner {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
  }
  .media {
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) 0;
    aspect-ratio: 4 / 3;
    background: var(--_skeleton);
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media .avatar {
    width: 100%;
    height: 100%;
    border-radius: 0;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-width: 0;
  }
  .avatar {
    width: 3em;
    height: 3em;
  }
  .who {
    flex: 1;
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  .meta,
  .place {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary {
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
  }
  .quote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    font-size: 0.9em;
  }
  .links a {
    padding: 0.25em 0;
  }

  /* Horizontal: picture beside the text, once there is room for both. */
  .horizontal .media {
    display: none;
  }
  @container (min-width: 420px) {
    .horizontal.with-media .inner {
      grid-template-columns: 8rem 1fr;
      align-items: start;
    }
    .horizontal .media {
      display: block;
      grid-row: span 6;
      margin: calc(var(--_space) * -1) 0 calc(var(--_space) * -1) calc(var(--_space) * -1);
      aspect-ratio: 1;
    }
    .horizontal.with-media .head .avatar {
      display: none;
    }
  }
  .vertical.with-media .head .avatar {
    display: none;
  }

  /* Compact: one line, avatar, name and role; the rest is for bigger cards. */
  .compact .inner {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  .compact .summary,
  .compact .tags,
  .compact .quote,
  .compact .place {
    display: none;
  }
  .compact .avatar {
    width: 2.25em;
    height: 2.25em;
    font-size: 0.85em;
  }
  .compact .name {
    font-size: 1em;
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`;
