/**
 * @web/test-runner launchers for the three engines (see ../shared/TOOLCHAIN.md, "Browsers"):
 *
 * - Chromium: puppeteer-core over CDP.
 * - Firefox ESR: puppeteer-core over WebDriver BiDi.
 * - WebKitGTK: @web/test-runner-webdriver (WebDriver classic) against a WebKitWebDriver that
 *   this launcher starts, driving MiniBrowser. MiniBrowser needs an X display: when $DISPLAY is
 *   unset the launcher starts its own Xvfb and gives it to WebKitWebDriver only.
 *
 * Every process started here (WebKitWebDriver and the MiniBrowser it starts, Xvfb) runs in its
 * own process group and is killed when the runner stops, when the node process exits (tests
 * failed, config error, uncaught exception) and on SIGINT/SIGTERM/SIGHUP.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { ENGINES, installHint, missingEngines } from './engines.mjs';


// ---------------------------------------------------------------- child processes and cleanup

const children = new Set();

/** Spawns a long-lived helper in its own process group, so that killing the group takes its children too. */
function spawnHelper(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    try { child.kill('SIGTERM'); } catch { /* already gone */ }
  }
}

/** Kills every helper still running; synchronous, so it also works inside an 'exit' handler. */
export function killHelpers() {
  for (const child of children) killGroup(child);
}

let cleanupInstalled = false;
function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killHelpers);
  // web-test-runner handles SIGINT itself (stops, then exits: 'exit' above runs). SIGTERM and
  // SIGHUP would end node without 'exit' handlers, leaving the helpers behind.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killHelpers();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** A port nobody listens on right now on 127.0.0.1 (the caller retries if it is taken meanwhile). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Rejects when the child exits or does not become ready in time. */
function failOnExit(child, what, ms) {
  let timer;
  const promise = new Promise((_, reject) => {
    let stderr = '';
    child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
    child.once('exit', (code, signal) => reject(new Error(`${what} exited (${signal ?? code}) before it was ready${stderr ? `:\n${stderr}` : ''}`)));
    timer = setTimeout(() => reject(new Error(`${what} was not ready after ${ms / 1000} s`)), ms);
  });
  return { promise, done: () => clearTimeout(timer) };
}

/** Starts Xvfb on a free display number (chosen by Xvfb itself with -displayfd); resolves ":N". */
async function startXvfb() {
  const child = spawnHelper('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const failure = failOnExit(child, 'Xvfb', 15_000);
  const ready = new Promise((resolve) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  try {
    return await Promise.race([ready, failure.promise]);
  } finally {
    failure.done();
  }
}

async function waitForDriver(port, child) {
  const failure = failOnExit(child, 'WebKitWebDriver', 15_000);
  let waiting = true;
  const ready = (async () => {
    while (waiting) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok) return;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    await Promise.race([ready, failure.promise]);
  } finally {
    waiting = false;
    failure.done();
  }
}

// ---------------------------------------------------------------- launchers

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: { executablePath: ENGINES.chromium.files()[0], headless: true, args: CHROMIUM_ARGS },
  });
  return Object.assign(launcher, { engine: 'chromium', emulatesMedia: true, httpCache: true });
}

/**
 * Media-feature emulation for Firefox. Puppeteer's page.emulateMediaFeatures is CDP-only, and
 * Firefox ESR's WebDriver BiDi has no emulation.setMediaFeaturesOverride yet; what Firefox does
 * have are the prefs behind its own simulations, set here from the browser's privileged (chrome)
 * realm, which BiDi reaches with `--remote-allow-system-access` and `remote.experimental.enabled`.
 * The prefs are browser-wide, which is safe with `concurrency: 1` (one test page at a time).
 * Like CDP's Emulation.setEmulatedMedia, each call replaces every earlier override: a feature
 * not listed goes back to what headless Firefox reports (light, no-preference, none), set
 * explicitly so that the page can be waited for until it sees every value.
 */
const FIREFOX_MEDIA_PREFS = {
  'prefers-color-scheme': ['layout.css.prefers-color-scheme.content-override', { dark: 0, light: 1 }, 'light'],
  'prefers-reduced-motion': ['ui.prefersReducedMotion', { reduce: 1, 'no-preference': 0 }, 'no-preference'],
  'forced-colors': ['browser.display.document_color_use', { active: 2, none: 0 }, 'none'],
};

