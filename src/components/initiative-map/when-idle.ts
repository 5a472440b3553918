/**
 * Runs `task` once the page is idle, and returns a function that cancels it: work a reader may
 * soon need (the map's next zoom levels) without delaying what they see now.
 * `requestIdleCallback` where the engine has it (Chromium, Firefox); elsewhere (Safari,
 * WebKitGTK) a timeout, long enough to let the frame being drawn go first.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
