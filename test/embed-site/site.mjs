/**
 * What the embed-site tests share: an exported site served over real HTTP by Node's http
 * server, the way a static host would (`Access-Control-Allow-Origin: *` on everything, as the
 * export's `_headers` asks for the feed, the oEmbed documents and the scripts), with the oEmbed
 * endpoint at `/oembed` (createOEmbedHandler through toNodeListener), extra in-memory pages for
 * the tests (the parent pages that frame an embed), and a log of every request it answered.
 *
 * The tests run on the build (`npm run build` first, as `npm test` does).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOEmbedHandler, exportSite, toNodeListener } from '../../dist/node/index.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const readJson = (path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
const typeOf = (path) =>
  path.endsWith('.oembed.json') ? 'application/json+oembed; charset=utf-8'
  : path.endsWith('/feed.json') ? 'application/feed+json; charset=utf-8'
  : TYPES[extname(path)] ?? 'application/json; charset=utf-8';

/**
 * Exports `feed` (its JSON) into a new temporary folder and serves it on 127.0.0.1.
 * `pages`: extra documents by path (`'/parent.html': '<!doctype html>…'`).
 */
export async function serveSite(feed, { pages = {} } = {}) {
  const requests = [];
  let listener;
  let out;
  const server = createServer((request, response) => {
    requests.push({ method: request.method, path: request.url, headers: request.headers });
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/oembed') return listener(request, response);
    const page = pages[path];
    const file = page === undefined ? resolve(out, `.${path.endsWith('/') ? `${path}index.html` : path}`) : undefined;
    const body = page ?? (file.startsWith(out + sep) && statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file) : undefined);
    if (body === undefined) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
      return response.end('not found');
    }
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': page === undefined ? typeOf(file) : 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const folder = mkdtempSync(join(tmpdir(), 'dossier-widgets-embed-site-'));
  out = join(folder, 'site');
  const result = await exportSite({ source: { json: feed }, out, baseUrl: base });
  listener = toNodeListener(createOEmbedHandler({ baseUrl: base, feed }));
  return {
    base,
    out,
    embeds: result.embeds,
    requests,
    /** The exported file at `path` (relative to the site's root), as text. */
    file: (path) => readFileSync(join(out, path), 'utf8'),
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
