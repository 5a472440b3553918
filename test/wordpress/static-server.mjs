/**
 * A small static HTTP server for an exported embed site, on 127.0.0.1 at a random port, as a
 * publisher's static host would serve it: files as they are, with their content types,
 * `Access-Control-Allow-Origin: *` (the pages run in WordPress's sandboxed iframe, whose
 * requests carry `Origin: null`), query strings ignored (WordPress asks for
 * `….oembed.json?maxwidth=…&maxheight=…&url=…&dnt=1&format=json`).
 *
 *   const site = await serveDirectory(dir);   // site.url ends with '/'
 *   site.requests                             // [{ method, path, origin, agent }] — what came
 *   await site.close();
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveDirectory(dir) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push({ method: req.method, path, origin: req.headers.origin, agent: req.headers['user-agent'] });
    res.setHeader('Access-Control-Allow-Origin', '*');
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) return (res.writeHead(400), res.end());
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': size });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolveServer({
        url: `http://127.0.0.1:${server.address().port}/`,
        requests,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
      });
    });
  });
}
