/**
 * Test-runner command `outage`: a feed server of a test's own, on a port of its own, whose answer
 * the test changes between page views, down to closing the port, so that the same feed URL
 * answers 200, then 503, then refuses the connection (ECONNREFUSED: nothing listens any more),
 * as a publisher's server does when it goes down. The "last known good" tests
 * (src/feed/feed-cache.test.ts, src/core/last-known-good.test.ts) read it through
 * src/test-support/outage.ts.
 *
 *   { do: 'open' }                         → { id, url }: a new server on 127.0.0.1, serving the sample feed
 *   { do: 'serve', id, feed?, edit?, status?, delay? }   what the next requests get: a feed (a
 *                                          fixture name, 'sample', or 'not-json' for an HTML page),
 *                                          `edit: [from, to]` replaced in its text (a newer version of
 *                                          it), an HTTP status, a delay in ms
 *   { do: 'hits', id }                     → how many requests for the feed it received
 *   { do: 'close', id }                    closes it and every open connection: the port then refuses
 *
 * Its answers carry `Access-Control-Allow-Origin: *` (the feed is on another origin than the
 * test page, as on a partner's page) and `Cache-Control: no-store`, so that the browser's HTTP
 * cache never stands in for the last good copy. `allowNullOrigin` lets a sandboxed frame (opaque
 * origin, `Origin: null`) import the test server's modules.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const servers = new Map();
let counter = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function outagePlugin(root) {
  const feedFile = (name) => new URL(name === 'sample' ? 'demo/feeds/pratiques-collaboratives.json' : `src/test-support/fixtures/${name}.json`, root);
  return {
    name: 'outage',
    async executeCommand({ command, payload }) {
      if (command !== 'outage') return undefined;
      if (payload.do === 'open') {
        const id = `outage-${++counter}`;
        const state = { feed: 'sample', edit: undefined, status: 200, delay: 0, hits: 0 };
        const server = createServer(async (req, res) => {
          // The fixtures' pictures (relative URLs in the feeds) as the test server has them.
          if (/^\/src\/test-support\/fixtures\/[\w-]+\.svg$/.test(req.url)) {
            res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(await readFile(new URL(`.${req.url}`, root)));
            return;
          }
          if (!req.url.startsWith('/feed.json')) {
            res.writeHead(404).end();
            return;
          }
          state.hits++;
          const { feed, edit, status, delay } = state;
          if (delay) await sleep(delay);
          const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
          if (status !== 200) {
            res.writeHead(status, { ...headers, 'content-type': 'text/plain' }).end(`HTTP ${status}`);
            return;
          }
          if (feed === 'not-json') {
            res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end('<!doctype html><title>Maintenance</title><p>Maintenance en cours');
            return;
          }
          const text = await readFile(feedFile(feed), 'utf8');
          res.writeHead(200, { ...headers, 'content-type': 'application/feed+json' }).end(edit ? text.replace(edit[0], edit[1]) : text);
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        servers.set(id, { server, state });
        return { id, url: `http://127.0.0.1:${server.address().port}/feed.json` };
      }
      const entry = servers.get(payload.id);
      // Closing twice (a test, then its afterEach) is no error.
      if (!entry && payload.do === 'close') return true;
      if (!entry) throw new Error(`outage: no server ${payload.id}`);
      if (payload.do === 'serve') {
        const { feed, edit, status, delay } = payload;
        Object.assign(entry.state, { feed: feed ?? entry.state.feed, edit, status: status ?? 200, delay: delay ?? 0 });
        return true;
      }
      if (payload.do === 'hits') return entry.state.hits;
      if (payload.do === 'close') {
        servers.delete(payload.id);
        entry.server.closeAllConnections();
        await new Promise((resolve) => entry.server.close(resolve));
        return true;
      }
      throw new Error(`outage: unknown action ${payload.do}`);
    },
  };
}

/** Middleware: module scripts fetched from an opaque origin (`Origin: null`) may be read (CORS). */
export function allowNullOrigin() {
  return async function nullOrigin(ctx, next) {
    await next();
    if (ctx.get('origin') === 'null') ctx.set('access-control-allow-origin', '*');
  };
}
