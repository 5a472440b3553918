/**
 * Test-server middleware that serves feeds over real HTTP, with the failures a partner page
 * meets in the wild, chosen by query parameters:
 *
 *   /test-feeds/<name>             the fixture src/test-support/fixtures/<name>.json
 *   /test-feeds/sample             the bundled sample feed (demo/feeds/pratiques-collaboratives.json)
 *
 * The paths have no extension on purpose: the test runner marks every path with an extension
 * as cacheable for a year, which would hide the second request of a retry.
 *   /feeds/pratiques-collaboratives.json   the sample feed where Storybook serves it
 *   /demo/strict-csp.html          served with the strict Content-Security-Policy header
 *   ?key=K                         count requests under K; read them at /test-feeds/hits?key=K
 *   ?delay=MS                      answer late (slow network, timeouts)
 *   ?status=CODE                   answer with that HTTP status
 *   ?fail=N                        answer 503 to the first N requests of this key (then recover)
 *   ?body=not-json                 answer 200 with an HTML maintenance page
 *   ?cache=max-age                 `Cache-Control: public, max-age=600`, as a publisher's CDN would
 *   ?cache=etag                    `Cache-Control: no-cache` and an ETag: 304 to a matching If-None-Match
 *
 * /test-feeds/hits?key=K answers { hits, revalidated (304s), url (the last request's path and query) }.
 */
import { readFile } from 'node:fs/promises';
import { isStrictPage, strictCspFor } from '../scripts/strict-csp.mjs';

const hits = new Map();
const revalidated = new Map();
const lastUrl = new Map();
const ETAG = '"dossier-v1"';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function feedServer(root) {
  return async function feeds(ctx, next) {
    // The strict-CSP partner page gets its policy as a real HTTP header.
    if (isStrictPage(ctx.path)) {
      await next();
      ctx.set('content-security-policy', strictCspFor(await readFile(new URL(`.${ctx.path}`, root), 'utf8')));
      return;
    }
    // The sample feed where Storybook serves it, so stories render the same in tests.
    if (ctx.path === '/feeds/pratiques-collaboratives.json') {
      ctx.body = await readFile(new URL('demo/feeds/pratiques-collaboratives.json', root));
      ctx.type = 'application/feed+json';
      return;
    }
    // A stand-in tile server for the map's optional raster tiles: a 1×1 PNG for any tile.
    if (ctx.path.startsWith('/test-tiles/')) {
      ctx.type = 'image/png';
      ctx.body = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
      return;
    }
    if (!ctx.path.startsWith('/test-feeds/')) return next();
    const { key, delay, status, body, fail, cache } = ctx.query;
    if (ctx.path === '/test-feeds/hits') {
      ctx.body = { hits: hits.get(key) ?? 0, revalidated: revalidated.get(key) ?? 0, url: lastUrl.get(key) };
      return;
    }
    if (key) {
      hits.set(key, (hits.get(key) ?? 0) + 1);
      lastUrl.set(key, ctx.url);
    }
    if (delay) await sleep(Math.min(Number(delay), 10_000));
    ctx.set('cache-control', cache === 'max-age' ? 'public, max-age=600' : cache === 'etag' ? 'no-cache' : 'no-store');
    if (cache === 'etag') {
      ctx.set('etag', ETAG);
      if (ctx.get('if-none-match') === ETAG) {
        if (key) revalidated.set(key, (revalidated.get(key) ?? 0) + 1);
        ctx.status = 304;
        return;
      }
    }
    const failing = fail && hits.get(key) <= Number(fail) ? 503 : undefined;
    if (status || failing) {
      ctx.status = Number(status ?? failing);
      ctx.body = `HTTP ${ctx.status}`;
      return;
    }
    if (body === 'not-json') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Maintenance</title><p>Maintenance en cours</p>';
      return;
    }
    const name = ctx.path.slice('/test-feeds/'.length).replace(/\.json$/, '');
    if (!/^[\w-]+$/.test(name)) return next();
    const file = name === 'sample' ? 'demo/feeds/pratiques-collaboratives.json' : `src/test-support/fixtures/${name}.json`;
    try {
      ctx.body = await readFile(new URL(file, root));
      ctx.type = 'application/feed+json';
    } catch {
      ctx.status = 404;
    }
  };
}
