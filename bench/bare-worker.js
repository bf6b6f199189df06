'use strict';
// Bare Temporal workflows for the storm and calendar-year baselines (bench/storm-workflows.js): the
// same server, timers, signals and one no-op activity, and none of safecase's work.
const { randomUUID } = require('node:crypto');

/** WORKER_MAX_CACHED_WORKFLOWS as the safecase worker reads it (500 when unset). */
function cacheSize() {
  const n = Number(process.env.WORKER_MAX_CACHED_WORKFLOWS || 500);
  return Number.isInteger(n) && n >= 0 ? n : 500;
}

async function bareWorker(address) {
  const { Client: TemporalClient, Connection } = require('@temporalio/client');
  const { DefaultLogger, NativeConnection, Runtime, Worker } = require('@temporalio/worker');
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    /* installed already by another benchmark in this process */
  }
  const taskQueue = `bench-storm-${randomUUID()}`;
  let touched = 0;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    taskQueue,
    workflowsPath: require.resolve('./storm-workflows.js'),
    activities: { touch: async () => void touched++ },
    // The same sticky cache as the worker under test: a miss replays history in both.
    maxCachedWorkflows: cacheSize(),
    stickyQueueScheduleToStartTimeout: `${Number(process.env.WORKER_STICKY_TIMEOUT_SECONDS || 10)}s`,
  });
  const running = worker.run();
  const client = new TemporalClient({ connection: await Connection.connect({ address }) });
  return {
    touched: () => touched,
    startWaiting: () =>
      client.workflow.start('bareWaiting', { workflowId: `bench-year-${randomUUID()}`, taskQueue }),
    start: (instants) =>
      client.workflow.start('bareTimers', {
        workflowId: `bench-storm-${randomUUID()}`,
        taskQueue,
        args: [instants],
      }),
    async stop() {
      worker.shutdown();
      await running;
      await client.connection.close();
    },
  };
}

module.exports = { bareWorker, cacheSize };
