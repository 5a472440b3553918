/**
 * The bench's HTTP server on 127.0.0.1: files from memory (read once at start, so a rebuild
 * of dist/ during the run changes nothing), pages generated in memory, and "held" responses:
 * a request to /bench/held?run=ID waits until node releases it, headers and body in one write.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { root } from './util.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Files under `dir` (relative to the repository), served at `/<dir>/…` (source maps too: the
 * profiler reads them).
 * `cache`: let the browser cache them (vendor files and images); otherwise no-store.
 */
export function filesUnder(dir, { cache = false } = {}) {
  const files = {};
  const walk = (abs) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TYPES[extname(name)]) {
        files[`/${relative(root, path).split('\\').join('/')}`] = { type: TYPES[extname(name)], body: readFileSync(path), cache };
      }
    }
  };
  walk(join(root, dir));
  return files;
}

/** `pages(url)` returns an HTML string for generated pages, or null. */
export function startBenchServer(files, pages) {
  /** run id → { arrived: Promise, res? } for responses held until release(). */
  const held = new Map();
  const holdEntry = (id) => {
    if (!held.has(id)) {
      let onArrival;
      const arrived = new Promise((r) => (onArrival = r));
      held.set(id, { arrived, onArrival });
    }
    return held.get(id);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = files[url.pathname];
    if (file) {
      const cache = file.cache ? 'public, max-age=3600' : 'no-store';
      res.writeHead(200, { 'cache-control': cache, 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
      return;
    }
    const page = pages(url);
    if (page) {
      const body = Buffer.from(page);
      res.writeHead(200, { 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
      return;
    }
    if (url.pathname === '/bench/held') {
      const entry = holdEntry(url.searchParams.get('run'));
      entry.res = res;
      entry.onArrival();
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolvePromise({
        server,
        files,
        origin: `http://127.0.0.1:${server.address().port}`,
        /** Resolves once the page's request for run `id` has reached the server. */
        arrived: (id) => holdEntry(id).arrived,
        /** Sends the held response for run `id`, headers and body in one write. */
        release(id, { body, type }) {
          const entry = held.get(id);
          held.delete(id);
          entry.res.writeHead(200, { 'cache-control': 'no-store', 'content-type': type, 'content-length': body.length });
          entry.res.end(body);
        },
        close() {
          for (const entry of held.values()) entry.res?.destroy();
          held.clear();
          server.closeAllConnections?.();
          server.close();
        },
      }),
    );
  });
}
