import { css } from 'lit';

export const actorListStyles = css`
  .count {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875em;
  }
  ul.actors {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host(:not([layout='list'])) ul.actors {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
`;
