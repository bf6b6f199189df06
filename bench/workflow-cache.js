'use strict';
// What one cached workflow costs the worker (issue #16 §3), measured apart from everything else: an
// in-process Worker with the real workflow bundle and no activities, on a dev server of its own.
// Each case workflow started runs its first task and then waits on its first activity (which nobody
// polls), so it stays in the sticky cache: RSS and the workflow thread's heap are read as the cache
// fills, then while far more workflows than the cache holds pass through it.
//   node bench/workflow-cache.js            after `npm run build` (run.js builds too)
//   BENCH_CACHE_LEVELS=0,250,500,1000,2000  workflows started at which to measure
//   WORKER_MAX_CACHED_WORKFLOWS=500         the cache size (the worker's configuration default)
//   BENCH_PRELOAD=0                         build the bundle without WORKFLOW_PRELOAD_MODULES (before)
const { randomUUID } = require('node:crypto');
const { size, dist, report, round, sleep, pool } = require('./lib');

const rssMiB = () => round(process.memoryUsage().rss / 2 ** 20, 1);

async function main() {
  const { Worker, NativeConnection, Runtime, bundleWorkflowCode } = require('@temporalio/worker');
  const { Client, Connection } = require('@temporalio/client');
  const services = require('../scripts/lib/services');
  const { temporalBinaries } = require('../scripts/lib/temporal-binaries');
  const { workflowBundleOptions } = dist('libs/temporal/src/bundler-options.js');
  const { RULEBOOK_2026_V1 } = dist('libs/domain/src/index.js');
  const { DEMO_AGENCIES } = dist('libs/persistence/src/index.js');
  const levels = (process.env.BENCH_CACHE_LEVELS || '0,250,500,1000,2000').split(',').map(Number);
  const cache = size('WORKER_MAX_CACHED_WORKFLOWS', 500, 500);
  const preload = process.env.BENCH_PRELOAD !== '0';
  Runtime.install({ logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
  const temporal = await services.startTemporalDevServer({
    cli: temporalBinaries().cli,
    port: await services.freePort(),
    headless: true,
    quiet: true,
  });
  const options = workflowBundleOptions();
  if (!preload) delete options.preloadModules;
  const { code } = await bundleWorkflowCode({
    ...options,
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
  });
  const taskQueue = `cache-${randomUUID()}`;
  const connection = await NativeConnection.connect({ address: temporal.address });
  // BENCH_CACHE_MAIN_THREAD=1 (with node --expose-gc): workflows in this thread (the SDK's debug mode,
  // same reusable context), so the V8 heap after a full GC can be read beside the RSS.
  const inMain = process.env.BENCH_CACHE_MAIN_THREAD === '1';
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowBundle: { code },
    maxCachedWorkflows: cache,
    ...(inMain ? { debugMode: true } : {}),
  });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
  const nanchang = DEMO_AGENCIES[1];
  const actor = {
    userId: randomUUID(),
    username: 'nc.officer1',
    displayName: '张伟',
    roles: ['officer'],
    agencyId: nanchang.id,
  };
  const input = () => {
    const caseId = randomUUID();
    return {
      caseId,
      agencyId: nanchang.id,
      regionCode: nanchang.regionCode,
      docPrefix: nanchang.docPrefix,
      origin: 'plan',
      enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: '基准测试',
      openedBy: actor,
      rulebook: RULEBOOK_2026_V1,
      searchAttributes: false,
    };
  };
  let started = 0;
  global.gc?.();
  await sleep(500);
  const baseline = rssMiB();
  try {
    for (const level of levels) {
      await pool(Math.max(0, level - started), 16, async () => {
        const args = [input()];
        await client.workflow.start('enforcementCaseWorkflow', {
          workflowId: `case-${args[0].caseId}`,
          taskQueue,
          args,
        });
        started += 1;
      });
      // Wait until the worker has run the first task of every workflow started: the cache holds them
      // all, or is full (a workflow past it evicts the least recently used one).
      const want = Math.min(started, cache);
      for (
        let i = 0;
        i < 1200 &&
        (worker.getStatus().numCachedWorkflows < want ||
          worker.getStatus().numInFlightWorkflowActivations > 0);
        i++
      )
        await sleep(250);
      global.gc?.();
      await sleep(500);
      const status = worker.getStatus();
      report({
        subject: `in-process worker, real bundle (preloadModules ${preload ? 'on' : 'off'}), ${level} case workflows started`,
        started: level,
        cached: status.numCachedWorkflows,
        maxCachedWorkflows: cache,
        rssMiB: rssMiB(),
        ...(inMain ? { heapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20, 1) } : {}),
        baseline: { subject: 'the same worker before the first workflow', rssMiB: baseline },
        ratio: rssMiB() / baseline,
        perCachedWorkflowKiB: status.numCachedWorkflows
          ? round(((rssMiB() - baseline) * 1024) / status.numCachedWorkflows, 1)
          : null,
      });
    }
  } finally {
    worker.shutdown();
    await running.catch(() => undefined);
    await connection.close();
    await temporal.stop();
  }
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
