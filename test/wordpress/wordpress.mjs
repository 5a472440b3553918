/**
 * A real WordPress for tests: Debian's `wordpress` (6.1), served by PHP's built-in server, on a
 * private MariaDB, all on 127.0.0.1, started and stopped by the test.
 *
 *   const wp = await startWordPress();
 *   const post = await wp.publishAsAuthor('Titre', 'https://…/quote/q-1.html'); // → { url, id, content }
 *   …open post.url in a browser…
 *   await wp.stop();
 *
 * startWordPress() installs the Debian packages when they are missing and it can (root with
 * apt; scripts/wordpress/ensure.mjs), else throws one line saying what to install. Then:
 * - a MariaDB data folder in a new temporary folder, its server on a socket there (no TCP);
 * - `php -S 127.0.0.1:<free port> -t /usr/share/wordpress scripts/wordpress/router.php`;
 * - /etc/wordpress/config-dossier-widgets-test-<pid>-<random>.php, one line requiring
 *   scripts/wordpress/config.php (Debian's wp-config.php reads /etc/wordpress/config-<name>.php;
 *   router.php names this run's file, so a site configured for 127.0.0.1 on this machine is
 *   neither read nor overwritten, and runs side by side do not meet);
 * - WordPress installed from PHP (scripts/wordpress/install.php), with an *author* (no
 *   `unfiltered_html`: kses filters what it publishes) and the test-only mu-plugin that lets
 *   WordPress fetch oEmbed from 127.0.0.1 (scripts/wordpress/mu-plugins/).
 *
 * stop() ends both servers and removes the file in /etc/wordpress and the temporary folder; a
 * failed start does the same before it throws. If the test process dies without stop(), a
 * detached watchdog (watchdog.mjs) does it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWordPress, WORDPRESS_ROOT } from '../../scripts/wordpress/ensure.mjs';
import { freePort } from '../launchers.mjs';

const PHP_DIR = fileURLToPath(new URL('../../scripts/wordpress/', import.meta.url));
const WATCHDOG = fileURLToPath(new URL('./watchdog.mjs', import.meta.url));
const CONFIG_DIR = '/etc/wordpress';
const AUTHOR = 'author';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/** Whether something accepts connections at `where` (a socket path, or { port }). */
function accepts(where) {
  return new Promise((resolve) => {
    const socket = connect(typeof where === 'string' ? { path: where } : { host: '127.0.0.1', ...where });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * A long-running child in its own process group (so that stop() ends `php -S` with its workers),
 * keeping the last lines of its output for error messages.
 */
function startChild(command, args, env) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const keep = (chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 30));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
    child.once('error', (error) => (keep(error.message), resolve(error.code)));
  });
  child.output = () => lines.join('\n');
  return child;
}

/** Ends a child's process group: SIGTERM, SIGKILL if it is still there after `graceMs`. */
async function endChild(child, graceMs) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const kill = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Runs a command to its end (at most 2 minutes); resolves with its stdout, rejects with its output when it fails. */
function run(command, args, { env = process.env, input, what = command } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'], timeout: 120000, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${what} failed (${code === null ? 'killed after 2 minutes' : `exit ${code}`}): ${(stderr || stdout).trim().split('\n').slice(-8).join('\n')}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** Runs one of scripts/wordpress/*.php and parses the JSON line it ends with. */
async function runPhp(script, env, input) {
  const stdout = await run('php', [join(PHP_DIR, script)], { env, input, what: `php ${script}` });
  const last = stdout.trim().split('\n').pop();
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`php ${script} printed no JSON answer: ${stdout.trim().slice(-500)}`);
  }
}

