/**
 * Every element test runs in real browsers, Chromium, Firefox ESR and WebKitGTK (test/launchers.mjs;
 * BROWSERS=chromium,firefox,webkit selects some of them, default all three), against feeds served
 * over HTTP by this server (test/feed-server.mjs). `npm test` runs scripts/ensure-browsers.mjs
 * first, which installs the missing browsers or explains how to get them.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { emulateFeaturesPlugin } from './test/emulate-media-plugin.mjs';
import { engineSupportPlugin } from './test/engine-support-plugin.mjs';
import { selectedEngines } from './test/engines.mjs';
import { bigFeedServer } from './test/big-feed-server.mjs';
import { feedServer } from './test/feed-server.mjs';
import { heapPlugin } from './test/heap-plugin.mjs';
import { allowNullOrigin, outagePlugin } from './test/outage-plugin.mjs';
import { launchersFor } from './test/launchers.mjs';
import { cdnServer } from './test/cdn-server.mjs';
import { screenshotPlugin } from './test/screenshot-plugin.mjs';
import { propertyConfigPlugin } from './test/property-config-plugin.mjs';
import { ssrRenderPlugin } from './test/ssr-render-plugin.mjs';

// Dates in tests are formatted in one time zone, whatever the machine's.
process.env.TZ = 'Europe/Paris';

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts', 'stories/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // es2022: the default 'auto' target leaves decorators untransformed for new browsers.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    emulateFeaturesPlugin(),
    engineSupportPlugin(),
    // Region screenshots for pixel checks (focus rings), in Chromium and Firefox.
    screenshotPlugin(),
    // FC_SEED, FC_PATH, FC_RUNS for the property-based tests (src/test-support/property-config.ts).
    propertyConfigPlugin(),
    // Forced GC and heap figures in Chromium, for test/memory.test.ts.
    heapPlugin(),
    // A feed server per test whose answers change between page views, down to a closed port
    // (the last-known-good tests).
    outagePlugin(new URL('./', import.meta.url)),
    // Node's server rendering (the built dist/node/render-embed.js), for test/ssr-parity.test.ts.
    ssrRenderPlugin(new URL('./', import.meta.url)),
  ],
  // allowNullOrigin: a sandboxed frame (opaque origin) may import the test server's modules.
  // bigFeedServer: feeds too big to read, and big valid ones, each sent as a server may (src/feed/big-feed.test.ts).
  // cdnServer: dist/cdn byte for byte, and with one chunk altered (test/chunk-integrity.test.ts).
  middleware: [
    allowNullOrigin(),
    feedServer(new URL('./', import.meta.url)),
    bigFeedServer(new URL('./', import.meta.url)),
    cdnServer(new URL('./', import.meta.url)),
  ],
  browsers: launchersFor(selectedEngines()),
  // One page at a time: a second page in the same browser is a background tab, where
  // requestAnimationFrame (used by fixtures and by axe) can stall. Engines run side by side
  // (two at a time, the default concurrentBrowsers), each with one page.
  concurrency: 1,
  // Firefox takes 10+ s to start on a busy 2-core machine (the default allows 30 s).
  browserStartTimeout: 120_000,
  // A file's tests may take longer than the default 120 s on a busy machine: the property tests
  // (10,000 runs each) and test/memory.test.ts (5,000 mounts) take 20-60 s on an idle one.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10000 } },
  // The widgets' own warnings are asserted by the tests that provoke them (console.warn spies);
  // printed, hundreds of them buried the one failure CI's excerpt had room for.
  filterBrowserLogs: ({ args }) => {
    const first = String(args[0]);
    return !first.includes('Lit is in dev mode') && !first.startsWith('dossier-widgets:');
  },
};
