/**
 * The `dossier-widgets` command as built (dist/node/bin.js; `npm test` builds before this):
 * exit codes and output on the sample feed, the fixtures, files that are not feeds, and URLs
 * served by a local HTTP server. Every person in the feeds written here is fictional.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/node/bin.js');
const sample = 'demo/feeds/pratiques-collaboratives.json';
const fixture = (name) => `src/test-support/fixtures/${name}.json`;
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Runs the command from the repository's root; never rejects. Async: the test server answers meanwhile. */
const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

const stderrLines = (stderr) => stderr.split('\n').filter(Boolean);

const tmp = mkdtempSync(join(tmpdir(), 'dossier-widgets-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name, content) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

test('the built command exists (npm test builds before this)', () => {
  assert.ok(existsSync(bin), 'dist/node/bin.js is missing: run npm run build');
});

describe('valid feeds: exit 0', () => {
  test('the sample feed: no problem, its one warning, a summary', async () => {
    const { code, stdout, stderr } = await run('validate', sample);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal(stdout, [
      'Warnings:',
      '  _dossier.initiatives[7]: no place: the map lists it but cannot show it',
      '',
      `${sample}: valid (0 problems, 1 warning)`,
      '',
    ].join('\n'));
  });

  test('the fictional fixtures', async () => {
    for (const name of ['fictional', 'fictional-en', 'fictional-no-language']) {
      const { code, stdout } = await run('validate', fixture(name));
      assert.equal(code, 0, `${name}: ${stdout}`);
      assert.match(stdout, /: valid \(0 problems, \d+ warnings?\)\n$/);
    }
  });
});

describe('invalid feeds: exit 1', () => {
  test('the broken fixture: every problem with its path, one per line, before the summary', async () => {
    const { code, stdout, stderr } = await run('validate', fixture('broken'));
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const lines = stdout.split('\n');
    assert.equal(lines[0], 'Problems:');
    for (const line of [
      '  version: expected "https://jsonfeed.org/version/1.1"',
      '  _dossier.actors[1].kind: expected "person" or "organisation"',
      '  _dossier.actors[2].name: expected a non-empty string',
      '  _dossier.quotes[1].actor: unknown actor "fantome"',
      '  items[0].date_published: expected an RFC 3339 date',
    ]) assert.ok(lines.includes(line), line);
    assert.equal(lines.at(-2), `${fixture('broken')}: invalid (19 problems, 0 warnings)`);
  });

  test('not a dossier feed: said so in the summary', async () => {
    const { code, stdout } = await run('validate', fixture('not-a-dossier'));
    assert.equal(code, 1);
    assert.match(stdout, /invalid \(1 problem, 0 warnings\); the widgets cannot show it at all\n$/);
  });

  test('JSON that is not an object is invalid, not unreadable', async () => {
    const { code, stdout } = await run('validate', write('number.json', '42'));
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}\$: expected a JSON Feed object$/m);
  });

  test('a bad language is a problem at its path, reported once (the parser and validate check with one grammar)', async () => {
    const feed = readJson(fixture('fictional'));
    feed.language = 'fr<!--';
    feed._dossier.language = 'French';
    feed.items[0].language = 'fr_FR';
    // The parser reads the feed's language only in place of a missing or bad dossier's one;
    // validate checks it in any case.
    for (const [name, dossierLanguage, paths] of [
      ['language.json', 'French', ['language', '_dossier.language', 'items[0].language']],
      ['language-dossier-ok.json', 'fr', ['language', 'items[0].language']],
    ]) {
      feed._dossier.language = dossierLanguage;
      const { code, stdout } = await run('validate', write(name, feed));
      assert.equal(code, 1);
      const reported = stdout.match(/^ {2}\S+: expected a language tag$/gm).map((line) => line.trim().split(':')[0]);
      assert.deepEqual(reported.sort(), [...paths].sort(), stdout);
    }
  });
});