async function firefoxEmulateMediaFeatures(browser, page, features = []) {
  const values = new Map(features.filter((f) => f.value).map((f) => [f.name, f.value]));
  const unknown = [...values.keys()].filter((name) => !(name in FIREFOX_MEDIA_PREFS));
  if (unknown.length) throw new Error(`Firefox: no emulation for media feature ${unknown.join(', ')}`);
  const statements = [];
  const queries = [];
  for (const [feature, [pref, map, fallback]] of Object.entries(FIREFOX_MEDIA_PREFS)) {
    const value = values.get(feature) ?? fallback;
    if (map[value] === undefined) throw new Error(`Firefox: no emulation for ${feature}: ${value}`);
    statements.push(`Services.prefs.setIntPref(${JSON.stringify(pref)}, ${map[value]});`);
    queries.push(`(${feature}: ${value})`);
  }
  const { result: tree } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chrome = tree.contexts[0]?.context;
  if (!chrome) throw new Error('Firefox: no chrome context to set the media prefs from');
  const { result } = await browser.connection.send('script.evaluate', {
    expression: statements.join('\n'),
    target: { context: chrome },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox: setting the media prefs failed: ${result.exceptionDetails?.text}`);
  if (!page) return;
  // The content process learns of pref changes asynchronously: wait until the page matches every
  // value, then two frames so that styles are recomputed too.
  const deadline = Date.now() + 5000;
  while (!(await page.evaluate((qs) => qs.every((q) => matchMedia(q).matches), queries))) {
    if (Date.now() > deadline) throw new Error(`Firefox: the page does not match ${queries.join(' and ')} after 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function firefox() {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: ENGINES.firefox.files()[0],
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'remote.experimental.enabled': true },
    },
    // emulateMedia (@web/test-runner-commands) and emulate-features (test/emulate-media-plugin.mjs)
    // call page.emulateMediaFeatures: route it to the prefs above.
    async createPage({ context, browser }) {
      const page = await context.newPage();
      page.emulateMediaFeatures = (features) => firefoxEmulateMediaFeatures(browser, page, features);
      return page;
    },
  });
  // Each test file starts without the overrides a previous (possibly failed) file left.
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    if (launcher.browser?.connected) await firefoxEmulateMediaFeatures(launcher.browser, undefined, []);
    return startSession(id, url);
  };
  return Object.assign(launcher, { engine: 'firefox', emulatesMedia: true, httpCache: true });
}

/** WebdriverLauncher that owns its WebKitWebDriver (and Xvfb when there is no display). */
class WebKitGtkLauncher extends WebdriverLauncher {
  #starting;

  constructor() {
    const [, minibrowser] = ENGINES.webkit.files();
    super({
      hostname: '127.0.0.1',
      port: 0, // set once WebKitWebDriver listens
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio asks for BiDi, and WebKitWebDriver answers "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation'] },
      },
    });
  }

  engine = 'webkit';
  // WebDriver classic has no media emulation (prefers-color-scheme, reduced motion, forced colours).
  emulatesMedia = false;
  // MiniBrowser --automation browses in an ephemeral session without an HTTP cache: even a plain
  // fetch() of a response with max-age reaches the server again (checked with the test server).
  httpCache = false;

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKitGTK';
  }

  async #startDriver() {
    installCleanup();
    const [driver] = ENGINES.webkit.files();
    const env = { ...process.env };
    if (!env.DISPLAY) env.DISPLAY = await startXvfb();
    const port = await freePort();
    const child = spawnHelper(driver, [`--port=${port}`, '--host=local'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    await waitForDriver(port, child);
    child.stderr.resume(); // keep draining, it is not read any more
    this.options.port = port;
  }

  // The driver process starts with the first test session, not when the config is read.
  async ensureManagerInitialized() {
    this.#starting ??= this.#startDriver();
    await this.#starting;
    return super.ensureManagerInitialized();
  }

  async stop() {
    try {
      // Ends the WebDriver session, which closes MiniBrowser; a hung browser does not hold us up.
      await Promise.race([super.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    } finally {
      killHelpers();
    }
  }
}

const FACTORIES = { chromium, firefox, webkit: () => new WebKitGtkLauncher() };

/** Launchers for the given engines; throws one line saying what to install when one is missing. */
export function launchersFor(names) {
  const missing = missingEngines(names);
  if (missing.length) throw new Error(installHint(missing));
  return names.map((name) => FACTORIES[name]());
}
