/**
 * The package as a user gets it: `npm pack` the built dist/ (`npm test` builds before this, so
 * --ignore-scripts skips prepack's second build), install the tarball into a scratch project,
 * and use it there: the `dossier-widgets` command through npx, the `dossier-widgets/node` API,
 * the CDN files.
 *
 * The install is offline. `npm install x.tgz --offline` cannot resolve `lit@^3.3.3`: `npm ci`
 * put the tarballs in npm's cache but never fetched the registry's metadata. So the scratch
 * project gets a lockfile with this repository's own entries for the package's dependencies,
 * and `npm ci --offline` installs exactly the versions the tests ran with, from the cache.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(root, 'demo/feeds/pratiques-collaboratives.json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command; resolves with its exit code and output, never rejects. */
const run = (command, args, cwd) =>
  new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/**
 * package-lock.json's entries for `pkg`'s dependencies and theirs, found as npm finds them (the
 * nearest node_modules folder up the tree), without the dev flags they carry here.
 */
function lockedDependencies(lock, pkg) {
  const packages = {};
  const parent = (dir) => (dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '');
  const visit = (from, name) => {
    for (let dir = from; ; dir = parent(dir)) {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      const entry = lock.packages[key];
      if (entry) {
        if (packages[key]) return;
        packages[key] = { ...entry };
        for (const flag of ['dev', 'devOptional', 'peer']) delete packages[key][flag];
        for (const dependency of Object.keys(entry.dependencies ?? {})) visit(key, dependency);
        return;
      }
      assert.ok(dir, `${name} is not in package-lock.json`);
    }
  };
  for (const dependency of Object.keys(pkg.dependencies)) visit(`node_modules/${pkg.name}`, dependency);
  return packages;
}

/** A scratch project that depends on the tarball, locked to this repository's versions. */
function writeProject(dir, tarball) {
  const pkg = readJson('package.json');
  const spec = `file:../${tarball}`;
  const { version, license, dependencies, peerDependencies, peerDependenciesMeta, bin } = pkg;
  const project = { name: 'scratch-app', private: true, type: 'module', dependencies: { [pkg.name]: spec } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(project));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({
    name: project.name,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: project.name, dependencies: project.dependencies },
      [`node_modules/${pkg.name}`]: { version, resolved: spec, license, dependencies, peerDependencies, peerDependenciesMeta, bin },
      ...lockedDependencies(readJson('package-lock.json'), pkg),
    },
  }));
}

const scratch = mkdtempSync(join(tmpdir(), 'dossier-widgets-pack-'));
const app = join(scratch, 'app');
let files = [];

before(async () => {
  assert.ok(existsSync(join(root, 'dist/node/bin.js')), 'dist/ is not built: run npm run build');
  const pack = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root);
  assert.equal(pack.code, 0, pack.stderr);
  const [{ filename, files: packed }] = JSON.parse(pack.stdout);
  files = packed.map((f) => f.path);
  // A project of its own, or npm would look for one in the folders above.
  mkdirSync(app);
  writeProject(app, filename);
  const install = await run(npm, ['ci', '--offline', '--no-audit', '--no-fund'], app);
  assert.equal(install.code, 0, `npm ci --offline failed (npm ci in the repository fills the cache):\n${install.stderr}`);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the tarball holds the builds, the schema and the manifest, and no sources or tests', () => {
  for (const file of ['dist/node/bin.js', 'dist/node/index.js', 'dist/node/index.d.ts', 'dist/cdn/loader.js',
    'dist/index.js', 'schema/dossier-feed.schema.json', 'custom-elements.json', 'package.json', 'README.md']) {
    assert.ok(files.includes(file), `${file} is not in the tarball`);
  }
  const stray = files.filter((f) => !/^(dist|schema)\//.test(f) && !['package.json', 'README.md', 'custom-elements.json'].includes(f));
  assert.deepEqual(stray, []);
  assert.deepEqual(files.filter((f) => /\.test\.|(^|\/)(src|test|demo|node_modules)\//.test(f)), []);
});

test('npx dossier-widgets validate: 0 for the sample, 1 for a broken feed, 2 for a missing file', async () => {
  const valid = await run(npx, ['dossier-widgets', 'validate', sample], app);
  assert.equal(valid.code, 0, valid.stderr);
  assert.match(valid.stdout, /: valid \(0 problems/);

  writeFileSync(join(app, 'broken.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [], _dossier: { version: 1, id: 'd', actors: [{ id: 'a', kind: 'person' }] } }));
  const invalid = await run(npx, ['dossier-widgets', 'validate', 'broken.json'], app);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stdout, /^ {2}_dossier\.actors\[0\]\.name: expected a non-empty string$/m);

  const missing = await run(npx, ['dossier-widgets', 'validate', 'missing.json'], app);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'dossier-widgets: missing.json: no such file\n');
});

test('--json prints one JSON document', async () => {
  const { code, stdout } = await run(npx, ['dossier-widgets', 'validate', sample, '--json'], app);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, true);
  assert.deepEqual(report.problems, []);
});

test('dossier-widgets/node exposes validateFeed', async () => {
  const script = `import('dossier-widgets/node').then(async ({ validateFeed }) => {
    const { readFile } = await import('node:fs/promises');
    const report = validateFeed(JSON.parse(await readFile(${JSON.stringify(sample)}, 'utf8')));
    console.log(typeof validateFeed, report.valid, report.dossier.id);
  })`;
  const { code, stdout, stderr } = await run(process.execPath, ['-e', script], app);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'function true pratiques-collaboratives\n');
});

test('the CDN loader is installed too', () => {
  assert.ok(existsSync(join(app, 'node_modules/dossier-widgets/dist/cdn/loader.js')));
});

test('npx dossier-widgets export writes the embed site from the installed package, scripts included', async () => {
  const { code, stdout, stderr } = await run(npx, ['dossier-widgets', 'export', sample, '--out', 'site', '--base-url', 'https://embeds.example/'], app);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^Exported \d+ embed pages to site/);
  const { embeds } = JSON.parse(readFileSync(join(app, 'site/embeds.json'), 'utf8'));
  assert.deepEqual([...new Set(embeds.map((e) => e.type))], ['quote', 'actor', 'intro', 'map', 'initiative']);
  for (const file of ['assets/loader.js', 'assets/embed-page.js', 'intro.html', 'map.oembed.json']) assert.ok(existsSync(join(app, 'site', file)), file);
});

test('the installed loader.js, in a page of the scratch project, renders a quote in Chromium', async () => {
  const { launch } = await import('puppeteer-core');
  const { createServer } = await import('node:http');
  const { CHROMIUM_ARGS } = await import('../../scripts/chromium-args.mjs');
  writeFileSync(join(app, 'feed.json'), readFileSync(sample));
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="fr"><script type="module" src="/node_modules/dossier-widgets/dist/cdn/loader.js"></script><dossier-quote feed="/feed.json"></dossier-quote>');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = join(app, new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(app) || !existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => document.querySelector('dossier-quote')?.matches(':state(complete)'), { timeout: 20_000 });
    const words = await page.evaluate(() => document.querySelector('dossier-quote').shadowRoot.querySelector('blockquote').textContent);
    assert.match(words, /pratique collaborative/i);
  } finally {
    await browser.close();
    server.close();
  }
});
