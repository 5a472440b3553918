/** Shared helpers of the bench: tables, statistics, timeouts. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A reason not to measure: printed as one line, exit 1. */
export class BenchError extends Error {}

export const kb = (bytes) => (bytes / 1024).toFixed(2);
export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
export const ms = (v) => (Number.isFinite(v) ? v.toFixed(2) : '—');
export const mib = (bytes) => (Number.isFinite(bytes) ? (bytes / 1048576).toFixed(2) : '—');
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** Prints rows (arrays of cells) as aligned text: labels left, figures right. */
export function printTable(title, head, rows) {
  const cells = [head, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Percentile with linear interpolation; NaN for no values. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

export const stats = (values) => ({ median: percentile(values, 0.5), p90: percentile(values, 0.9), n: values.length });

export const RUN_TIMEOUT = 30_000;

export function withTimeout(promise, what, timeout = RUN_TIMEOUT) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), timeout))),
  ]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Lets the browser finish what the navigation started (previous document's teardown, GC). */
export const SETTLE_MS = 150;
export const settle = () => sleep(SETTLE_MS);

export const verdict = (ok, over) => (ok ? 'PASS' : `OVER${over ? ` (${over})` : ''}`);