describe('warnings: valid, each at its JSON path', () => {
  // A fictional feed with one of each warning, and traps for the paths: a dropped entry before
  // a kept one with the same id, and relative URLs.
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Dossier fictif',
    feed_url: 'http://media.example/dossiers/fictif/feed.json',
    home_page_url: 'https://media.example/dossiers/fictif/',
    authors: [{ name: 'Rédaction Exemple', url: 'http://media.example/' }],
    _dossier: {
      version: 1,
      id: 'fictif',
      places: [{ id: 'bourg', name: 'Bourg-Fictif' }, { id: 'ville', name: 'Ville-Exemple', lat: 45.5, lon: 3.2 }],
      actors: [
        { id: 'camille', kind: 'robot', name: 'Camille Exemple', image: 'camille.jpg' },
        { id: 'camille', kind: 'person', name: 'Camille Exemple', image: 'camille.jpg', url: 'http://camille.example/' },
        { id: 'dominique', kind: 'person', name: 'Dominique Test', image: { url: 'https://cdn.example/d.jpg' } },
        { id: 'alex', kind: 'person', name: 'Alex Fictif', image: { url: 'https://cdn.example/a.jpg', alt: '' } },
        { id: 'asso', kind: 'organisation', name: 'Association Fictive', image: { url: 'http://cdn.example/logo.png', alt: 'Logo' } },
      ],
      initiatives: [
        { id: 'nulle-part', name: 'Initiative sans lieu' },
        { id: 'bourg', name: 'Initiative du bourg', place: 'bourg', url: 'https://asso.example/' },
        { id: 'ville', name: 'Initiative en ville', place: 'ville' },
      ],
      quotes: [{ id: 'q', text: 'Une phrase inventée.', actor: 'camille', url: 'http://media.example/q' }],
    },
    items: [{ id: 'i', url: 'mailto:redaction@media.example' }],
  };

  test('human output: a Warnings group, no Problems group, exit 0', async () => {
    const fixed = structuredClone(feed);
    fixed._dossier.actors.shift(); // the dropped duplicate is a problem: see the next test
    const { code, stdout } = await run('validate', write('warnings.json', fixed));
    assert.equal(code, 0, stdout);
    assert.doesNotMatch(stdout, /Problems/);
    assert.match(stdout, /: valid \(0 problems, 10 warnings\)\n$/);
  });

  test('--json: the warnings, and the kept entry’s path when an earlier one with its id was dropped', async () => {
    const { code, stdout } = await run('validate', write('warnings-dropped.json', feed), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['file', 'valid', 'problems', 'warnings']);
    assert.equal(report.valid, false);
    assert.deepEqual(report.problems, [{ path: '_dossier.actors[0].kind', message: 'expected "person" or "organisation"' }]);
    const alt = 'no alt text: the actor’s name stands in for it (enough for a logo, not for a portrait); add "alt"';
    assert.deepEqual(report.warnings, [
      { path: 'authors[0].url', message: 'plain http link: use https' },
      { path: 'feed_url', message: 'plain http link: use https' },
      { path: '_dossier.actors[1].url', message: 'plain http link: use https' },
      // Relative to the feed_url, an http URL.
      { path: '_dossier.actors[1].image', message: 'plain http image: browsers block or flag it on https pages; serve it over https' },
      { path: '_dossier.actors[1].image', message: alt },
      { path: '_dossier.actors[2].image', message: alt },
      { path: '_dossier.actors[4].image.url', message: 'plain http image: browsers block or flag it on https pages; serve it over https' },
      { path: '_dossier.initiatives[0]', message: 'no place: the map lists it but cannot show it' },
      { path: '_dossier.initiatives[1].place', message: 'place "bourg" has no coordinates: the map lists the initiative but cannot show it' },
      { path: '_dossier.quotes[0].url', message: 'plain http link: use https' },
    ]);
  });
});

describe('unreadable: exit 2, one line on stderr', () => {
  const unreadable = async (args, expected) => {
    const { code, stdout, stderr } = await run(...args);
    assert.equal(code, 2, stderr);
    assert.deepEqual(stderrLines(stderr), [expected]);
    return stdout;
  };

  test('a missing file', async () => {
    assert.equal(await unreadable(['validate', 'no/such/feed.json'], 'dossier-widgets: no/such/feed.json: no such file'), '');
  });

  test('a directory', () => unreadable(['validate', 'demo/feeds'], 'dossier-widgets: demo/feeds: is a directory, not a feed file'));

  test('a file that is not JSON', async () => {
    const path = write('not-json.json', 'hello\nworld\n');
    const { code, stderr } = await run('validate', path);
    assert.equal(code, 2);
    assert.equal(stderrLines(stderr).length, 1);
    assert.match(stderr, new RegExp(`^dossier-widgets: ${path}: not JSON \\(.+\\)\\n$`));
  });

  test('--json still prints a JSON document, with the error', async () => {
    const stdout = await unreadable(['validate', 'missing.json', '--json'], 'dossier-widgets: missing.json: no such file');
    assert.deepEqual(JSON.parse(stdout), { file: 'missing.json', valid: false, problems: [], warnings: [], error: 'missing.json: no such file' });
  });
});

