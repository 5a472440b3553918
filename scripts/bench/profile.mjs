/**
 * BENCH_PROFILE=1: where the time goes in one run, outside the timed runs. A V8 CPU profile
 * (CDP Profiler, 100 µs sampling) summarised as self time per function, and a Chromium trace
 * summarised as time per top-level main-thread task kind (script, style, layout, paint…).
 */
import { SourceMap } from 'node:module';
import { printTable } from './util.mjs';

export async function startProfile(page) {
  await page.cdp.send('Profiler.enable');
  await page.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.cdp.send('Profiler.start');
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
}

export async function stopProfile(page) {
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const { profile } = await page.cdp.send('Profiler.stop');
  await page.cdp.send('Profiler.disable');
  return { profile, trace };
}

/** Source maps of the served files (minified bundles → src/ names and lines). */
const maps = new Map();
function sourceMapFor(url, files) {
  let path;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  if (!maps.has(path)) {
    const file = files[`${path}.map`];
    maps.set(path, file ? new SourceMap(JSON.parse(file.body.toString('utf8'))) : undefined);
  }
  return maps.get(path);
}

/** Self time (ms) per function, by original source position where a source map says it. */
function selfTimes(profile, files) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = new Map();
  const key = (node) => {
    if (keyOf.has(node.id)) return keyOf.get(node.id);
    const f = node.callFrame;
    let k = f.functionName || '(anonymous)';
    if (f.url) {
      const entry = sourceMapFor(f.url, files)?.findEntry(f.lineNumber, f.columnNumber);
      k = entry?.originalSource
        ? `${f.functionName || entry.name || '(anonymous)'} ${entry.originalSource.replace(/^.*?(src|node_modules)\//, '$1/')}:${entry.originalLine + 1}`
        : `${k} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    }
    keyOf.set(node.id, k);
    return k;
  };
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

/** Time per main-thread event name (complete events of the renderer's main thread). */
function traceTotals(trace) {
  const events = trace.traceEvents ?? trace;
  // The busiest renderer main thread (another renderer process may be in the trace).
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m) => events.reduce((sum, e) => sum + (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' ? e.dur ?? 0 : 0), 0);
  const main = mains.map((m) => [m, busy(m)]).sort((a, b) => b[1] - a[1])[0]?.[0];
  const pid = main?.pid;
  const tid = main?.tid;
  const names = ['FunctionCall', 'EvaluateScript', 'v8.compile', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'ResourceReceivedData', 'HitTest'];
  const totals = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || !names.includes(e.name)) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

export function printProfile(title, { profile, trace }, files, top = 15) {
  const total = (profile.endTime - profile.startTime) / 1000;
  printTable(
    `${title} — V8 CPU profile, self time, ${total.toFixed(0)} ms recorded`,
    ['function (script:line:col)', 'self ms'],
    selfTimes(profile, files).slice(0, top).map(([k, v]) => [k.length > 100 ? `${k.slice(0, 97)}…` : k, v.toFixed(1)]),
  );
  printTable(
    `${title} — main-thread trace events (inclusive; nested kinds overlap)`,
    ['event', 'ms'],
    traceTotals(trace).map(([k, v]) => [k, v.toFixed(1)]),
  );
}
