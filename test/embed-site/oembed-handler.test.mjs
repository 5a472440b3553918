/**
 * The oEmbed endpoint (createOEmbedHandler, dossier-widgets/oembed) over real HTTP: Node's http
 * server through toNodeListener, asked what Embedly, Iframely or a CMS ask. Then the same
 * handler bundled for an edge worker (no Node API, Lit's browser build unloadable) and run where
 * only Web APIs exist. Every person in the feeds is fictional.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import vm from 'node:vm';
import { build } from 'esbuild';
import { createOEmbedHandler, OEmbedConfigError, toNodeListener } from '../../dist/node/index.js';
import { readJson, root, serveSite } from './site.mjs';

const feed = readJson('src/test-support/fixtures/fictional.json');
let site;
before(async () => {
  site = await serveSite(feed);
});
after(() => site.close());

/** GET (or `method`) /oembed with these query parameters, over HTTP. */
const ask = (params, method = 'GET') => fetch(`${site.base}oembed?${new URLSearchParams(params)}`, { method });
const quote = () => site.embeds.find((e) => e.type === 'quote' && e.id === 'q-camille');

describe('answers', () => {
  test('every page of the site: the document the export wrote beside it, as application/json+oembed with CORS', async () => {
    assert.equal(site.embeds.length, 9);
    for (const embed of site.embeds) {
      const response = await ask({ url: embed.url, format: 'json' });
      assert.equal(response.status, 200, embed.url);
      assert.equal(response.headers.get('content-type'), 'application/json+oembed; charset=utf-8');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('cache-control'), /^public, max-age=\d+$/);
      const fromFile = JSON.parse(site.file(embed.oembed.slice(site.base.length)));
      assert.deepEqual(await response.json(), fromFile, embed.url);
    }
  });

  test('maxwidth and maxheight: the embed fits them, never larger than its default', async () => {
    const { url } = quote();
    const small = await (await ask({ url, maxwidth: '320', maxheight: '200' })).json();
    assert.equal(small.width, 320);
    assert.equal(small.height, 200);
    assert.match(small.html, /<iframe [^>]*width="320" height="200"/);
    const tiny = await (await ask({ url, maxwidth: '100', maxheight: '90' })).json();
    assert.deepEqual([tiny.width, tiny.height], [100, 90], 'oEmbed: a rich embed must respect maxwidth and maxheight');
    const large = await (await ask({ url, maxwidth: '1200', maxheight: '2000' })).json();
    assert.deepEqual([large.width, large.height], [600, 320]);
  });

  test('the page URL with ?theme= and ?lang= (kept in the embed) and a #fragment (dropped)', async () => {
    const { url } = quote();
    const themed = await (await ask({ url: `${url}?theme=dark&lang=en&utm_source=x#?secret=abc` })).json();
    assert.match(themed.html, new RegExp(`<iframe src="${url.replace(/[.?]/g, '\\$&')}\\?theme=dark&amp;lang=en" `));
    assert.doesNotMatch(themed.html, /secret|utm_source/);
    const odd = await (await ask({ url: `${url}?theme=%22%3E%3Cscript%3E` })).json();
    assert.match(odd.html, new RegExp(`<iframe src="${url.replace(/[.?]/g, '\\$&')}" `), 'a theme the page does not know is dropped');
  });

  test('HEAD: the same headers, no body; OPTIONS: a CORS preflight answer', async () => {
    const head = await ask({ url: quote().url }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'application/json+oembed; charset=utf-8');
    assert.equal(await head.text(), '');
    const options = await ask({}, 'OPTIONS');
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('access-control-allow-origin'), '*');
    assert.match(options.headers.get('access-control-allow-methods'), /GET/);
  });
});

