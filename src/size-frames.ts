/**
 * Sizes the iframes of exported embed pages (src/embed-site/) on a page that has the loader:
 * each such page posts its height to its parent (`SIZE_MESSAGE`, size-message.ts) whenever it
 * changes, and its `<iframe>` takes that height. The loader imports this module with the first
 * message that has a `height`, so a page without embedded frames never downloads it.
 */
import { SIZE_MESSAGE, type SizeMessage } from './embed-site/size-message.js';

/** The tallest an embedded page may make its frame, in CSS pixels. */
const MAX_HEIGHT = 10_000;

/**
 * For a `SIZE_MESSAGE`: gives the `<iframe>` of the page that posted it (its `contentWindow` is
 * the event's source) the height the page reports, a finite number of CSS pixels, clamped to
 * 0–10,000. Any other message, or height, leaves every frame as it is; it never throws. Frames
 * inside shadow roots are out of its sight.
 */
export function sizeFrame({ data, source }: MessageEvent<SizeMessage>) {
  const { height } = data;
  if (data.type !== SIZE_MESSAGE || !Number.isFinite(height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) frame.style.height = `${Math.min(Math.max(height, 0), MAX_HEIGHT)}px`;
  }
}
