/**
 * Reads a feed's JSON from a file or an http(s) URL, or fails with one sentence that says why
 * (`UnreadableError`): the CLI prints it as it is, with no stack trace.
 */
import { readFile } from 'node:fs/promises';

/** The file or URL could not be read as JSON. Its message names it and says why. */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

/** As long as the widgets wait for a feed. */
export const FETCH_TIMEOUT_MS = 15_000;

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** The JSON document at `source`, a path or an http(s) URL. */
export async function readSource(source: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<unknown> {
  const text = isUrl(source) ? await fetchText(source, timeoutMs) : await readText(source);
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, line breaks included: keep it one line.
    throw new UnreadableError(`${source}: not JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
}

async function readText(path: string): Promise<string> {
  try {
    // A BOM is legal before UTF-8 JSON for browsers (fetch's text() drops it), not for JSON.parse.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory, not a feed file'
      : code === 'EACCES' ? 'permission denied'
      : (error as Error).message;
    throw new UnreadableError(`${path}: ${why}`);
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  try {
    // The request a partner page makes: a plain GET, no credentials, the feed's media types.
    const response = await fetch(url, {
      headers: { accept: 'application/feed+json, application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new UnreadableError(`${url}: HTTP ${response.status} ${response.statusText}`.trimEnd());
    return await response.text();
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    const { name, message, cause } = error as Error & { cause?: { message?: string } };
    if (name === 'TimeoutError') throw new UnreadableError(`${url}: no answer within ${timeoutMs / 1000} s`);
    // Node's fetch says "fetch failed" and puts the reason (ECONNREFUSED, ENOTFOUND…) in `cause`.
    throw new UnreadableError(`${url}: cannot fetch (${cause?.message ?? message})`);
  }
}
