/**
 * Finds the browsers the tests run in (test/engines.mjs; $BROWSERS selects some, default all
 * three): Chromium at $CHROME_PATH, else /usr/bin/chromium; Firefox ESR at /usr/bin/firefox-esr;
 * WebKitGTK's WebKitWebDriver and MiniBrowser, and Xvfb when there is no $DISPLAY. When some are
 * missing and we are root with apt, installs their Debian packages; otherwise stops with one line
 * that says how. (No npm package may download its own browser on these machines.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installHint, missingEngines, selectedEngines } from '../test/engines.mjs';

let engines;
try {
  engines = selectedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const missing = missingEngines(engines);
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(installHint(missing));
  process.exit(1);
}
const packages = [...new Set(missing.flatMap((e) => e.apt))];
console.log(`Missing ${missing.map((e) => e.label).join(', ')}: installing Debian's ${packages.join(' ')} with apt-get…`);
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error(`Installing ${packages.join(' ')} with apt-get failed: install them by hand (apt-get install ${packages.join(' ')}).`);
  process.exit(1);
}
const still = missingEngines(engines);
if (still.length) {
  console.error(`apt-get installed ${packages.join(' ')} but files are still missing: ${still.map((e) => e.missing.join(', ')).join(', ')}` +
    ' (set CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH or MINIBROWSER_PATH to where they are).');
  process.exit(1);
}
