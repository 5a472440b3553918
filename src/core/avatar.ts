import { html, nothing } from 'lit';
import { initials } from './initials.js';
import type { Actor } from '../feed/model.js';

/**
 * An actor's picture, or their initials when there is none or it fails to load. The picture
 * is lazy and sized up front (no layout shift). `alt` is empty when the name is shown next to
 * it (`decorative`), else the feed's alt text or the name.
 */
export function renderAvatar(actor: Actor, failed: boolean | undefined, onError: () => void, size: number, decorative = true) {
  const image = !failed && actor.image;
  return html`<span class="avatar" part="avatar" aria-hidden=${decorative ? 'true' : nothing}>${image
    ? html`<img src=${image.url} alt=${decorative ? '' : image.alt} width=${size} height=${size} loading="lazy" decoding="async" @error=${onError}>`
    : initials(actor.name)}</span>`;
}
