/**
 * The two outputs of `dossier-widgets validate`: lines for people (problems first, then
 * warnings, then a one-line summary) and one JSON document for CI.
 */
import type { FeedReport } from './validate-feed.js';

/** What `--json` prints. `error` only when the feed could not be read (exit code 2). */
export interface JsonReport {
  file: string;
  valid: boolean;
  problems: { path: string; message: string }[];
  warnings: { path: string; message: string }[];
  error?: string;
}

export const jsonReport = (file: string, { valid, problems, warnings }: FeedReport): JsonReport =>
  ({ file, valid, problems, warnings });

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** SGR sequences, or nothing when the output is not a terminal. */
const paint = (color: boolean) => (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/** The report for people, ending with a newline. */
export function humanReport(file: string, report: FeedReport, color: boolean): string {
  const c = paint(color);
  const lines: string[] = [];
  const group = (title: string, code: string, entries: { path: string; message: string }[]) => {
    if (!entries.length) return;
    lines.push(c(code, `${title}:`), ...entries.map(({ path, message }) => `  ${path}: ${message}`), '');
  };
  group('Problems', '1;31', report.problems);
  group('Warnings', '1;33', report.warnings);
  const counts = `${count(report.problems.length, 'problem')}, ${count(report.warnings.length, 'warning')}`;
  const verdict = report.valid ? c('32', 'valid') : c('1;31', 'invalid');
  // Without a dossier, the widgets show an error rather than the valid part of the feed.
  const unusable = report.dossier ? '' : '; the widgets cannot show it at all';
  lines.push(`${file}: ${verdict} (${counts})${unusable}`);
  return `${lines.join('\n')}\n`;
}
