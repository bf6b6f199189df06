'use strict';
// The deadline storm's bare baseline: what Temporal itself costs per case, with no business logic.
const wf = require('@temporalio/workflow');

const { touch } = wf.proxyActivities({ startToCloseTimeout: '1 minute' });

/**
 * A timer to each absolute instant in turn, each followed by one activity: a case's reminder, overdue
 * mark and escalation rungs are as many timers and projections (bench/storm.js picks the instants).
 */
async function bareTimers(instants) {
  for (const at of instants) {
    await wf.sleep(Math.max(1, at - Date.now()));
    await touch();
  }
}

const calendarUpdated = wf.defineSignal('calendarUpdated');

/** Waits for one signal, then runs one activity: the calendar-year fan-out's baseline. */
async function bareWaiting() {
  let signalled = false;
  wf.setHandler(calendarUpdated, () => void (signalled = true));
  await wf.condition(() => signalled);
  await touch();
}

module.exports = { bareTimers, bareWaiting };
