/** The generator's "Code" section: notes on what the snippet needs, the code itself, and the copy button with its live region. */
import { html, type TemplateResult } from 'lit';
import type { GeneratorStrings } from './strings.js';

export function codeSection(s: GeneratorStrings, snippet: string, notes: string[], copyStatus: string, onCopy: () => void) {
  let body: TemplateResult;
  if (!snippet) {
    body = html`<p class="hint">${s.code.empty}</p>`;
  } else {
    body = html`${notes.map((note, i) => html`<p class="hint" id="code-note-${i}">${note}</p>`)}
      <textarea
        id="code"
        readonly
        spellcheck="false"
        autocomplete="off"
        rows=${Math.min(24, snippet.split('\n').length + 1)}
        aria-labelledby="code-heading"
        aria-describedby=${notes.map((_, i) => `code-note-${i}`).join(' ')}
        .value=${snippet}
      ></textarea>
      <div class="actions">
        <button type="button" class="copy" @click=${onCopy}>${s.code.copy}</button>
        <p class="copied" role="status">${copyStatus}</p>
      </div>`;
  }
  return html`<section class="code" aria-labelledby="code-heading">
    <h2 id="code-heading">${s.code.heading}</h2>
    ${body}
  </section>`;
}