describe('refusals, each with CORS and a one-line reason', () => {
  const cases = [
    ['an unknown page of the site', () => ({ url: `${site.base}quote/nobody.html` }), 404],
    ['a page of another host', () => ({ url: quote().url.replace('127.0.0.1', 'localhost') }), 404],
    ['the site itself, not a page', () => ({ url: site.base }), 404],
    ['format=xml', () => ({ url: quote().url, format: 'xml' }), 501],
    ['format=yaml', () => ({ url: quote().url, format: 'yaml' }), 501],
    ['no url', () => ({ maxwidth: '300' }), 400],
    ['an empty url', () => ({ url: '' }), 400],
    ['a relative url', () => ({ url: 'quote/q-camille.html' }), 400],
    ['a javascript: url', () => ({ url: 'javascript:alert(1)' }), 400],
    ['maxwidth=abc', () => ({ url: quote().url, maxwidth: 'abc' }), 400],
    ['maxheight=0', () => ({ url: quote().url, maxheight: '0' }), 400],
    ['maxwidth=-5', () => ({ url: quote().url, maxwidth: '-5' }), 400],
  ];
  for (const [name, params, status] of cases) {
    test(`${name}: ${status}`, async () => {
      const response = await ask(params());
      assert.equal(response.status, status);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('content-type'), /^text\/plain/);
      assert.match(await response.text(), /^[^\n]+\n$/);
    });
  }

  test('POST: 405 with Allow', async () => {
    const response = await ask({ url: quote().url }, 'POST');
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });
});

describe('set-up errors, thrown at once', () => {
  test('an invalid feed: OEmbedConfigError with its problems', () => {
    assert.throws(
      () => createOEmbedHandler({ baseUrl: site.base, feed: readJson('src/test-support/fixtures/broken.json') }),
      (error) => error instanceof OEmbedConfigError && error.problems.length > 0 && /^the feed has \d+ problem/.test(error.message),
    );
  });

  test('not a dossier feed, a base URL that is not http(s)', () => {
    assert.throws(() => createOEmbedHandler({ baseUrl: site.base, feed: { version: 'https://jsonfeed.org/version/1.1', items: [] } }), /not a dossier feed/);
    assert.throws(() => createOEmbedHandler({ baseUrl: 'ftp://embeds.example/', feed }), /http:\/\/ or https:\/\//);
    assert.throws(() => createOEmbedHandler({ baseUrl: 'embeds', feed }), /is not a URL/);
  });

  test('a base URL without its final slash, with a path: the same pages', async () => {
    const handler = createOEmbedHandler({ baseUrl: 'https://media.example/embeds', feed });
    const response = await handler(new Request(`https://media.example/oembed?url=${encodeURIComponent('https://media.example/embeds/intro.html')}`));
    assert.equal(response.status, 200);
    assert.match((await response.json()).html, /src="https:\/\/media\.example\/embeds\/intro\.html"/);
  });
});

test('toNodeListener: a handler that throws answers 500 and reports the error', async () => {
  const errors = [];
  const server = createServer(toNodeListener(async () => { throw new Error('boom'); }, { onError: (error) => errors.push(error) }));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    const response = await fetch(`http://127.0.0.1:${server.address().port}/oembed`);
    assert.equal(response.status, 500);
    assert.deepEqual(errors.map((e) => e.message), ['boom']);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

test('in an edge worker: dossier-widgets/oembed bundles without Node APIs and answers where only Web APIs exist', async () => {
  const entry = readJson('package.json').exports['./oembed'].default;
  // What a worker bundler does: the worker/browser conditions (so Lit's browser build, which
  // throws without a DOM, if anything reached it), no Node built-ins (their import fails the build).
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'oembed',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    logLevel: 'silent',
  });
  const context = vm.createContext({ URL, URLSearchParams, Request, Response, Headers, TextEncoder, TextDecoder, structuredClone, queueMicrotask, Intl, console });
  vm.runInContext(result.outputFiles[0].text, context);
  assert.equal(vm.runInContext('typeof window + typeof document + typeof process + typeof HTMLElement', context), 'undefinedundefinedundefinedundefined');
  const handler = context.oembed.createOEmbedHandler({ baseUrl: site.base, feed });
  for (const embed of site.embeds) {
    const response = await handler(new Request(`https://worker.example/oembed?url=${encodeURIComponent(embed.url)}`));
    assert.equal(response.status, 200, embed.url);
    assert.deepEqual(JSON.parse(await response.text()), JSON.parse(site.file(embed.oembed.slice(site.base.length))));
  }
  assert.equal((await handler(new Request('https://worker.example/oembed?url=https://elsewhere.example/'))).status, 404);
});
