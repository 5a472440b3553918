/**
 * Subresource Integrity of the chunks that the built loader runs (dist/cdn/, built by `npm test`
 * before the browser tests; src/chunk-integrity.ts, scripts/rollup/chunk-integrity.mjs).
 *
 * Each case runs a partner page in its own iframe (its own custom elements and loader), whose
 * script-tag files come from test/cdn-server.mjs on another origin, as from a CDN: as built, or
 * with one chunk altered by a line of valid code that would set `tamperedChunkRan` if it ran.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SIZE_MESSAGE } from '../src/embed-site/size-message.js';
import { engineSupport } from './engine-support.js';

const FEED = '/demo/feeds/pratiques-collaboratives.json';
/** The test server under its other name: another origin, as a CDN is to a partner's page. */
const CDN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const QUOTE = `<dossier-quote feed="${FEED}" quote="pratiques-et-economie"><blockquote>Fallback</blockquote></dossier-quote>`;

interface PartnerWindow extends Window {
  warnings: string[];
  errors: { target: string; url: string; kind: string; error: string }[];
  tamperedChunkRan?: number;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A partner page with `body`, whose loader comes from the CDN's /<cdn>/<victim>/; resolves once it loaded. */
async function partnerPage(victim: string, body = QUOTE, cdn = 'tampered-cdn') {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head><title>Partenaire</title>
    <script>
      window.warnings = [];
      const warn = console.warn;
      console.warn = (...args) => { warnings.push(args.join(' ')); warn.apply(console, args); };
      window.errors = [];
      document.addEventListener('dossier-error', (e) => errors.push({ target: e.target.localName, ...e.detail, error: String(e.detail.error) }));
    </script>
    <script type="module" src="${CDN}/${cdn}/${victim}/loader.js"></script>
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PartnerWindow, doc: frame.contentDocument! };
}

