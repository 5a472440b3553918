/**
 * The message an embed page posts to its parent with its height (besides WordPress's and AMP's),
 * and which the loader reads to size such iframes on pages that allow scripts:
 *
 * ```js
 * { type: 'dossier-widgets:size', height: 512 } // CSS pixels, the page's full height
 * ```
 */
export const SIZE_MESSAGE = 'dossier-widgets:size';

export interface SizeMessage {
  type: typeof SIZE_MESSAGE;
  height: number;
}
