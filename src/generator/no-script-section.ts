/**
 * The code section's "no script allowed here" mode: the page's address to paste on a line of its
 * own and the `<iframe>` code (no-script.ts), each with a label, a hint and its copy button; or
 * one sentence saying why there is none.
 */
import { html } from 'lit';
import type { NoScriptCode, NoScriptGap } from './no-script.js';
import type { GeneratorStrings } from './strings.js';

/** Copies `text`, selecting the field `fieldId` if the clipboard refuses, and announces `copied` or `failed`. */
export type CopyHandler = (text: string, fieldId: string, copied: string, failed: string) => void;

export function noScriptSection(s: GeneratorStrings, code: NoScriptCode | NoScriptGap, copyStatus: string, onCopy: CopyHandler) {
  const n = s.noScript;
  if (typeof code === 'string') {
    const why: Record<NoScriptGap, string> = { 'need-script': n.needScript, 'need-base': n.needBase, 'no-feed': s.code.empty, 'no-entry': n.noEntry };
    return html`<p class="hint no-script-gap">${why[code]}</p>`;
  }
  return html`<div class="field">
      <label for="embed-url">${n.urlLabel}</label>
      <p class="hint" id="embed-url-hint">${n.urlHint}</p>
      <div class="row">
        <input id="embed-url" type="url" readonly spellcheck="false" autocomplete="off" aria-describedby="embed-url-hint" .value=${code.url} />
        <button type="button" class="copy-url" @click=${() => onCopy(code.url, 'embed-url', n.urlCopied, n.copyFailed)}>${n.copyUrl}</button>
      </div>
    </div>
    <div class="field">
      <label for="iframe-code">${n.iframeLabel}</label>
      <p class="hint" id="iframe-code-hint">${n.iframeHint}</p>
      <textarea
        id="iframe-code"
        readonly
        spellcheck="false"
        autocomplete="off"
        rows="4"
        aria-describedby="iframe-code-hint no-script-settings"
        .value=${code.iframe}
      ></textarea>
    </div>
    <div class="actions">
      <button type="button" class="copy-iframe" @click=${() => onCopy(code.iframe, 'iframe-code', n.iframeCopied, n.copyFailed)}>${n.copyIframe}</button>
    </div>
    <p class="hint" id="no-script-settings">${n.settings}</p>
    <p class="copied" role="status">${copyStatus}</p>`;
}
