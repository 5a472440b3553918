/**
 * URL allow-list for feed content. Feed URLs end up in `href` and `src`; anything but web and
 * mail links (`javascript:`, `data:`, `vbscript:`, `file:`…) is refused, and relative URLs are
 * resolved against the feed's own URL so they mean the same on every partner page.
 */
const LINK_PROTOCOLS = /^(https?|mailto):$/;
const IMAGE_PROTOCOLS = /^https?:$/;

function allow(value: unknown, base: string | undefined, protocols: RegExp): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return protocols.test(url.protocol) ? url.href : undefined;
  } catch {
    // A base that is no URL makes the constructor throw whatever the URL: try without it, so
    // that it costs the absolute URLs nothing (a relative one still fails).
    return base === undefined ? undefined : allow(value, undefined, protocols);
  }
}

/** An absolute http(s)/mailto URL, or undefined. */
export const safeLinkUrl = (value: unknown, base?: string) => allow(value, base, LINK_PROTOCOLS);

/** An absolute http(s) URL for an image, or undefined. */
export const safeImageUrl = (value: unknown, base?: string) => allow(value, base, IMAGE_PROTOCOLS);
