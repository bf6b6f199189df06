'use strict';
// A calendar year loaded while procedures are open (issue #16, last row): `PUT /calendar/years/{y}`
// starts the durable re-plan (workflows/calendar-replan.workflow.ts), which pages through every open
// procedure, 500 a page, and signals each to reload its calendar. Measured until the re-plan reports
// done (every open procedure signalled) and then until the worker's task queue has no backlog left
// (every signalled procedure has reloaded). Baseline: bare waiting workflows, each signalled (20 at a
// time) and running one activity on it, per procedure; at most BENCH_CALENDAR_BASELINE of them.
const { randomUUID } = require('node:crypto');
const { size, now, pool, round, until } = require('./lib');
const { http, login } = require('./cases');

/** The approximate backlog of the worker's workflow and activity task queues. */
async function backlog(client, taskQueue) {
  const { temporal } = require('@temporalio/proto');
  const { TaskQueueType } = temporal.api.enums.v1;
  let total = 0;
  for (const type of [TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY]) {
    try {
      const res = await client.workflowService.describeTaskQueue({
        namespace: 'default',
        taskQueue: { name: taskQueue },
        taskQueueType: type,
        reportStats: true,
      });
      if (!res.stats) return null;
      total += Number(res.stats.approximateBacklogCount ?? 0);
    } catch {
      return null; // a server without task queue statistics (the sandbox's test server)
    }
  }
  return total;
}

/** Measures one year's load over the procedures open now; returns the JSON line's fields. */
async function measure({ api, temporalAddress, bareWorker, year }) {
  const { Client, Connection } = require('@temporalio/client');
  const client = new Client({ connection: await Connection.connect({ address: temporalAddress }) });
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE || 'safecase';
  const admin = await login(api, 'admin');
  const holidays = [1, 2, 3].map((d) => ({ date: `${year}-01-0${d}`, name: '元旦 (bench fixture)' }));
  const t0 = now();
  await http(api, 'PUT', `/calendar/years/${year}`, {
    token: admin,
    body: { holidays, makeupWorkdays: [], source: '基准测试用日历（非官方）' },
    headers: { 'idempotency-key': randomUUID() },
  });
  const putMs = now() - t0;
  const replan = await until(
    t0,
    () => http(api, 'GET', `/calendar/years/${year}/replan`, { token: admin }),
    (r) => r.status === 'COMPLETED',
    3 * 3600_000,
  );
  // Drained: no backlog on three polls in a row (the count is approximate and lags a little).
  let quiet = 0;
  let drainMeasured = true;
  const drained = await until(
    t0,
    async () => {
      const left = await backlog(client, taskQueue);
      if (left === null) drainMeasured = false;
      return left === null ? 3 : left === 0 ? ++quiet : (quiet = 0);
    },
    (q) => q >= 3,
    3 * 3600_000,
  );
  await client.connection.close();
  const progress = replan.value.progress;
  const procedures = progress.signalled + progress.skipped;

  const k = Math.min(Math.max(procedures, 1), size('BENCH_CALENDAR_BASELINE', 2000, 200));
  const bare = await bareWorker(temporalAddress);
  let bareMs;
  try {
    const started = [];
    await pool(k, 16, async () => started.push(await bare.startWaiting()));
    const b0 = now();
    await pool(started.length, 20, (i) => started[i].signal('calendarUpdated'));
    bareMs = (
      await until(
        b0,
        async () => bare.touched(),
        (c) => c === k,
        3600_000,
      )
    ).ms;
  } finally {
    await bare.stop();
  }
  const perProcedureMs = drained.ms / Math.max(procedures, 1);
  const barePerMs = bareMs / k;
  return {
    subject: `calendar year loaded: PUT /calendar/years/${year} with ${procedures} open procedures, until every one re-planned`,
    openProcedures: procedures,
    signalled: progress.signalled,
    skipped: progress.skipped,
    pages: progress.pages,
    putSeconds: round(putMs / 1000),
    allSignalledSeconds: round(replan.ms / 1000),
    // Null where the server reports no task queue statistics: then only the signalling is timed.
    allReplannedSeconds: drainMeasured ? round(drained.ms / 1000) : null,
    perProcedureMs: round(perProcedureMs),
    baseline: {
      subject: `${k} bare waiting workflows, each signalled (20 at a time) and running one activity`,
      seconds: round(bareMs / 1000),
      perProcedureMs: round(barePerMs),
    },
    ratio: perProcedureMs / barePerMs,
    goal: 'all re-planned, batched, no rate-limit errors; time reported',
  };
}

module.exports = { measure };
