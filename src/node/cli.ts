/**
 * The `dossier-widgets` command (bin.ts runs it): `validate` a feed, `export` its embed site.
 */
import { parseArgs } from 'node:util';
import { VERSION } from '../version.js';
import { humanReport, jsonReport } from './format-report.js';
import { FETCH_TIMEOUT_MS, isUrl, readSource, UnreadableError } from './read-source.js';
import { validateFeed } from './validate-feed.js';

/** Exit codes, as `--help` and the README state them. */
export const EXIT = { valid: 0, invalid: 1, unreadable: 2, usage: 2 } as const;

export const USAGE = `Usage: dossier-widgets validate <file|url> [--json]
       dossier-widgets export <file|url> --out <dir> --base-url <url>

validate: checks a dossier feed with the parser the widgets run, and prints
each finding with its JSON path (docs/feed.md describes the format).

export: writes the feed's static embed site into <dir>, for pages that allow
no script (WordPress authors, Medium, Notion, Ghost...): one server-rendered
page per quote, actor and initiative, plus intro.html and map.html, each with
its oEmbed document; embeds.json lists them; the scripts they need are copied
in. <url> is where <dir> will be served from. A feed given as a file is copied
as feed.json; a feed given as a URL is read from there by the pages. The feed
must be valid. A previous export in <dir> is replaced whole, only at the end.

  <file|url>     a feed file, or an http(s) URL (fetched, ${FETCH_TIMEOUT_MS / 1000} s timeout)
  --json         print one JSON document for CI: { file, valid, problems, warnings }
  --out <dir>    export: the site's folder (new, empty, or a previous export)
  --base-url <url>  export: the http(s) URL the site is served from
  -h, --help     print this help
  -v, --version  print the version

Problems make the feed invalid: the parser reports them, and most are data the
widgets drop. A missing or malformed field (id, name, URL, date, language tag,
coordinates...), an unknown reference (a quote whose actor is unknown is
dropped), a duplicate id, a wrong version.
Warnings leave it valid: an actor's image without alt text, an initiative
without a place or whose place has no coordinates (the map cannot show it),
a plain http image or link.

Relative URLs resolve against the URL given, else the feed's feed_url.

Exit codes: 0 valid (warnings allowed) / exported, 1 invalid, 2 unreadable
(missing file, directory, not JSON, not a dossier feed, network error, HTTP
error status), cannot write, or bad usage.
Colour only on a terminal, and not with a non-empty NO_COLOR.
`;

/** Runs the command line `args` (without node and the script) and returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const write = (stream: NodeJS.WriteStream, text: string, code: number) => {
    stream.write(text);
    return code;
  };
  const fail = (code: number, message: string) => write(process.stderr, `dossier-widgets: ${message}\n`, code);
  let values: { json?: boolean; help?: boolean; version?: boolean; out?: string; 'base-url'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
      },
    }));
  } catch (error) {
    // parseArgs's first sentence names the option ("Unknown option '--x'."); the rest is advice
    // about `--` that does not apply to a command without dashed arguments.
    const sentence = (error as Error).message.split(/\.( |$)/)[0]!;
    return fail(EXIT.usage, `${sentence} (see dossier-widgets --help)`);
  }
  if (values.help) return write(process.stdout, USAGE, EXIT.valid);
  if (values.version) return write(process.stdout, `${VERSION}\n`, EXIT.valid);
  const [command, source, ...extra] = positionals;
  if (command === undefined) return write(process.stderr, USAGE, EXIT.usage);
  if (command !== 'validate' && command !== 'export') return fail(EXIT.usage, `unknown command "${command}" (see dossier-widgets --help)`);
  if (source === undefined) return fail(EXIT.usage, `${command} needs a file or a URL (see dossier-widgets --help)`);
  if (extra.length) return fail(EXIT.usage, `${command} takes one file or URL, got ${positionals.length - 1} (see dossier-widgets --help)`);
  if (command === 'export') return exportCommand(source, values.out, values['base-url'], fail);

  let json: unknown;
  try {
    json = await readSource(source);
  } catch (error) {
    if (!(error instanceof UnreadableError)) throw error;
    if (values.json) print({ file: source, valid: false, problems: [], warnings: [], error: error.message });
    return fail(EXIT.unreadable, error.message);
  }
  // The URL the widgets would be given is the base of relative URLs, even after redirects.
  const report = validateFeed(json, isUrl(source) ? { baseUrl: source } : {});
  if (values.json) print(jsonReport(source, report));
  else process.stdout.write(humanReport(source, report, useColor()));
  return report.valid ? EXIT.valid : EXIT.invalid;
}

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
const useColor = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

/** `export`: the site, or one line saying why not (the feed's problems listed first, as `validate` prints them). */
async function exportCommand(source: string, out: string | undefined, baseUrl: string | undefined, fail: (code: number, message: string) => number) {
  if (!out) return fail(EXIT.usage, 'export needs --out <dir> (see dossier-widgets --help)');
  if (!baseUrl) return fail(EXIT.usage, 'export needs --base-url <url>, where the site will be served (see dossier-widgets --help)');
  // Loaded for this command only: the server renderer and the elements weigh on `validate`'s start.
  const { ExportError, exportSite } = await import('./export/export-site.js');
  try {
    const { embeds, ms, notes } = await exportSite({ source, out, baseUrl });
    process.stdout.write(`Exported ${embeds.length} embed pages to ${out} in ${(ms / 1000).toFixed(1)} s (${new URL('embeds.json', `${baseUrl.replace(/\/?$/, '/')}`).href} lists them).\n`);
    for (const note of notes) process.stdout.write(`Note: ${note}.\n`);
    return EXIT.valid;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    // The report the export judged the feed by: the feed is not read (or fetched) a second time.
    if (error.report) {
      process.stdout.write(humanReport(source, error.report, useColor()));
      return fail(EXIT.invalid, error.message);
    }
    return fail(EXIT.unreadable, error.message);
  }
}
