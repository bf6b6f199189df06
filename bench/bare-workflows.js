'use strict';
// The bare baselines' workflows: what Temporal itself costs, with no business logic.
const wf = require('@temporalio/workflow');

const answer = wf.defineUpdate('answer');
const { touch } = wf.proxyActivities({ startToCloseTimeout: '1 minute' });

/** Waits forever; its Update returns at once (update-with-start, executeUpdate baselines). */
async function bareNoop() {
  wf.setHandler(answer, () => 'ok');
  await wf.condition(() => false);
}

/** One timer to an absolute instant, then one activity (the deadline storm's baseline). */
async function bareTimer(dueAtMs) {
  await wf.sleep(Math.max(1, dueAtMs - Date.now()));
  await touch();
}

module.exports = { bareNoop, bareTimer };
