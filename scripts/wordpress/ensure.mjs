/**
 * Finds what the WordPress tests (test/wordpress/) run: Debian's `wordpress` (6.1), a MariaDB
 * server and PHP's command line (which brings the built-in web server). When some are missing
 * and we are root with apt, installs their Debian packages; otherwise stops with one line that
 * says how. Like scripts/ensure-browsers.mjs, whose style it follows.
 *
 *   node scripts/wordpress/ensure.mjs       install what is missing (root), or say what to install
 *
 * test/wordpress/wordpress.mjs calls ensureWordPress() itself before it starts a site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORDPRESS_ROOT = '/usr/share/wordpress';

/** What each part needs on disk, and the Debian package that provides it. */
const PARTS = [
  { label: 'WordPress', apt: 'wordpress', files: [`${WORDPRESS_ROOT}/wp-load.php`, `${WORDPRESS_ROOT}/wp-config.php`] },
  { label: 'MariaDB', apt: 'mariadb-server', files: ['/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db'] },
  { label: 'PHP', apt: 'php-cli', files: ['/usr/bin/php'] },
];

/** PHP's mysqli, which WordPress talks to MariaDB with (Debian's `wordpress` depends on it). */
function hasMysqli() {
  try {
    execFileSync('/usr/bin/php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The missing parts, each with the files it lacks and its package. */
export function missingWordPress() {
  const missing = PARTS.map((p) => ({ ...p, missing: p.files.filter((f) => !existsSync(f)) })).filter((p) => p.missing.length);
  if (!missing.some((p) => p.apt === 'php-cli') && !hasMysqli()) {
    missing.push({ label: "PHP's mysqli", apt: 'php-mysql', missing: ['mysqli extension'] });
  }
  return missing;
}

const hint = (missing) =>
  `Missing for the WordPress tests: ${missing.map((p) => `${p.label} (${p.missing.join(', ')})`).join('; ')}.` +
  ` Install with: sudo apt-get install ${[...new Set(missing.map((p) => p.apt))].join(' ')}`;

/**
 * Makes sure the packages are here: installs them when root with apt, else throws an Error whose
 * message is one line saying what to install. `log` receives the one progress line.
 */
export function ensureWordPress({ log = console.log } = {}) {
  const missing = missingWordPress();
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) throw new Error(hint(missing));
  const packages = [...new Set(missing.map((m) => m.apt))];
  log(`Missing ${missing.map((p) => p.label).join(', ')}: installing Debian's ${packages.join(' ')} with apt-get…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    throw new Error(`Installing ${packages.join(' ')} with apt-get failed: install them by hand (apt-get install ${packages.join(' ')}).`);
  }
  const still = missingWordPress();
  if (still.length) throw new Error(`apt-get installed ${packages.join(' ')} but files are still missing: ${still.flatMap((p) => p.missing).join(', ')}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureWordPress();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
