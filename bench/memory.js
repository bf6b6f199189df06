'use strict';
// Worker memory against open cases (issue #16 §3): the worker's RSS after opening cases through the
// API up to each level, with the officer action p50 at that cache size beside a bare executeUpdate.
// The actions go to cases picked across all those open, so most of them are sticky-cache misses once
// the open cases outnumber WORKER_MAX_CACHED_WORKFLOWS (a miss replays the case's history).
//   BENCH_MEMORY_LEVELS=0,1000,10000   open cases at which to measure (opened through the API)
const { randomUUID } = require('node:crypto');
const { size, now, report, pool, median, percentile, round, sleep } = require('./lib');
const { bareTemporal, http, inspection, login, openBody, rssMiB } = require('./cases');

function levels() {
  const raw = process.env.BENCH_MEMORY_LEVELS || (process.env.BENCH_QUICK === '1' ? '0,200' : '0,1000,10000');
  const list = raw.split(',').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`BENCH_MEMORY_LEVELS=${raw}`);
  return list.sort((a, b) => a - b);
}

async function main({ api, temporalAddress, workerPid }) {
  const concurrency = size('BENCH_CONCURRENCY', 16, 16);
  const actions = size('BENCH_ACTIONS', 100, 20);
  const officer = await login(api, 'nc.officer1');
  const bare = await bareTemporal(temporalAddress);
  const open = [];
  const cached = process.env.WORKER_MAX_CACHED_WORKFLOWS || 'default 500';
  try {
    const handles = [];
    for (let i = 0; i < actions; i++) handles.push(await bare.updateWithStart());
    for (const level of levels()) {
      const started = now();
      await pool(Math.max(0, level - open.length), concurrency, async () => {
        const c = await http(api, 'POST', '/cases', {
          token: officer,
          body: openBody(),
          headers: { 'idempotency-key': randomUUID() },
        });
        open.push(c.id);
      });
      const openingSeconds = (now() - started) / 1000;
      await sleep(2000);
      const rss = rssMiB(workerPid);
      // At 0, the actions need cases of their own: they are opened, measured, and counted from then on.
      const targets = [];
      if (open.length < actions)
        await pool(actions - open.length, concurrency, async () => {
          const c = await http(api, 'POST', '/cases', { token: officer, body: openBody() });
          open.push(c.id);
        });
      for (let i = 0; i < actions; i++) targets.push(open[Math.floor(((i + 0.5) * open.length) / actions)]);
      const apiLat = [];
      const bareLat = [];
      for (let i = 0; i < actions; i++) {
        let t = now();
        await handles[i].executeUpdate('answer');
        bareLat.push(now() - t);
        t = now();
        await http(api, 'POST', `/cases/${targets[i]}/inspection`, {
          token: officer,
          body: inspection(),
          headers: { 'idempotency-key': randomUUID() },
        });
        apiLat.push(now() - t);
      }
      // An inspection without findings closes its case: those are open no more.
      for (const id of targets) open.splice(open.indexOf(id), 1);
      report({
        subject: `worker RSS at ${level} open cases (opened through the API), WORKER_MAX_CACHED_WORKFLOWS=${cached}`,
        level,
        // At 0 the actions' own cases are opened after the RSS is read; the closed targets are not counted.
        openCases: open.length + targets.length,
        openingSeconds: round(openingSeconds),
        rssMiB: rss,
        rssAfterActionsMiB: rssMiB(workerPid),
        actionP50: round(median(apiLat)),
        actionP95: round(percentile(apiLat, 95)),
        baseline: {
          subject: 'bare executeUpdate on a running no-op workflow, same moments',
          p50: round(median(bareLat)),
          p95: round(percentile(bareLat, 95)),
        },
        ratio: median(apiLat) / median(bareLat),
        goal: 'RSS <= 1024 MiB at 50k open cases; action p50 reported beside it',
      });
    }
    for (const h of handles) await h.terminate().catch(() => undefined);
  } finally {
    await bare.stop();
  }
}

module.exports = { main };
