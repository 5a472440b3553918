/**
 * `exportSite`: a dossier's static embed site, which any static host or CDN serves as it is.
 *
 * - One page per entry that an element's embed descriptor lists (`EmbedDescriptor.pages`: each
 *   quote, actor and initiative, the intro, the map), server-rendered, with its oEmbed document
 *   beside it (`quote/q-1.html`, `quote/q-1.oembed.json`; see src/embed-site/paths.ts).
 * - `embeds.json`: `{ embeds: [{ type, id, url, oembed }] }`, for CMS plugins and scripts.
 * - `assets/`: the loader, its chunks and the page script, copied from the package: the pages
 *   make no request to any other host (a feed given as a file is copied too, as `feed.json`).
 * - `_headers`: the CORS and cache headers the site needs, for hosts that read that file
 *   (Netlify, Cloudflare Pages); the README says what to set elsewhere.
 *
 * The site is written into a temporary folder beside `out` and swapped in at the end: a failed
 * run leaves the previous site whole, and a re-run drops the pages of deleted entries.
 */
import { mkdir, readdir, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedPath, embedUrl, oembedPath, type EmbedType } from '../../embed-site/paths.js';
import { languageOf } from '../../i18n/languages.js';
import { isUrl, readSource, UnreadableError } from '../read-source.js';
import { ProblemError } from '../problem-error.js';
import { renderEmbed } from '../render-embed.js';
import { validateFeed, type FeedReport } from '../validate-feed.js';
import { asciiJson } from './escaped-json.js';
import { oembedFor } from './oembed.js';
import { pageHtml } from './page-html.js';
import { plannedPages, providerOf } from './plan.js';

export { plannedPages, type PlannedPage } from './plan.js';

/** Why an export could not run; its message is one line that names the culprit. Nothing was written. */
export class ExportError extends ProblemError {
  override name = 'ExportError';
  constructor(
    message: string,
    /** The feed's validation, when the feed was invalid: what `validate` would print. */
    readonly report?: FeedReport,
  ) {
    super(message, report?.problems);
  }
}

export interface ExportOptions {
  /** The feed: a file path or an http(s) URL, or its JSON already read. */
  source: string | { json: unknown; url?: string };
  /** The site's folder: created, or replaced when it holds a previous export. */
  out: string;
  /** The URL the site will be served from (http or https). */
  baseUrl: string;
}

export interface EmbedEntry {
  type: EmbedType;
  id?: string;
  url: string;
  oembed: string;
}

export interface ExportResult {
  out: string;
  embeds: EmbedEntry[];
  /** Wall-clock milliseconds. */
  ms: number;
  /** What the publisher should know, though the site is fine (one sentence each). */
  notes: string[];
}

/** The package's script-tag build, copied into every site. */
const CDN = fileURLToPath(new URL('../../cdn/', import.meta.url));
const ASSETS = ['loader.js', 'embed-page.js'];

