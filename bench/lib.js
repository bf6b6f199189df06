'use strict';
// Shared helpers of the benchmarks: sizes from the environment, timing, percentiles, the JSON line.
const { loadavg, cpus } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const dist = (path) => require(join(root, 'dist', path));

/** A positive integer from the environment, or the default (BENCH_QUICK=1 picks the quick one). */
function size(name, full, quick) {
  const raw = process.env[name];
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name}=${raw} is not a positive integer`);
    return n;
  }
  return process.env.BENCH_QUICK === '1' ? quick : full;
}

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const median = (values) => percentile(values, 50);
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** The one JSON line a benchmark prints per subject, with the machine's load beside it. */
function report(line) {
  const out = {
    ...line,
    ratio: round(line.ratio, 3),
    loadAverage: loadavg().map((l) => round(l)),
    cores: cpus().length,
    at: new Date().toISOString(),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return out;
}

/** Runs `task(i)` for i in 0..n-1 with at most `concurrency` at once; answers each one's latency (ms). */
async function pool(n, concurrency, task) {
  const latencies = new Array(n);
  let next = 0;
  const started = now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = now();
        await task(i);
        latencies[i] = now() - t;
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  return { latencies, seconds, throughput: n / seconds };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` every 250 ms until `done(value)`; answers the value and the milliseconds since `t0`. */
async function until(t0, read, done, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return { value, ms: now() - t0 };
    if (Date.now() > deadline)
      throw new Error(`gave up after ${timeoutMs / 1000}s: ${JSON.stringify(value)}`);
    await sleep(250);
  }
}

/** The date in China (UTC+8, no daylight saving) of an instant, as YYYY-MM-DD. */
const chinaDate = (ms) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

module.exports = { root, dist, size, now, percentile, median, round, report, pool, sleep, until, chinaDate };
