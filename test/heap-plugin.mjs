/**
 * Test-runner command `heap-after-gc` (Chromium only): forces a full garbage collection in the
 * test page's renderer and reads its heap, through the DevTools protocol (the page's puppeteer
 * CDP session): `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage` (the V8 heap, and
 * the embedder's — Blink's Oilpan heap, where DOM nodes live) and `Memory.getDOMCounters`
 * (documents, nodes, event listeners still alive). Used by test/memory.test.ts.
 *
 * Firefox (WebDriver BiDi) and WebKitGTK (WebDriver classic) have no protocol command to force
 * a collection or read the heap, and their pages have neither `gc()` nor
 * `performance.memory`; the command refuses them rather than return a figure that means less.
 */
const sessions = new WeakMap();

export function heapPlugin() {
  return {
    name: 'heap-after-gc',
    async executeCommand({ command, session }) {
      if (command !== 'heap-after-gc') return undefined;
      if (session.browser.engine !== 'chromium') throw new Error(`heap-after-gc: Chromium only, not ${session.browser.engine}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
      const cdp = await sessions.get(page);
      // Twice: objects whose finalisers or weak callbacks ran in the first pass go in the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return {
        used: heap.usedSize,
        embedder: heap.embedderHeapUsedSize ?? 0,
        documents: dom.documents,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
      };
    },
  };
}