function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ExportError(`--base-url ${JSON.stringify(baseUrl)} is not a URL (use http:// or https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ExportError(`--base-url must be http:// or https://, not ${url.protocol}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** `out` may be created, or replaced if it is a previous export; never a file, never someone's folder. */
async function checkOut(out: string) {
  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new ExportError(`--out ${out} is a file, not a folder`);
  const entries = await readdir(out);
  if (entries.length && !entries.includes('embeds.json')) {
    throw new ExportError(`--out ${out} is a folder that is not an exported site (no embeds.json): choose a new or empty folder`);
  }
}

/** The one-line reason for a file-system error, naming the folder asked for (not our temporary one). */
function why(error: unknown, out: string) {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `cannot write the site to ${out} (permission denied)`;
  if (code === 'ENOTDIR' || code === 'EEXIST') return `cannot write the site to ${out} (a part of the path is a file)`;
  if (code === 'ENOENT') return `cannot write the site to ${out} (the folder cannot be created there)`;
  if (code === 'ENOSPC') return `cannot write the site to ${out} (no space left on the disk)`;
  return `cannot write the site to ${out} (${message.split('\n')[0]})`;
}

export async function exportSite(options: ExportOptions): Promise<ExportResult> {
  const started = performance.now();
  const base = checkBaseUrl(options.baseUrl);
  const out = resolve(options.out);
  await checkOut(out);

  const fromUrl = typeof options.source === 'string' && isUrl(options.source);
  const json = typeof options.source === 'string' ? await readSource(options.source).catch((error: unknown) => {
    throw error instanceof UnreadableError ? new ExportError(error.message) : error;
  }) : options.source.json;
  const sourceUrl = typeof options.source === 'string' ? (fromUrl ? options.source : undefined) : options.source.url;
  // A feed read from a file is published with the site; one read from a URL stays where it is.
  const feed = sourceUrl ?? new URL('feed.json', base).href;
  // Valid as `dossier-widgets validate` says (the parser's problems, and language tags).
  const report = validateFeed(json, { baseUrl: feed });
  const { dossier, problems } = report;
  if (!dossier) throw new ExportError('not a dossier feed: a JSON Feed with a _dossier object is expected (see docs/feed.md)');
  if (problems.length) throw new ExportError(`the feed has ${problems.length} problem(s): run dossier-widgets validate, fix them, then export`, report);

  const lang = languageOf(dossier.language ?? 'fr');
  const provider = providerOf(json);

  const planned = await plannedPages(dossier);
  const temp = join(dirname(out), `.${out.split(/[\\/]/).pop()}.partial-${process.pid}-${Date.now()}`);
  try {
    // The parent may be created; the temporary folder itself must be new (a recursive mkdir
    // into a pseudo-file system such as /proc may never return).
    await mkdir(dirname(out), { recursive: true });
    await mkdir(temp);
    await mkdir(join(temp, 'assets', 'chunks'), { recursive: true });
    await copyAssets(join(temp, 'assets'));
    // As ASCII (escaped-json.ts): readers' browsers decode it several times faster.
    if (!sourceUrl) await writeFile(join(temp, 'feed.json'), asciiJson(json));

    const embeds: EmbedEntry[] = [];
    const written = new Set<string>();
    for (const { tag, page } of planned) {
      const path = embedPath(page.type, page.id);
      if (written.has(path)) throw new ExportError(`two ${page.type} entries share the page ${path}: their ids differ only in case or punctuation`);
      written.add(path);
      const url = embedUrl(base, page.type, page.id);
      const oembed = new URL(oembedPath(page.type, page.id), base).href;
      const element = await renderEmbed({ tag, dossier, feed, options: page.options, lang });
      const root = path.includes('/') ? '../' : '';
      await mkdir(dirname(join(temp, path)), { recursive: true });
      await writeFile(join(temp, path), pageHtml({ page, element, lang, url, oembed, root, provider: provider.name }));
      await writeFile(join(temp, oembedPath(page.type, page.id)), JSON.stringify(oembedFor({ page, url, provider })));
      embeds.push({ type: page.type, ...(page.id !== undefined ? { id: page.id } : {}), url, oembed });
    }
    await writeFile(join(temp, 'embeds.json'), `${JSON.stringify({ feed, embeds }, null, 2)}\n`);
    await writeFile(join(temp, '_headers'), HEADERS);
    await swap(temp, out);
    const notes: string[] = [];
    const home = dossier.url ? new URL(dossier.url).host : undefined;
    if (home && home !== new URL(base).host) {
      notes.push(`the site is not on the dossier's host (${home}): inside WordPress's sandbox, clicks on its links to ${home} will do nothing (WordPress follows links to the embed's own host only)`);
    }
    return { out, embeds, ms: performance.now() - started, notes };
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof ExportError) throw error;
    throw new ExportError(why(error, out));
  }
}

async function copyAssets(target: string) {
  const chunks = await readdir(join(CDN, 'chunks')).catch(() => {
    throw new ExportError(`the package's script build is missing (${CDN}): run npm run build`);
  });
  await Promise.all([
    ...ASSETS.map((name) => copyFile(join(CDN, name), join(target, name))),
    ...chunks.filter((name) => name.endsWith('.js')).map((name) => copyFile(join(CDN, 'chunks', name), join(target, 'chunks', name))),
  ]);
}

/** Puts the new site in place of the old one in two renames; the old one is removed after. */
async function swap(temp: string, out: string) {
  const previous = await stat(out).catch(() => undefined);
  if (!previous) {
    await rename(temp, out);
    return;
  }
  const old = `${temp}.previous`;
  await rename(out, old);
  try {
    await rename(temp, out);
  } catch (error) {
    await rename(old, out);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). Everything is
 * public and read from other origins (an embed inside WordPress's sandbox requests its scripts,
 * its feed and nothing else with `Origin: null`), so every file allows any origin; `/*` is the
 * one pattern every such host matches in sub-folders. Scripts in `assets/chunks/` have
 * content-hashed names and never change. (Hosts merge the headers of every matching rule, so no
 * header is set twice.)
 */
const HEADERS = `/*
  Access-Control-Allow-Origin: *
/assets/chunks/*
  Cache-Control: public, max-age=31536000, immutable
`;
