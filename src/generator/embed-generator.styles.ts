import { css } from 'lit';

/**
 * The generator is a plain, sober tool page: system colours it can rely on for contrast,
 * native controls, a visible focus ring, and a layout that puts the preview beside the form
 * when there is room and below it otherwise.
 */
export const generatorStyles = css`
  :host {
    --_accent: #0b6e4f;
    --_text: #1b1f24;
    --_muted: #57606a;
    --_border: #6e7781;
    --_surface: #ffffff;
    --_panel: #f6f8fa;
    --_focus: #0969da;
    --_error: #a40e26;
    --_warning: #7d4e00;
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_surface);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.5;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .layout {
    display: grid;
    gap: 1.5rem;
  }
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(20rem, 2fr) 3fr;
      align-items: start;
    }
  }
  form,
  .output {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  fieldset {
    margin: 0;
    padding: 0.75rem 1rem 1rem;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    min-width: 0;
    display: grid;
    gap: 0.75rem;
  }
  fieldset fieldset {
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  label {
    display: block;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  /* Long options (a quote's first words) must not widen the form. */
  select {
    width: 100%;
    text-overflow: ellipsis;
  }
  .choices {
    display: grid;
    gap: 0.25rem;
  }
  .choices label,
  label.check {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .row input {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .colours {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.75rem;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='url'],
  input[type='text'],
  input[type='number'],
  select {
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_surface);
    max-width: 100%;
  }
  .pair {
    display: flex;
    gap: 0.375rem;
  }
  .pair input[type='text'] {
    width: 5.5em;
    min-width: 0;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    outline: 1px solid var(--_error);
  }
  input[type='color'] {
    flex: 1 1 2.5rem;
    min-width: 2.5rem;
    height: 2.5rem;
    padding: 0.125rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_surface);
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  button {
    justify-self: start;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: 0.375rem;
    background: var(--_accent);
    color: #ffffff;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status:empty,
  .error:empty,
  .warning:empty {
    display: none;
  }
  .status,
  .error,
  .warning {
    margin: 0;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .warning {
    color: var(--_warning);
  }
  section {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .stage {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: 0.5rem;
    background: var(--_panel);
    min-width: 0;
    overflow: auto;
  }
  .stage > * {
    max-width: 100%;
  }
  .fallback {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: 0.5rem;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .fallback h3 {
    margin: 0 0 0.5rem;
    font-family: system-ui, sans-serif;
    font-size: 1em;
  }
  .fallback a {
    color: var(--_accent);
  }
  textarea {
    width: 100%;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    background: var(--_panel);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    line-height: 1.45;
    /* Wrapped for reading; the copied text keeps only its own line breaks. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .copied {
    margin: 0;
    font-weight: 600;
  }
  /* The "no script" mode's two fields: their labels head them like the form's legends. */
  .code .field > label {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
    .stage,
    .fallback,
    fieldset {
      border-color: CanvasText;
    }
  }
`;
