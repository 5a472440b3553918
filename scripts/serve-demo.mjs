/**
 * Serves the project folder over HTTP so the demo partner pages can load the built script
 * (dist/cdn/) and the sample feed (demo/feeds/) as a partner's site would. No dependency:
 * a dozen lines of node:http. PORT=… to choose the port (default 8000, or the next free one).
 *
 * It also exports the sample feed's embed site (`dossier-widgets export`, into dist/embed/) and
 * serves it at /embed/: the pages a partner who may not paste a script embeds by their URL.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStrictPage, strictCspFor } from './strict-csp.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.oembed.json': 'application/json+oembed; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Resolves a URL path inside the project, or null for anything outside it. */
export function fileFor(urlPath) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  // /embed/… is the exported embed site, written into dist/embed/ at start.
  let path = normalize(join(root, clean.startsWith('/embed/') ? `dist${clean}` : clean));
  if (!path.startsWith(root)) return null;
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

export function startServer(port = Number(process.env.PORT) || 8000, { headers = {} } = {}) {
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    const file = fileFor(request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': (file.endsWith('.oembed.json') ? types['.oembed.json'] : types[extname(file)]) ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
      ...(isStrictPage(file) ? { 'content-security-policy': strictCspFor(readFileSync(file, 'utf8')) } : {}),
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && !process.env.PORT) resolvePromise(startServer(port + 1, { headers }));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  const { exportSite } = await import('../dist/node/export/export-site.js');
  const site = `http://localhost:${port}/embed/`;
  const { embeds } = await exportSite({ source: join(root, 'demo/feeds/pratiques-collaboratives.json'), out: join(root, 'dist/embed'), baseUrl: site });
  console.log(`Demo partner pages: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
  console.log(`Embed pages for sites without scripts (${embeds.length}, listed in ${site}embeds.json): ${site}intro.html`);
}
