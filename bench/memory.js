'use strict';
// Worker memory against open cases (issue #16 §3): the worker's RSS after opening cases through the
// API up to each level, with the officer action p50 at that cache size beside a bare executeUpdate.
// The actions go to cases picked across all those open, so most of them are sticky-cache misses once
// the open cases outnumber WORKER_MAX_CACHED_WORKFLOWS (a miss replays the case's history).
//   BENCH_MEMORY_LEVELS=0,1000,10000   open cases at which to measure (opened through the API)
//   BENCH_MEMORY_SEED=workflow         open them faster: the case workflow started directly through
//                                      the Temporal client with the input the API builds (the demo
//                                      agency, the shipped rulebook), answered once projected
//                                      (update-with-start of caseSynced, as POST /cases does). Real
//                                      open cases on the real worker, without the API's HTTP, auth,
//                                      idempotency and page read; the actions still go through the API.
//   BENCH_MEMORY_SEED_CONCURRENCY=32   how many of those at once
//   BENCH_MEMORY_CALENDAR=0            skip the last line: a calendar year loaded over every case
//                                      then open, until all re-planned (calendar-year.js)
const { randomUUID } = require('node:crypto');
const { size, now, report, pool, median, percentile, round, sleep, dist, chinaDate } = require('./lib');
const { bareTemporal, http, inspection, login, openBody, rssMiB } = require('./cases');
const calendarYear = require('./calendar-year');
const { bareWorker } = require('./bare-worker');

function levels() {
  const raw = process.env.BENCH_MEMORY_LEVELS || (process.env.BENCH_QUICK === '1' ? '0,200' : '0,1000,10000');
  const list = raw.split(',').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`BENCH_MEMORY_LEVELS=${raw}`);
  return list.sort((a, b) => a - b);
}

/** The calendar years a case opened now needs, read through the API as POST /cases reads them. */
async function givenCalendar(api, token) {
  const { calendarYearsNeeded } = dist('libs/domain/src/index.js');
  const years = calendarYearsNeeded(Date.now());
  const arrangements = [];
  for (const y of years) {
    try {
      arrangements.push(await http(api, 'GET', `/calendar/years/${y}`, { token }));
    } catch {
      /* not loaded: missing, as for the workflow's own load */
    }
  }
  return { years, arrangements };
}

/** Opens a case as POST /cases does, minus the HTTP layer: update-with-start of its workflow. */
function directOpener(client, me, calendar) {
  const { WithStartWorkflowOperation } = require('@temporalio/client');
  const { RULEBOOK_2026_V1, workflowIds } = dist('libs/domain/src/index.js');
  const { DEMO_AGENCIES } = dist('libs/persistence/src/index.js');
  const agency = DEMO_AGENCIES.find((a) => a.id === me.agencyId);
  const openedBy = {
    userId: me.userId,
    username: me.username,
    displayName: me.displayName,
    roles: me.roles,
    agencyId: me.agencyId,
  };
  return async () => {
    const caseId = randomUUID();
    const operation = () =>
      new WithStartWorkflowOperation('enforcementCaseWorkflow', {
        workflowId: workflowIds.enforcementCase(caseId),
        taskQueue: process.env.TEMPORAL_TASK_QUEUE || 'safecase',
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [
          {
            caseId,
            agencyId: agency.id,
            regionCode: agency.regionCode,
            docPrefix: agency.docPrefix,
            ...openBody(),
            openedBy,
            rulebook: RULEBOOK_2026_V1,
            searchAttributes: true,
            calendar,
          },
        ],
      });
    // A loaded dev server sometimes aborts the Update (Unavailable): the same call again finds the
    // workflow started (USE_EXISTING) and waits for its projection, as a retried POST /cases would.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.workflow.executeUpdateWithStart('caseSynced', { startWorkflowOperation: operation() });
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(500 * attempt);
      }
    }
    return caseId;
  };
}

async function main({ api, temporalAddress, workerPid }) {
  const concurrency = size('BENCH_CONCURRENCY', 16, 16);
  const actions = size('BENCH_ACTIONS', 100, 20);
  const officer = await login(api, 'nc.officer1');
  const bare = await bareTemporal(temporalAddress);
  const direct = process.env.BENCH_MEMORY_SEED === 'workflow';
  const openDirect = direct
    ? directOpener(
        bare.client,
        await http(api, 'GET', '/auth/me', { token: officer }),
        await givenCalendar(api, officer),
      )
    : null;
  const seedConcurrency = direct ? size('BENCH_MEMORY_SEED_CONCURRENCY', 32, 32) : concurrency;
  const open = [];
  const cached = process.env.WORKER_MAX_CACHED_WORKFLOWS || 'default 500';
  try {
    const handles = [];
    for (let i = 0; i < actions; i++) handles.push(await bare.updateWithStart());
    for (const level of levels()) {
      const started = now();
      await pool(Math.max(0, level - open.length), seedConcurrency, async () => {
        if (openDirect) {
          open.push(await openDirect());
          return;
        }
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
        subject: `worker RSS at ${level} open cases (opened ${direct ? 'by update-with-start through the Temporal client' : 'through the API'}), WORKER_MAX_CACHED_WORKFLOWS=${cached}`,
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
    // With the largest level's cases open: a calendar year loaded re-plans every one of them.
    if (process.env.BENCH_MEMORY_CALENDAR !== '0') {
      const year = Number(chinaDate(Date.now()).slice(0, 4)) + 2;
      report(await calendarYear.measure({ api, temporalAddress, bareWorker, year }));
    }
  } finally {
    await bare.stop();
  }
}

module.exports = { main };
