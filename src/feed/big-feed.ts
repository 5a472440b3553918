/**
 * Parses a big feed body without holding the page's main thread: the feed parser runs as steps
 * (`parseFeedSteps`), and so does `JSON.parse` above 4 MiB (json-steps.ts), a slice of
 * `SLICE_MS` at a time; the page gets the thread back between slices (to paint, scroll, answer
 * a click).
 *
 * The store imports this module only for a big body (feed-store.ts): pages with the usual
 * feeds never download it.
 *
 * Chosen from measurements (`npm run bench`, BIG FEEDS, Chromium, 25 MB, load 4-5 on 2 CPUs):
 * the one-go parse is one task of ~1 s; `Response.json()` too (~0.9 s: the browser parses on
 * the main thread); a Worker parses off the thread, but the result comes back by structured
 * clone, deserialised on the main thread in one task as long (~0.9 s), and a Worker's script
 * must be same-origin with the page (ours come from a CDN; a `blob:` Worker falls under
 * `worker-src`/`script-src`, which strict partners' CSPs do not open). Here the longest task
 * was ~90 ms (median), none over 200 ms, for ~1.4 s of work in all.
 */
import type { ParseResult } from './model.js';
import { parseFeedSteps } from './parse-feed.js';
import { parseJsonSteps } from './json-steps.js';

/**
 * The longest the steps run before giving the thread back, in milliseconds: a task under 50 ms
 * is not a "long task", and a click waits at most that long.
 */
const SLICE_MS = 30;

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Lets the page run its other tasks, then resumes: `scheduler.yield()` where there is one,
 * else a message to ourselves, which unlike `setTimeout(0)` is neither clamped to 4 ms nor
 * throttled in a background tab.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Runs `steps` to its end, `SLICE_MS` at a time, and resolves with what it returns. Rejects
 * with what it throws, or with `signal`'s reason once `signal` aborts (checked between slices).
 */
export async function runInSlices<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  for (let deadline = performance.now() + SLICE_MS; ; ) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToPage();
      signal?.throwIfAborted();
      deadline = performance.now() + SLICE_MS;
    }
  }
}

/**
 * Bodies shorter than this (characters) go through `JSON.parse` at once, and only the feed parser
 * runs in slices: the steps are about four times slower than the browser's parser (10,000
 * initiatives, 2.7 MB: ~90 ms of steps against 21 ms), and `JSON.parse` of 4 MiB stays far
 * from a long task's 200 ms (5.5 ms per MB at 25 MB on this 2-core machine, idle).
 */
const AT_ONCE = 1 << 22;

/**
 * What `parseFeed(JSON.parse(body), baseUrl)` returns, without a long task. Rejects with a
 * `SyntaxError` when `body` is not JSON, or with `signal`'s reason when it aborts.
 */
export async function parseBigFeed(body: string, baseUrl: string, signal?: AbortSignal): Promise<ParseResult> {
  // The body comes as its decoded pieces joined by `+=`; the engine copies them into one string
  // at its first read, in one go (~180 ms at 27 MB, as long as `Array.join` takes: the copy is
  // the cost). In a task of its own, not at the end of the last piece's: that task was 201–207 ms.
  await yieldToPage();
  const json = body.length < AT_ONCE ? JSON.parse(body) : await runInSlices(parseJsonSteps(body), signal);
  const result = await runInSlices(parseFeedSteps(json, baseUrl), signal);
  // The widgets render the result in the task that resolves it: a task of its own, not the end
  // of the last slice's (at 100,000 initiatives the map's first render takes ~150 ms alone).
  await yieldToPage();
  return { ...result, length: body.length };
}
