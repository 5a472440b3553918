/**
 * `createOEmbedHandler`: an oEmbed endpoint (https://oembed.com) for a dossier's embed site, for
 * publishers and consumers (Embedly, Iframely, a CMS) that ask `/oembed?url=…&maxwidth=…` rather
 * than read the static `*.oembed.json` files that `exportSite` writes beside each page.
 *
 * It is a Fetch-API handler, `(request: Request) => Promise<Response>`, written with Web APIs
 * only (no `node:` module, no `process`, no file system), so that the same function runs in
 * Node (`toNodeListener`, node-listener.ts), Deno (`Deno.serve(handler)`), Bun
 * (`Bun.serve({ fetch: handler })`) and edge workers (`export default { fetch: handler }`).
 * Import it from `dossier-widgets/oembed` there: `dossier-widgets/node` also loads the
 * server-side renderer and the exporter, which need Node.
 *
 * It answers for the pages the export gives the same feed and `baseUrl`, with the same documents
 * (oembed.ts), sized to the consumer's `maxwidth` / `maxheight`. The handler does not care about
 * the request's path: mount it where you like (`/oembed` is usual).
 *
 * - `url`: one of the site's page URLs, also with `?theme=` / `?lang=` (kept in the embed) and any
 *   `#…` (dropped); missing or not an absolute URL → 400; not a page of the site → 404.
 * - `format`: `json` or none; `xml` (or anything else) → 501, as the spec says.
 * - `maxwidth`, `maxheight`: positive integers, else 400.
 * - Every answer carries `Access-Control-Allow-Origin: *` (read from pages in browsers too);
 *   documents are `application/json+oembed`.
 */
import { embedUrl } from '../embed-site/paths.js';
import { languages } from '../i18n/languages.js';
import { oembedFor } from './export/oembed.js';
import { plannedPages, providerOf, type PlannedPage } from './export/plan.js';
import { validateFeed } from './validate-feed.js';
import { ProblemError } from './problem-error.js';

export interface OEmbedHandlerOptions {
  /** The URL the exported site is served from (the `--base-url` of `dossier-widgets export`). */
  baseUrl: string;
  /** The feed's JSON, already read (from a file, a fetch, a KV store…); it must be valid. */
  feed: unknown;
  /**
   * Where the site's pages read the feed, the base of its relative URLs: the feed's URL when the
   * site was exported from a URL. Default: `<baseUrl>feed.json`, as the export of a feed file.
   */
  feedUrl?: string;
}

/** Thrown by `createOEmbedHandler` when the options cannot give a site; nothing is served. */
export class OEmbedConfigError extends ProblemError {
  override name = 'OEmbedConfigError';
}

export type FetchHandler = (request: Request) => Promise<Response>;

/** The query parameters a page URL may carry into its embed: the page script reads them. */
const PAGE_PARAMS: Record<string, readonly string[]> = { theme: ['light', 'dark', 'auto'], lang: languages };

const CORS = { 'Access-Control-Allow-Origin': '*' };

function answer(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { ...CORS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}

function siteBase(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new OEmbedConfigError(`baseUrl ${JSON.stringify(baseUrl)} is not a URL (use http:// or https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OEmbedConfigError(`baseUrl must be http:// or https://, not ${url.protocol}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A positive integer parameter, absent (undefined), or invalid (NaN). */
function dimension(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : NaN;
}

/**
 * The handler for the site that `exportSite({ source, baseUrl })` writes for this feed. The feed
 * is validated once, here, as the export does (an invalid one throws `OEmbedConfigError` at once,
 * with its problems); the pages are planned on the first request.
 */
export function createOEmbedHandler(options: OEmbedHandlerOptions): FetchHandler {
  const base = siteBase(options.baseUrl);
  const feedUrl = options.feedUrl ?? new URL('feed.json', base).href;
  const { dossier, problems } = validateFeed(options.feed, { baseUrl: feedUrl });
  if (!dossier) throw new OEmbedConfigError('not a dossier feed: a JSON Feed with a _dossier object is expected (see docs/feed.md)');
  if (problems.length) throw new OEmbedConfigError(`the feed has ${problems.length} problem(s): run dossier-widgets validate and fix them`, problems);
  const provider = providerOf(options.feed);

  let pages: Promise<Map<string, PlannedPage>> | undefined;
  const pagesByUrl = () =>
    (pages ??= plannedPages(dossier).then(
      (planned) => new Map(planned.map((entry) => [embedUrl(base, entry.page.type, entry.page.id), entry])),
    ));

  return async (request) => {
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: { ...CORS, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Max-Age': '86400' } });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, `${request.method} not allowed: use GET`, { Allow: 'GET, HEAD, OPTIONS' });

    const query = new URL(request.url).searchParams;
    const format = query.get('format');
    if (format !== null && format !== 'json') return answer(501, `format ${JSON.stringify(format)} is not implemented: only json`);
    const maxwidth = dimension(query.get('maxwidth'));
    const maxheight = dimension(query.get('maxheight'));
    if (Number.isNaN(maxwidth) || Number.isNaN(maxheight)) return answer(400, 'maxwidth and maxheight must be positive integers (CSS pixels)');

    const asked = query.get('url');
    if (!asked) return answer(400, 'url is missing: /oembed?url=<the address of an embed page>');
    let url: URL;
    try {
      url = new URL(asked);
    } catch {
      return answer(400, `url ${JSON.stringify(asked)} is not an absolute URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return answer(400, `url must be http:// or https://, not ${url.protocol}`);

    // The page itself, then the parameters its script understands (kept: the embed shows them).
    const kept = new URLSearchParams();
    for (const [name, values] of Object.entries(PAGE_PARAMS)) {
      const value = url.searchParams.get(name);
      if (value !== null && values.includes(value)) kept.set(name, value);
    }
    url.hash = '';
    url.search = '';
    const entry = (await pagesByUrl()).get(url.href);
    if (!entry) return answer(404, `no embed page at ${url.href} on this site (${base})`);
    if (kept.size) url.search = kept.toString();

    const document = oembedFor({ page: entry.page, url: url.href, provider, maxwidth, maxheight });
    const headers = { ...CORS, 'Content-Type': 'application/json+oembed; charset=utf-8', 'Cache-Control': `public, max-age=${Math.min(document.cache_age, 300)}` };
    return new Response(request.method === 'HEAD' ? null : JSON.stringify(document), { status: 200, headers });
  };
}
