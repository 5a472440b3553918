/**
 * Finds the Chromium the tests run in: $CHROME_PATH, else /usr/bin/chromium. When there is
 * none and we are root with apt, installs Debian's `chromium`; otherwise stops with one line
 * that says how. (No npm package may download its own browser on these machines.)
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`No Chromium at ${path}: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH to its executable.`);
  process.exit(1);
}
console.log('No Chromium found: installing Debian\'s chromium with apt-get…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error('Installing chromium with apt-get failed: install it by hand (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get installed chromium but there is still nothing at ${path}: set CHROME_PATH to its executable.`);
  process.exit(1);
}
