/**
 * Test-server middleware for feeds too big to read, and big valid ones (issue #13, item 6):
 *
 *   /big-feeds/sample?pad=N&transfer=T   the sample feed followed by N spaces (still valid JSON,
 *                                        the same dossier), sent as T:
 *     length    with its Content-Length (the default)
 *     chunked   in 16 KB chunks, without a Content-Length
 *     gzip      gzip-encoded: its Content-Length is the compressed size, far below the
 *               bytes the page receives (a Content-Length that says less than what comes)
 *     stall     with its Content-Length, then only its first 16 KB, and the connection held
 *               open: a client that waits for the body never finishes
 *     stall-chunked   without a Content-Length, in 16 KB chunks, then the connection held
 *               open: only a client that stops reading once past its limit finishes
 *   /big-feeds/synthetic?initiatives=N   a valid synthetic feed (src/test-support/synthetic.js)
 *   ?key=K                               count requests; /big-feeds/hits?key=K answers
 *                                        { hits, closedEarly } (connections the client closed
 *                                        before the whole body was sent)
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { syntheticFeed } from '../src/test-support/synthetic.js';

const CHUNK = 16 * 1024;
const hits = new Map();
const closedEarly = new Map();
const synthetic = new Map();

/** `body` in CHUNK-sized pieces; with `hold`, the stream never ends (until the client leaves). */
function pieces(body, hold) {
  let offset = 0;
  return new Readable({
    read() {
      if (offset < body.length) {
        this.push(body.subarray(offset, (offset += CHUNK)));
      } else if (!hold) this.push(null);
    },
  });
}

export function bigFeedServer(root) {
  return async function bigFeeds(ctx, next) {
    if (!ctx.path.startsWith('/big-feeds/')) return next();
    const { key, pad, transfer = 'length', initiatives } = ctx.query;
    if (ctx.path === '/big-feeds/hits') {
      ctx.body = { hits: hits.get(key) ?? 0, closedEarly: closedEarly.get(key) ?? 0 };
      return;
    }
    if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/feed+json';
    let body;
    if (ctx.path === '/big-feeds/synthetic') {
      const n = Number(initiatives);
      if (!synthetic.has(n)) synthetic.set(n, Buffer.from(JSON.stringify(syntheticFeed({ initiatives: n }))));
      body = synthetic.get(n);
    } else if (ctx.path === '/big-feeds/sample') {
      const sample = await readFile(new URL('demo/feeds/pratiques-collaboratives.json', root));
      body = Buffer.concat([sample, Buffer.alloc(Number(pad) || 0, ' ')]);
    } else return next();

    // Counted when the client closes the connection before the last byte is written.
    ctx.res.on('close', () => {
      if (key && !ctx.res.writableFinished) closedEarly.set(key, (closedEarly.get(key) ?? 0) + 1);
    });
    switch (transfer) {
      case 'gzip':
        ctx.set('content-encoding', 'gzip');
        ctx.body = gzipSync(body);
        return;
      case 'chunked':
        ctx.body = pieces(body, false);
        return;
      case 'stall':
        ctx.length = body.length;
        ctx.body = pieces(body.subarray(0, CHUNK), true);
        return;
      case 'stall-chunked':
        ctx.body = pieces(body, true);
        return;
      default:
        ctx.body = body;
    }
  };
}
