/**
 * Memory as a test (issue #13): 1,000 widgets of each kind mounted and removed on one shared
 * feed (a `<dossier-feed>` that stays), and the heap after a forced full collection must not
 * keep them. The same run prints the figures in `npm run bench` (scripts/bench/memory.mjs).
 *
 * Chromium only: forcing a collection and reading the heap need the DevTools protocol
 * (test/heap-plugin.mjs). Firefox through WebDriver BiDi and WebKitGTK through WebDriver
 * classic offer neither, nor `gc()` or `performance.memory` in the page;
 * `performance.measureUserAgentSpecificMemory` needs a cross-origin-isolated page and is
 * Chromium's alone too.
 *
 * Method (src/test-support/mount-cycles.js, shared with the bench): a warm-up of 100 mounts of
 * each kind first (styles, templates, the map's geometry chunk, i18n tables and the engine's
 * compiled code are made once and kept: not a leak), then the heap after GC; 1,000 mounts of
 * each kind, 100 at a time, each batch rendered (its `dossier-load`) and drawn before it is
 * removed; the heap after GC again. The bound and why: MEMORY_BOUND in mount-cycles.js.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/all.js';
import { feedUrl } from '../src/test-support/feeds.js';
import { MEMORY_BATCH as BATCH, MEMORY_BOUND as BOUND, MEMORY_KINDS, MEMORY_MOUNTS as MOUNTS, MEMORY_WARM_UP as WARM_UP, mountCycles } from '../src/test-support/mount-cycles.js';
import { engineSupport } from './engine-support.js';

interface Heap {
  /** V8's heap, bytes. */
  used: number;
  /** Blink's (Oilpan) heap, where DOM nodes live, bytes. */
  embedder: number;
  documents: number;
  nodes: number;
  listeners: number;
}
const heap = () => executeServerCommand<Heap, undefined>('heap-after-gc');

const KINDS = MEMORY_KINDS;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

describe('memory', function () {
  this.timeout(600_000);

  it(`keeps nothing of ${MOUNTS} widgets of each kind mounted and removed on a shared feed`, async function () {
    // Chromium only: see the top of this file.
    if ((await engineSupport()).engine !== 'chromium') this.skip();
    const host = document.createElement('dossier-feed');
    host.setAttribute('src', feedUrl('sample'));
    document.body.append(host);
    // Each map warns of the sample's initiative without coordinates: 1,100 console messages,
    // which the DevTools session would keep (and count in the heap). Counted, not printed.
    const warn = console.warn;
    let warnings = 0;
    console.warn = () => void warnings++;
    try {
      for (const [tag, attributes] of KINDS) await mountCycles(host, tag, attributes, WARM_UP, BATCH);
      const before = await heap();
      const rows: string[] = [];
      let last = before;
      for (const [tag, attributes] of KINDS) {
        const ms = await mountCycles(host, tag, attributes, MOUNTS, BATCH);
        const now = await heap();
        rows.push(`${tag}: ${(ms / MOUNTS).toFixed(1)} ms per mount, heap ${kb(now.used + now.embedder - last.used - last.embedder)}, nodes ${now.nodes - last.nodes}, listeners ${now.listeners - last.listeners}`);
        last = now;
      }
      const growth = last.used + last.embedder - (before.used + before.embedder);
      console.log(
        `memory: ${KINDS.length} × ${MOUNTS} mounts: heap ${kb(before.used + before.embedder)} → ${kb(last.used + last.embedder)} ` +
          `(${growth >= 0 ? '+' : ''}${kb(growth)}; V8 ${kb(last.used - before.used)}, Blink ${kb(last.embedder - before.embedder)}), ` +
          `nodes ${before.nodes} → ${last.nodes}, listeners ${before.listeners} → ${last.listeners}\n  ${rows.join('\n  ')}`,
      );
      expect(growth, `heap growth ${kb(growth)}`).to.be.below(BOUND);
      // No node and no listener of a removed widget is alive.
      expect(last.nodes - before.nodes, 'DOM nodes kept').to.be.at.most(0);
      expect(last.listeners - before.listeners, 'event listeners kept').to.be.at.most(0);
      expect(last.documents).to.equal(before.documents);
    } finally {
      console.warn = warn;
      host.remove();
    }
    expect(warnings).to.equal(WARM_UP + MOUNTS);
  });
});
