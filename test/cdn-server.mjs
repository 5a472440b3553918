/**
 * Test-server middleware for the script-tag build (dist/cdn/), served as a CDN serves it: byte
 * for byte. The test runner's esbuild plugin rewrites every .js file it serves, which would
 * change the chunks' bytes under the hashes that the loader holds for them (src/chunk-integrity.ts):
 * Chromium and Firefox would then refuse them, as they should.
 *
 *   /dist/cdn/<file>                the built file, as built
 *   /tampered-cdn/<victim>/<file>   the same, except the chunk whose name starts with `<victim>-`
 *                                    (`core`, `dossier-quote`, `size-frames`, `FR-ARA`…; several
 *                                    victims separated by commas: `core,chunk-failure`), served
 *                                    with a line of valid code appended, which counts in
 *                                    `globalThis.tamperedChunkRan` if it ever runs: what a
 *                                    compromised CDN would do (test/chunk-integrity.test.ts)
 *   /tampered-cdn/none/<file>       nothing altered, under the same kind of URL
 *   /unavailable-cdn/<victim>/<file>  the same, except that the victim chunk answers 503: a CDN
 *                                    failing, not lying
 *   /mislabelled-cdn/<victim>/<file>  the same, except that the victim chunk, its bytes intact,
 *                                    is sent as text/plain, which no browser runs as a module
 *
 * Sent with `Access-Control-Allow-Origin: *`, as npm CDNs do, so that a page may load them from
 * another origin (localhost and 127.0.0.1 are two). Each victim's files are other URLs than /dist/cdn/'s, so a page that already ran the genuine
 * chunks still fetches them. Never cached: each page gets what this server says now.
 */
import { readFile } from 'node:fs/promises';

const BUILT = /^\/dist\/cdn\/(.+)$/;
const TAMPERED = /^\/(tampered|unavailable|mislabelled)-cdn\/([\w.,-]+)\/(.+)$/;
/** Valid JavaScript, so that only the integrity check can keep it from running. */
const TAMPERING = '\nglobalThis.tamperedChunkRan = (globalThis.tamperedChunkRan ?? 0) + 1;\n';

const TYPES = { js: 'text/javascript', json: 'application/json', map: 'application/json' };

export function cdnServer(root) {
  return async function cdn(ctx, next) {
    const altered = TAMPERED.exec(ctx.path);
    const [, how, victims] = altered ?? [];
    const file = altered ? altered[3] : BUILT.exec(ctx.path)?.[1];
    if (!file || file.split('/').includes('..')) return next();
    let body;
    try {
      body = await readFile(new URL(`dist/cdn/${file}`, root));
    } catch {
      return next();
    }
    const name = file.split('/').pop();
    ctx.set('cache-control', 'no-store');
    // As npm CDNs send it: module scripts from another origin are CORS requests.
    ctx.set('access-control-allow-origin', '*');
    ctx.type = TYPES[name.split('.').pop()] ?? 'application/octet-stream';
    ctx.body = body;
    if (!victims || !name.endsWith('.js') || !victims.split(',').some((victim) => name.startsWith(`${victim}-`))) return;
    if (how === 'tampered') ctx.body = Buffer.concat([body, Buffer.from(TAMPERING)]);
    if (how === 'mislabelled') ctx.type = 'text/plain';
    if (how === 'unavailable') {
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
    }
  };
}
