/**
 * Cleans up after test/wordpress/wordpress.mjs when it dies without calling stop() (a crash,
 * Ctrl-C, a test runner that kills it): wordpress.mjs starts this detached, in its own process
 * group, with a pipe as stdin, and writes lines to it:
 *
 *   group <pid>   a process group it started (MariaDB, `php -S` and its workers)
 *   path <path>   a file or folder it wrote (the /etc/wordpress file, the run's temporary folder)
 *   done          stop() cleaned up everything: forget it all and exit
 *
 * When stdin closes without `done`, its parent is gone: it ends those groups (SIGTERM, then
 * SIGKILL after 3 s) and removes those paths. Nothing else: it only knows what it was told.
 */
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

const groups = new Set();
const paths = new Set();
let done = false;

const alive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};
const signal = (pid, name) => {
  try {
    process.kill(-pid, name);
  } catch {
    // Already gone.
  }
};

createInterface({ input: process.stdin })
  .on('line', (line) => {
    const [, word, value] = /^(\w+)(?: (.*))?$/.exec(line) ?? [];
    if (word === 'group' && Number(value) > 1) groups.add(Number(value));
    if (word === 'path' && value?.startsWith('/') && value.length > 1) paths.add(value);
    if (word === 'done') done = true;
  })
  .on('close', async () => {
    if (done) process.exit(0);
    for (const pid of groups) signal(pid, 'SIGTERM');
    for (let waited = 0; waited < 3000 && [...groups].some(alive); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const pid of groups) if (alive(pid)) signal(pid, 'SIGKILL');
    for (const path of paths) rmSync(path, { recursive: true, force: true });
    process.exit(0);
  });