/** `sha384-…` of what the server sends at `url`. */
async function sri(url: string) {
  const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const preloads = (doc: Document) => [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];

/** Chromium and Firefox check a modulepreload's integrity; WebKit runs the module whatever its bytes. */
async function skipUnlessEnforced(context: Mocha.Context) {
  // A page in a frame, its loader and chunks: slow on a busy machine.
  context.timeout(30_000);
  // WebKitGTK 2.50 fires `load` for a modulepreload whose bytes do not match its integrity, and
  // runs the module (measured: src/chunk-integrity.ts); the README names this limit.
  if ((await engineSupport()).engine === 'webkit') context.skip();
}

describe('integrity of the chunks the loader runs', () => {
  it('the built files name every chunk they import with the sha384 of its bytes, and the snippet\'s loader hash is right', async () => {
    const seen = new Set<string>();
    const lists: string[][] = [];
    async function check(url: string) {
      if (seen.has(url)) return;
      seen.add(url);
      const code = await (await fetch(url, { cache: 'no-store' })).text();
      // Every dynamic import goes through a checked list: no import of a file's name is left.
      expect(code.match(/import\(\s*["'`]/g), `bare import() in ${url}`).to.equal(null);
      // A list names files without `.js`: from the loader's chunks/ folder, or a chunk's own.
      const base = new URL(url.endsWith('/loader.js') ? 'chunks/' : './', url);
      for (const [list] of code.matchAll(/(?<=")[\w./-]+ [A-Za-z0-9+/]{64}(?: [\w./-]+ [A-Za-z0-9+/]{64})*(?=")/g)) {
        const words = list.split(' ');
        const files = words.filter((_, i) => i % 2 === 0).map((name) => new URL(`${name}.js`, base).href);
        lists.push(files);
        // The imported file comes last, after those it imports.
        for (const [i, file] of files.entries()) {
          expect(`sha384-${words[2 * i + 1]}`, file).to.equal(await sri(file));
          await check(file);
        }
      }
    }
    await check(new URL('/dist/cdn/loader.js', location.href).href);
    const names = lists.map((files) => files.at(-1)!.split('/').pop()!.replace(/-[\w-]{6}\.js$/, ''));
    // Six elements, size-frames and the failure path from the loader; the last good copy and the
    // big-feed parser from the core; the geometry's decoder and thirteen regions from the map.
    expect(names.filter((name) => !name.startsWith('FR-'))).to.have.members([
      'dossier-feed', 'dossier-quote', 'actor-card', 'actor-list', 'initiative-map', 'dossier-intro', 'size-frames', 'chunk-failure',
      'feed-cache', 'big-feed', 'decode',
    ]);
    expect(names.filter((name) => name.startsWith('FR-'))).to.have.length(13);
    // The failure path imports nothing: it must load when any other chunk was refused.
    expect(lists[names.indexOf('chunk-failure')]).to.have.length(1);
    const snippet = (await (await fetch('/dist/cdn/integrity.json', { cache: 'no-store' })).json()) as Record<string, string>;
    expect(snippet['loader.js']).to.equal(await sri('/dist/cdn/loader.js'));
  });

  it('untampered: the quote renders, after modulepreload links declared its chunk and the core (then the core the last-good-copy chunk) with their integrity', async function () {
    this.timeout(30_000);
    const { win, doc } = await partnerPage('none');
    const quote = doc.querySelector('dossier-quote')!;
    await waitUntil(() => quote.shadowRoot?.querySelector('figure'), 'the quote did not render', { timeout: 10_000 });
    const links = preloads(doc);
    expect(links.map((link) => link.href.split('/').pop()!.replace(/-[\w-]{6}\.js$/, ''))).to.deep.equal(['core', 'dossier-quote', 'feed-cache']);
    for (const link of links) {
      expect(link.integrity).to.equal(await sri(link.href));
      expect(link.crossOrigin).to.equal('anonymous');
    }
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    expect(win.tamperedChunkRan).to.equal(undefined);
  });

  for (const victim of ['core', 'dossier-quote']) {
    it(`${victim} chunk tampered: it does not run; the fallback stays, dossier-error "integrity", one warning naming it, no retry`, async function () {
      await skipUnlessEnforced(this);
      const { win, doc } = await partnerPage(victim);
      await waitUntil(() => win.errors.length > 0, 'no dossier-error', { timeout: 10_000 });
      const [error] = win.errors;
      expect(error!.kind).to.equal('integrity');
      expect(error!.target).to.equal('dossier-quote');
      expect(error!.url).to.match(new RegExp(`^${CDN}/tampered-cdn/${victim}/chunks/${victim}-[\\w-]{6}\\.js$`));
      expect(win.warnings).to.have.length(1);
      expect(win.warnings[0]).to.contain(error!.url);
      expect(win.tamperedChunkRan).to.equal(undefined);
      expect(win.customElements.get('dossier-quote')).to.equal(undefined);
      expect(doc.querySelector('dossier-quote blockquote')!.getBoundingClientRect().height).to.be.above(0);

      // Another quote added later: the tag is not tried again (no new request, no new message).
      const links = preloads(doc).length;
      doc.body.insertAdjacentHTML('beforeend', QUOTE);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(preloads(doc)).to.have.length(links);
      expect(win.warnings).to.have.length(1);
      expect(win.errors).to.have.length(1);
      expect(win.tamperedChunkRan).to.equal(undefined);
    });
  }

  it('a chunk the CDN fails to serve (503) is no integrity failure: the usual warning, no dossier-error, and another element tries again', async function () {
    this.timeout(30_000);
    const { win, doc } = await partnerPage('core', QUOTE, 'unavailable-cdn');
    await waitUntil(() => win.warnings.length > 0, 'no warning', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.contain('could not load <dossier-quote>');
    expect(win.errors).to.deep.equal([]);
    const links = preloads(doc).length;
    doc.body.insertAdjacentHTML('beforeend', QUOTE);
    await waitUntil(() => preloads(doc).length > links, 'the tag was not tried again', { timeout: 10_000 });
  });

  it('a chunk whose bytes arrive intact but will not run (sent as text/plain) is no integrity failure: the usual warning, no dossier-error', async function () {
    this.timeout(30_000);
    const { win } = await partnerPage('core', QUOTE, 'mislabelled-cdn');
    await waitUntil(() => win.warnings.length > 0, 'no warning', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.contain('could not load <dossier-quote>');
    expect(win.errors).to.deep.equal([]);
  });

  it('the failure path tampered too: it does not run either, and the refusal counts as a network failure (its warning, no dossier-error, another try)', async function () {
    await skipUnlessEnforced(this);
    const { win, doc } = await partnerPage('core,chunk-failure');
    await waitUntil(() => win.warnings.length > 0, 'no warning', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.contain('could not load <dossier-quote>');
    expect(win.errors).to.deep.equal([]);
    expect(win.tamperedChunkRan).to.equal(undefined);
    expect(preloads(doc).map((link) => link.href.split('/').pop()!.replace(/-[\w-]{6}\.js$/, ''))).to.deep.equal(['core', 'dossier-quote', 'chunk-failure']);
    const links = preloads(doc).length;
    doc.body.insertAdjacentHTML('beforeend', QUOTE);
    await waitUntil(() => preloads(doc).length > links, 'the tag was not tried again', { timeout: 10_000 });
    expect(win.tamperedChunkRan).to.equal(undefined);
  });

  it('an on-demand chunk tampered (size-frames, loaded with a size message): it does not run, one warning, nothing thrown', async function () {
    await skipUnlessEnforced(this);
    const { win } = await partnerPage('size-frames', '<p>Pas de widget</p>');
    const thrown: unknown[] = [];
    win.addEventListener('error', (event) => thrown.push(event.error));
    win.addEventListener('unhandledrejection', (event) => thrown.push(event.reason));
    await waitUntil(() => (win as unknown as Record<symbol, unknown>)[Symbol.for('dossier-widgets.loader')], 'the loader did not run');
    win.postMessage({ type: SIZE_MESSAGE, height: 300 }, '*');
    await waitUntil(() => win.warnings.length > 0, 'no warning', { timeout: 10_000 });
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.match(/\/tampered-cdn\/size-frames\/chunks\/size-frames-[\w-]{6}\.js does not match its integrity/);
    expect(win.tamperedChunkRan).to.equal(undefined);
    expect(thrown).to.deep.equal([]);
  });

  it('a map region tampered (the map\'s own on-demand import): it does not run, one warning names it, and it is not asked for again', async function () {
    await skipUnlessEnforced(this);
    const { win, doc } = await partnerPage('FR-ARA', `<initiative-map feed="${FEED}" departments="63"></initiative-map>`);
    await waitUntil(() => win.warnings.some((w) => w.includes('integrity')), 'no integrity warning', { timeout: 15_000 });
    const integrity = win.warnings.filter((w) => w.includes('integrity'));
    expect(integrity).to.have.length(1);
    expect(integrity[0]).to.match(/\/tampered-cdn\/FR-ARA\/chunks\/FR-ARA-[\w-]{6}\.js does not match/);
    expect(win.tamperedChunkRan).to.equal(undefined);
    // The map renders again (another département of the region): the refused region is not asked for again.
    const asked = () => preloads(doc).filter((link) => link.href.includes('/FR-ARA-')).length;
    const before = asked();
    const warningsBefore = win.warnings.length;
    doc.querySelector('initiative-map')!.setAttribute('departments', '63,03');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked()).to.equal(before);
    expect(win.warnings).to.have.length(warningsBefore);
  });
});
