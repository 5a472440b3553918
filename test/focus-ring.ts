/**
 * Can a reader see where focus is? Two checks of an element's focus ring (its outline, which is
 * how every focus style of this library is drawn):
 *
 * - `ringObstructions(el)` works in every engine, from computed styles and boxes: where the ring
 *   paints (the border box grown by outline-offset + outline-width), and what hides it: no
 *   outline, the element's own `clip-path` (it clips the element's outline too), an ancestor
 *   that clips what overflows it (overflow other than visible, paint containment, a clip-path)
 *   without room for the ring, or a later sibling over the ring that paints above it (painting
 *   order reduced to DOM order and z-index among siblings).
 * - `ringSides(el, …)` looks at pixels: screenshots before and after focus (the `screenshot`
 *   command, test/screenshot-plugin.mjs) and, for each side of the element, the share of its
 *   length where the band just outside it changed. Chromium and Firefox only: visual diff is not
 *   available in WebKitGTK (WebDriver classic there, no region screenshot), where it answers null.
 */
import { executeServerCommand } from '@web/test-runner-commands';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far past its box a ring may be cut before it counts as hidden (sub-pixel layout). */
const TOLERANCE = 0.5;

const label = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${el.getAttribute('data-key') ? ` data-key=${el.getAttribute('data-key')}` : ''}${el.textContent?.trim() ? ` "${el.textContent.trim().slice(0, 20)}"` : ''}>`;

/** The parent, crossing out of a shadow root to its host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** Where the element's outline paints, in viewport coordinates; undefined when it has none. */
export function ringRect(el: Element): Rect | undefined {
  const style = getComputedStyle(el);
  const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  if (!width) return undefined;
  const grow = Math.max(0, parseFloat(style.outlineOffset) + width);
  const box = el.getBoundingClientRect();
  return { left: box.left - grow, top: box.top - grow, right: box.right + grow, bottom: box.bottom + grow };
}

const intersects = (a: Rect, b: Rect) => a.left < b.right - TOLERANCE && b.left < a.right - TOLERANCE && a.top < b.bottom - TOLERANCE && b.top < a.bottom - TOLERANCE;

/** The sides where `inner` sticks out of `outer`, and by how much. */
function overflow(inner: Rect, outer: Rect): string[] {
  const sides: [string, number][] = [
    ['left', outer.left - inner.left],
    ['top', outer.top - inner.top],
    ['right', inner.right - outer.right],
    ['bottom', inner.bottom - outer.bottom],
  ];
  return sides.filter(([, by]) => by > TOLERANCE).map(([side, by]) => `${by.toFixed(1)} px on the ${side}`);
}

/** Stacking level among siblings: z-index where it applies (positioned, flex or grid items), else 0. */
function level(el: Element) {
  const style = getComputedStyle(el);
  const parentDisplay = el.parentElement ? getComputedStyle(el.parentElement).display : '';
  const applies = style.position !== 'static' || /flex|grid/.test(parentDisplay);
  return applies && style.zIndex !== 'auto' ? Number(style.zIndex) : 0;
}

/**
 * What keeps the focused element's ring from being seen, one sentence each; [] when nothing
 * does. Call it while the element has focus (its :focus-visible style applies).
 */
export function ringObstructions(el: Element): string[] {
  const name = label(el);
  const ring = ringRect(el);
  if (!ring) return [`${name} has no outline`];
  const problems: string[] = [];
  const own = getComputedStyle(el).clipPath;
  if (own && own !== 'none') problems.push(`${name}: its own clip-path (${own}) cuts its outline off`);
  const box = el.getBoundingClientRect();
  for (let sibling = el.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const r = sibling.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(sibling).visibility !== 'visible') continue;
    // Over the ring, not just over the element's own box.
    const over = intersects(r, ring) && (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom);
    if (over && level(sibling) >= level(el)) problems.push(`${name}: ${label(sibling)}, painted after it, covers its ring`);
  }
  for (let node = parentOf(el); node && node !== document.documentElement; node = parentOf(node)) {
    const style = getComputedStyle(node);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|content|strict/.test(style.contain);
    if (style.clipPath && style.clipPath !== 'none') problems.push(`${name}: ancestor ${label(node)} has a clip-path (${style.clipPath})`);
    if (!clips) continue;
    const r = node.getBoundingClientRect();
    const padding = { left: r.left + node.clientLeft, top: r.top + node.clientTop, right: r.left + node.clientLeft + node.clientWidth, bottom: r.top + node.clientTop + node.clientHeight };
    const cut = overflow(ring, padding);
    if (cut.length) problems.push(`${name}: its ring is clipped by ${label(node)} (overflow ${style.overflowX}/${style.overflowY}) by ${cut.join(', ')}`);
  }
  return problems;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Pixels of a region of the page (viewport CSS pixels), or null where the engine takes no screenshot. */
async function screenshot({ left, top, right, bottom }: Rect): Promise<ImageData | null> {
  await frame();
  const png = await executeServerCommand<string | false, { x: number; y: number; width: number; height: number }>('screenshot', {
    x: left + scrollX,
    y: top + scrollY,
    width: right - left,
    height: bottom - top,
  });
  if (!png) return null;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How much of each side of an element shows a change once focused: 0 (none) to 1 (its whole length). */
export interface RingSides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width of the band, outside the element's box, where its ring is looked for (CSS px). */
const BAND = 7;

/**
 * Screenshots the element's surroundings with `blur` then with `focus` applied, and measures,
 * for each side, the share of its length where some pixel of the BAND px just outside the box
 * changed. null where the engine takes no screenshot (WebKitGTK).
 */
export async function ringSides(el: Element, focus: () => unknown, blur: () => unknown): Promise<RingSides | null> {
  await blur();
  const box = el.getBoundingClientRect();
  const region = { left: Math.floor(box.left) - BAND, top: Math.floor(box.top) - BAND, right: Math.ceil(box.right) + BAND, bottom: Math.ceil(box.bottom) + BAND };
  const before = await screenshot(region);
  if (!before) return null;
  await focus();
  const after = (await screenshot(region))!;
  const scale = before.width / (region.right - region.left);
  const changed = (x: number, y: number) => {
    const i = (Math.floor(y * scale) * before.width + Math.floor(x * scale)) * 4;
    return [0, 1, 2].some((c) => Math.abs(before.data[i + c]! - after.data[i + c]!) > 24);
  };
  // Box edges inside the region, in CSS px.
  const [x0, y0] = [box.left - region.left, box.top - region.top];
  const [x1, y1] = [box.right - region.left, box.bottom - region.top];
  const share = (along: number[], hit: (t: number) => boolean) => along.filter(hit).length / along.length;
  const span = (from: number, to: number) => Array.from({ length: Math.max(1, Math.floor(to - from)) }, (_, i) => from + i + 0.5);
  const band = (from: number, to: number) => span(Math.max(0, from), to);
  const width = region.right - region.left;
  const height = region.bottom - region.top;
  return {
    top: share(span(x0, x1), (x) => band(0, y0).some((y) => changed(x, y))),
    bottom: share(span(x0, x1), (x) => band(y1, height).some((y) => changed(x, y))),
    left: share(span(y0, y1), (y) => band(0, x0).some((x) => changed(x, y))),
    right: share(span(y0, y1), (y) => band(x1, width).some((x) => changed(x, y))),
  };
}
