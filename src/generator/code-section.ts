/**
 * The generator's "Code" section: a choice between the script snippet and the "no script allowed
 * here" code (no-script-section.ts); for the snippet, notes on what it needs, the code itself,
 * and the copy button with its live region.
 */
import { html, type TemplateResult } from 'lit';
import { radios } from './form-controls.js';
import type { GeneratorStrings } from './strings.js';

export const CODE_MODES = ['script', 'no-script'] as const;
export type CodeMode = (typeof CODE_MODES)[number];

/** The mode shown, how to change it, and the "no script" mode's body. */
export interface CodeModeChoice {
  mode: CodeMode;
  change: (mode: CodeMode) => void;
  noScript: () => unknown;
}

export function codeSection(s: GeneratorStrings, snippet: string, notes: string[], copyStatus: string, onCopy: () => void, choice: CodeModeChoice) {
  let body: unknown;
  if (choice.mode === 'no-script') {
    body = choice.noScript();
  } else if (!snippet) {
    body = html`<p class="hint">${s.code.empty}</p>`;
  } else {
    body = scriptCode(s, snippet, notes, copyStatus, onCopy);
  }
  const labels = { script: s.codeMode.script, 'no-script': s.codeMode.noScript };
  return html`<section class="code" aria-labelledby="code-heading">
    <h2 id="code-heading">${s.code.heading}</h2>
    ${radios('code-mode', s.codeMode.legend, CODE_MODES, labels, choice.mode, choice.change)} ${body}
  </section>`;
}

function scriptCode(s: GeneratorStrings, snippet: string, notes: string[], copyStatus: string, onCopy: () => void): TemplateResult {
  return html`${notes.map((note, i) => html`<p class="hint" id="code-note-${i}">${note}</p>`)}
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
