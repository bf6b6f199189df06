'use strict';
/* global fetch */
// Case start, officer action and worker RSS, through the API as a user would, each beside a bare
// Temporal baseline on the same dev server in the same run.
const { randomUUID } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { size, report, pool, percentile, median, round, sleep, now } = require('./lib');

async function http(api, method, path, { token, body, headers = {} } = {}) {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function login(api, username) {
  const { accessToken } = await http(api, 'POST', '/auth/login', {
    body: { username, password: 'safecase-demo' },
  });
  return accessToken;
}

const openBody = () => ({
  origin: 'complaint',
  enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
  summary: '群众举报（基准测试）',
});
const inspection = () => ({
  officers: ['nc.officer1', 'nc.officer2'],
  inspectedAt: new Date().toISOString(),
  place: '生产车间',
  findings: [],
  unitRefusedToSign: false,
});

/** The bare worker and client: a no-op workflow whose Update answers at once, on its own task queue. */
async function bareTemporal(address) {
  const { Client, Connection, WithStartWorkflowOperation } = require('@temporalio/client');
  const { DefaultLogger, NativeConnection, Runtime, Worker } = require('@temporalio/worker');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const taskQueue = `bench-bare-${randomUUID()}`;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    taskQueue,
    workflowsPath: require.resolve('./bare-workflows.js'),
    activities: { touch: async () => undefined },
  });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address }) });
  const updateWithStart = async () => {
    const op = new WithStartWorkflowOperation('bareNoop', {
      workflowId: `bench-bare-${randomUUID()}`,
      taskQueue,
      workflowIdConflictPolicy: 'FAIL',
    });
    await client.workflow.executeUpdateWithStart('answer', { startWorkflowOperation: op });
    return op.workflowHandle();
  };
  const start = async () =>
    client.workflow.start('bareNoop', { workflowId: `bench-bare-${randomUUID()}`, taskQueue });
  return {
    client,
    taskQueue,
    updateWithStart,
    start,
    async stop() {
      worker.shutdown();
      await running;
      await client.connection.close();
    },
  };
}

const stats = (run) => ({
  throughput: round(run.throughput),
  p50: round(median(run.latencies)),
  p95: round(percentile(run.latencies, 95)),
});

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return round(kb / 1024, 1);
}

async function main({ api, temporalAddress, workerPid }) {
  const n = size('BENCH_STARTS', 500, 48);
  const concurrency = size('BENCH_CONCURRENCY', 16, 16);
  const actions = size('BENCH_ACTIONS', 100, 20);
  const officer = await login(api, 'nc.officer1');
  const rssAtStart = workerPid ? rssMiB(workerPid) : null;
  const bare = await bareTemporal(temporalAddress);
  try {
    // Warm-up: the first calls load bundles, prepare statements, fill caches.
    await pool(concurrency, concurrency, () => bare.updateWithStart());
    await pool(concurrency, concurrency, () =>
      http(api, 'POST', '/cases', { token: officer, body: openBody() }),
    );

    const caseIds = [];
    const rounds = { api: [], bare: [], start: [] };
    for (let r = 0; r < 3; r++) {
      rounds.bare.push(await pool(n, concurrency, () => bare.updateWithStart()));
      rounds.api.push(
        await pool(n, concurrency, async () => {
          const c = await http(api, 'POST', '/cases', {
            token: officer,
            body: openBody(),
            headers: { 'idempotency-key': randomUUID() },
          });
          caseIds.push(c.id);
        }),
      );
      rounds.start.push(await pool(n, concurrency, () => bare.start()));
    }
    const pick = (runs) => [...runs].sort((a, b) => a.throughput - b.throughput)[1]; // the median round
    const apiRun = pick(rounds.api);
    const bareRun = pick(rounds.bare);
    const startRun = pick(rounds.start);
    report({
      subject: `case start: POST /cases, ${concurrency} concurrent, N=${n}, median of 3`,
      ...stats(apiRun),
      baseline: {
        subject: 'bare update-with-start of a no-op workflow whose Update returns at once',
        ...stats(bareRun),
      },
      ratio: apiRun.throughput / bareRun.throughput,
      p95Ratio: round(percentile(apiRun.latencies, 95) / percentile(bareRun.latencies, 95), 3),
      informationThroughputRatioToBareStart: round(apiRun.throughput / startRun.throughput, 3),
      bareStart: stats(startRun),
      goal: 'ratio >= 0.8, p95Ratio <= 1.2',
    });

    // Officer action: one at a time (latency, not throughput), on cases just opened.
    const targets = caseIds.slice(0, actions);
    const handles = [];
    for (let i = 0; i < actions; i++) handles.push(await bare.updateWithStart());
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
    report({
      subject: `officer action: POST /cases/{id}/inspection, one at a time, ${actions} cases`,
      p50: round(median(apiLat)),
      p95: round(percentile(apiLat, 95)),
      baseline: {
        subject: 'bare executeUpdate on a running no-op workflow',
        p50: round(median(bareLat)),
        p95: round(percentile(bareLat, 95)),
      },
      ratio: median(apiLat) / median(bareLat),
      p95Ratio: round(percentile(apiLat, 95) / percentile(bareLat, 95), 3),
      goal: 'ratio (p50) <= 1.5, p95Ratio <= 2',
    });

    if (workerPid) {
      await sleep(2000);
      report({
        subject: `worker RSS with the cases this run opened (WORKER_MAX_CACHED_WORKFLOWS=${process.env.WORKER_MAX_CACHED_WORKFLOWS || 'default 500'})`,
        openCases: caseIds.length,
        rssMiB: rssMiB(workerPid),
        baseline: { subject: 'the same worker before the first case', openCases: 0, rssMiB: rssAtStart },
        ratio: rssMiB(workerPid) / rssAtStart,
        actionP50: round(median(apiLat)),
        goal: '<= 1024 MiB at 50k open cases',
      });
    }
    for (const h of handles) await h.terminate().catch(() => undefined);
    return { caseIds };
  } finally {
    await bare.stop();
  }
}

module.exports = { main, login, http, bareTemporal, openBody, inspection, rssMiB };
