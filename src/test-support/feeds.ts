/** URLs of feeds served by the test server (test/feed-server.mjs), and helpers around them. */
let counter = 0;

/** A key no other test uses, so request counts and the store's cache never mix between tests. */
export const uniqueKey = (label = 'k') => `${label}-${Date.now().toString(36)}-${++counter}`;

export interface FeedOptions {
  key?: string;
  delay?: number;
  status?: number;
  body?: 'not-json';
  /** Fail the first N requests with 503. */
  fail?: number;
  /** Cache headers a publisher would send: a max-age, or an ETag to revalidate. */
  cache?: 'max-age' | 'etag';
}

/** `/test-feeds/<name>?…`; every URL is made unique so tests do not share cache entries. */
export function feedUrl(name: string, options: FeedOptions = {}): string {
  const params = new URLSearchParams({ key: options.key ?? uniqueKey(name) });
  if (options.delay) params.set('delay', String(options.delay));
  if (options.status) params.set('status', String(options.status));
  if (options.body) params.set('body', options.body);
  if (options.fail) params.set('fail', String(options.fail));
  if (options.cache) params.set('cache', options.cache);
  return `/test-feeds/${name}?${params}`;
}

interface Requests {
  /** Requests the test server received under the key. */
  hits: number;
  /** Of which conditional ones it answered 304 Not Modified. */
  revalidated: number;
  /** The last one's path and query, as the server saw it. */
  url?: string;
}

/** What the test server saw under `key`. */
export async function requests(key: string): Promise<Requests> {
  const response = await fetch(`/test-feeds/hits?key=${encodeURIComponent(key)}`);
  return (await response.json()) as Requests;
}

/** How many requests the test server received under `key`. */
export async function hits(key: string): Promise<number> {
  return (await requests(key)).hits;
}

export async function fetchJson(name: string): Promise<unknown> {
  return (await fetch(feedUrl(name))).json();
}

/** Captures console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
