/**
 * Every element test runs in a real headless browser, against feeds served over HTTP by this
 * server (test/feed-server.mjs). `npm test` runs scripts/ensure-chromium.mjs first, which sets
 * CHROME_PATH or explains how to get a browser.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { emulateFeaturesPlugin } from './test/emulate-media-plugin.mjs';
import { feedServer } from './test/feed-server.mjs';

// Dates in tests are formatted in one time zone, whatever the machine's.
process.env.TZ = 'Europe/Paris';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  },
});

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts', 'stories/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // es2022: the default 'auto' target leaves decorators untransformed for new browsers.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), emulateFeaturesPlugin()],
  middleware: [feedServer(new URL('./', import.meta.url))],
  browsers: [chromium],
  // One page at a time: a second page in the same browser is a background tab, where
  // requestAnimationFrame (used by fixtures and by axe) can stall. The suite takes ~10 s anyway.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
