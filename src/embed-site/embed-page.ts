/**
 * The script of an exported embed page (dist/cdn/embed-page.js, copied into the site), loaded
 * before the element loader:
 *
 * - `?theme=light|dark|auto` and `?lang=fr|en` set the element's attributes before it upgrades
 *   (the server rendered the default; without JavaScript the reader sees that one);
 * - the page reports its height to its parent whenever it changes, in three dialects:
 *   WordPress's (`{ secret, message: 'height', value }`, with the `#?secret=…` WordPress adds to
 *   the frame's URL, and again when WordPress says `ready`), AMP's `embed-size`, and ours
 *   (`{ type: 'dossier-widgets:size', height }`, read by the loader on pages with scripts);
 * - links open in the top window (`<base target="_top">` in the page); inside WordPress's
 *   sandbox, which forbids that, a click is also passed to WordPress as its `link` message,
 *   which follows it when the link is on the embed site's own host.
 *
 * It reads no storage and needs no origin: it works in a sandboxed frame (opaque origin).
 */
import { languages } from '../i18n/languages.js';
import { SIZE_MESSAGE } from './size-message.js';

const query = new URLSearchParams(location.search);
const element = document.querySelector('main > *');
const theme = query.get('theme');
const lang = query.get('lang');
if (element && theme && ['light', 'dark', 'auto'].includes(theme)) element.setAttribute('theme', theme);
if (element && lang && (languages as readonly string[]).includes(lang)) {
  element.setAttribute('lang', lang);
  document.documentElement.lang = lang;
}

const secret = new URLSearchParams(location.hash.replace(/^#\??/, '')).get('secret');
let last = -1;

function postHeight(force = false) {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === last && !force) || parent === window) return;
  last = height;
  if (secret) parent.postMessage({ secret, message: 'height', value: height }, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  parent.postMessage({ type: SIZE_MESSAGE, height }, '*');
}

new ResizeObserver(() => postHeight()).observe(document.documentElement);
addEventListener('load', () => postHeight(true));
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { message?: unknown; secret?: unknown } | null;
  if (event.source === parent && data?.message === 'ready' && data.secret === secret) postHeight(true);
});
// Clicks inside shadow roots reach here too: the link is the first <a href> on the event's path.
addEventListener('click', (event) => {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  if (link && secret) parent.postMessage({ secret, message: 'link', value: link.href }, '*');
});
