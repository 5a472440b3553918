import { css } from 'lit';

/** "Nothing matches": the empty state of lists and maps (not in the theme: a quote never needs it). */
export const emptyStyles = css`
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
`;