describe('URLs', () => {
  let server;
  let origin;
  const requests = [];
  before(async () => {
    const body = readFileSync(join(root, sample));
    server = createServer((request, response) => {
      requests.push(request);
      if (request.url === '/feed.json') response.writeHead(200, { 'content-type': 'application/feed+json' }).end(body);
      else if (request.url === '/text') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not a feed</p>');
      else response.writeHead(404).end('not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('a feed: exit 0, fetched as a partner page fetches it', async () => {
    const { code, stdout } = await run('validate', `${origin}/feed.json`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /\/feed\.json: valid \(0 problems, 1 warning\)\n$/);
    assert.equal(requests.at(-1).method, 'GET');
    assert.equal(requests.at(-1).headers.accept, 'application/feed+json, application/json');
  });

  test('an HTTP error status: exit 2', async () => {
    const { code, stderr } = await run('validate', `${origin}/missing.json`);
    assert.equal(code, 2);
    assert.deepEqual(stderrLines(stderr), [`dossier-widgets: ${origin}/missing.json: HTTP 404 Not Found`]);
  });

  test('an answer that is not JSON: exit 2', async () => {
    const { code, stderr } = await run('validate', `${origin}/text`, '--json');
    assert.equal(code, 2);
    assert.match(stderr, /^dossier-widgets: http:\/\/127\.0\.0\.1:\d+\/text: not JSON \(.+\)\n$/);
  });

  test('nobody listening: exit 2', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${closed.address().port}/feed.json`;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await run('validate', url);
    assert.equal(code, 2);
    assert.deepEqual(stderrLines(stderr), [`dossier-widgets: ${url}: cannot fetch (connect ECONNREFUSED ${url.slice(7, -10)})`]);
  });

  test('a server that does not answer in time', async () => {
    const { readSource } = await import('../../dist/node/read-source.js');
    const silent = createServer(() => {});
    await new Promise((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${silent.address().port}/feed.json`;
    await assert.rejects(readSource(url, 200), { name: 'UnreadableError', message: `${url}: no answer within 0.2 s` });
    silent.closeAllConnections();
    silent.close();
  });
});

describe('usage', () => {
  test('--help: the usage, exit 0', async () => {
    const { code, stdout } = await run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: dossier-widgets validate <file\|url> \[--json\]/);
    assert.match(stdout, /Exit codes: 0 valid/);
  });

  test('no arguments: the usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run();
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^Usage: /);
  });

  for (const [args, message] of [
    [['--frob'], "Unknown option '--frob'"],
    [['check', sample], 'unknown command "check"'],
    [['validate'], 'validate needs a file or a URL'],
    [['validate', sample, sample], 'validate takes one file or URL, got 2'],
  ]) {
    test(`${args.join(' ')}: one line on stderr, exit 2`, async () => {
      const { code, stderr } = await run(...args);
      assert.equal(code, 2);
      assert.deepEqual(stderrLines(stderr), [`dossier-widgets: ${message} (see dossier-widgets --help)`]);
    });
  }

  test('--version: the package’s', async () => {
    assert.equal((await run('--version')).stdout, `${readJson('package.json').version}\n`);
  });
});

// util-linux's `script` runs the command in a pseudo-terminal, as a person at a terminal would.
const hasScript = existsSync('/usr/bin/script');
const inTerminal = (env) =>
  new Promise((resolve) => {
    const command = `${process.execPath} ${bin} validate ${fixture('broken')}`;
    execFile('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: root, env: { ...process.env, ...env } }, (_, stdout) => resolve(stdout));
  });

test('colour: in a terminal only, and not with NO_COLOR', { skip: !hasScript && 'no /usr/bin/script (util-linux) for a terminal' }, async () => {
  const ESC = '\x1b';
  assert.ok((await inTerminal({ NO_COLOR: '' })).startsWith(`${ESC}[1;31mProblems:${ESC}[0m`));
  assert.ok(!(await inTerminal({ NO_COLOR: '1' })).includes(ESC));
  assert.ok(!(await run('validate', fixture('broken'))).stdout.includes(ESC));
});