/** Waits until `check()` is true; throws `message()` after `timeoutMs` or when `child` exits. */
async function waitUntil(check, { timeoutMs, child, message }) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${message()} (it exited)`);
    if (Date.now() > deadline) throw new Error(`${message()} (after ${timeoutMs / 1000} s)`);
    await sleep(50);
  }
}

/** A string as a single-quoted PHP literal. */
const phpString = (text) => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;

/**
 * Starts a WordPress site; resolves with { url, version, author, permalinks, timings,
 * publishAsAuthor(title, content), stop() }. `log` receives progress lines (the apt install).
 */
export async function startWordPress({ log = () => {} } = {}) {
  const started = Date.now();
  ensureWordPress({ log });
  try {
    accessSync(CONFIG_DIR, constants.W_OK);
  } catch {
    throw new Error(`The WordPress tests write their site's settings in ${CONFIG_DIR} (Debian's wp-config.php reads them there): run them as root, or make ${CONFIG_DIR} writable.`);
  }

  const name = `dossier-widgets-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  const configFile = join(CONFIG_DIR, `config-${name}.php`);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-wp-'));
  const socket = join(dir, 'mysql.sock');
  const contentDir = join(dir, 'wp-content');
  const timings = {};
  let mariadb;
  let php;

  // The watchdog learns each thing to clean before it exists.
  const watchdog = spawn(process.execPath, [WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  watchdog.on('error', () => {});
  watchdog.unref();
  watchdog.stdin.on('error', () => {});
  const tell = (line) => watchdog.stdin.writable && watchdog.stdin.write(`${line}\n`);
  tell(`path ${dir}`);
  tell(`path ${configFile}`);

  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      await endChild(php, 3000);
      await endChild(mariadb, 10000);
      rmSync(configFile, { force: true });
      rmSync(dir, { recursive: true, force: true });
      tell('done');
      watchdog.stdin.end();
    })());

  try {
    // wp-content: Debian's themes, plugins and translations, and this run's own uploads.
    mkdirSync(join(contentDir, 'uploads'), { recursive: true });
    for (const part of ['themes', 'plugins', 'languages']) symlinkSync(join(WORDPRESS_ROOT, 'wp-content', part), join(contentDir, part));

    // MariaDB: a new data folder, small logs (it is thrown away), a socket and no TCP port.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const small = ['--innodb-log-file-size=8M', '--innodb-buffer-pool-size=32M'];
    let t = Date.now();
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot, ...small], { what: 'mariadb-install-db' });
    mariadb = startChild('mariadbd', [
      '--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mariadb.pid')}`,
      '--innodb-flush-log-at-trx-commit=0', '--skip-log-bin', ...asRoot, ...small,
    ]);
    tell(`group ${mariadb.pid}`);
    await waitUntil(() => accepts(socket), { timeoutMs: 20000, child: mariadb, message: () => `MariaDB did not start: ${mariadb.output()}` });
    timings.mariadb = Date.now() - t;

    // PHP's server on a free port; another port if someone takes it first.
    t = Date.now();
    let url;
    let env;
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      env = {
        ...process.env,
        DOSSIER_WP_ROOT: WORDPRESS_ROOT,
        DOSSIER_WP_CONFIG: name,
        DOSSIER_WP_URL: url,
        DOSSIER_WP_SOCKET: socket,
        DOSSIER_WP_CONTENT_DIR: contentDir,
        PHP_CLI_SERVER_WORKERS: '4',
      };
      php = startChild('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS_ROOT, join(PHP_DIR, 'router.php')], env);
      tell(`group ${php.pid}`);
      try {
        await waitUntil(() => accepts({ port }), { timeoutMs: 10000, child: php, message: () => `php -S did not start: ${php.output()}` });
        break;
      } catch (error) {
        await endChild(php, 1000);
        if (attempt >= 5 || !/in use/i.test(php.output())) throw error;
      }
    }
    writeFileSync(configFile, `<?php\n// A test site of dossier-widgets (test/wordpress/wordpress.mjs, process ${process.pid}); removed when it stops.\nrequire_once ${phpString(join(PHP_DIR, 'config.php'))};\n`);
    timings.php = Date.now() - t;

    t = Date.now();
    const installed = await runPhp('install.php', env);
    timings.install = Date.now() - t;
    const { author } = installed;
    if (author.role !== 'author' || author.unfiltered_html !== false) {
      throw new Error(`install.php made the test user ${JSON.stringify(author)}: expected an author without unfiltered_html`);
    }
    timings.total = Date.now() - started;

    return {
      url,
      version: installed.version,
      permalinks: installed.permalinks,
      author,
      timings,
      /** The server's last lines of output (its request log and PHP's warnings), for error messages. */
      serverLog: () => php.output(),
      /**
       * Publishes a post as the author, through kses as WordPress does for that role; resolves
       * with { url, id, content (as saved) }. Throws if WordPress did not filter it.
       */
      async publishAsAuthor(title, content) {
        const post = await runPhp('publish.php', env, JSON.stringify({ author: AUTHOR, title, content }));
        if (post.unfiltered_html !== false || post.kses !== true) {
          throw new Error(`publish.php did not publish through kses: ${JSON.stringify(post)}`);
        }
        return { url: post.url, id: post.id, content: post.content };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
