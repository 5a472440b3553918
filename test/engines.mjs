/**
 * The browser engines the element tests run in, where each one lives on a Debian machine, and
 * which of them a run selects. No imports: scripts/ensure-browsers.mjs reads this table before
 * anything else is installed, and web-test-runner.config.mjs builds its launchers from it.
 *
 *   BROWSERS=chromium npm test            one engine (fast local run)
 *   BROWSERS=chromium,firefox npm test    a comma-separated list; default: all three
 *
 * Executables can be moved with CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and
 * MINIBROWSER_PATH.
 */
import { existsSync } from 'node:fs';

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    apt: ['chromium'],
    pathVar: 'CHROME_PATH',
    files: () => [process.env.CHROME_PATH || '/usr/bin/chromium'],
  },
  firefox: {
    label: 'Firefox ESR',
    apt: ['firefox-esr'],
    pathVar: 'FIREFOX_PATH',
    files: () => [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'],
  },
  webkit: {
    label: 'WebKitGTK',
    apt: ['webkit2gtk-driver', 'xvfb'],
    // Xvfb only when there is no display to open MiniBrowser's window on.
    files: () => [
      process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      ...(process.env.DISPLAY ? [] : ['/usr/bin/Xvfb']),
    ],
  },
};

/** The engines selected by $BROWSERS (default: all), in the table's order. Throws on an unknown name. */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value || !value.trim() || value.trim() === 'all') return Object.keys(ENGINES);
  const names = value.split(/[\s,]+/).filter(Boolean).map((n) => n.toLowerCase());
  const unknown = names.filter((n) => !(n in ENGINES));
  if (unknown.length) {
    throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (known: ${Object.keys(ENGINES).join(', ')}).`);
  }
  return Object.keys(ENGINES).filter((n) => names.includes(n));
}

/** The selected engines whose executables are missing, with the files and apt packages they need. */
export function missingEngines(names = selectedEngines()) {
  return names
    .map((name) => ({ name, ...ENGINES[name], missing: ENGINES[name].files().filter((f) => !existsSync(f)) }))
    .filter((e) => e.missing.length > 0);
}

/** One line saying what is missing and how to get it. */
export function installHint(missing) {
  const packages = [...new Set(missing.flatMap((e) => e.apt))];
  const what = missing.map((e) => `${e.label} (${e.missing.join(', ')})`).join('; ');
  const paths = missing.map((e) => e.pathVar).filter(Boolean);
  const present = Object.keys(ENGINES).filter((n) => !missing.some((e) => e.name === n) && missingEngines([n]).length === 0);
  return `Missing for the browser tests: ${what}. Install with: sudo apt-get install ${packages.join(' ')}` +
    (paths.length ? ` (or set ${paths.join('/')})` : '') +
    (present.length ? `, or test only what is here: BROWSERS=${present.join(',')} npm test.` : '.');
}
