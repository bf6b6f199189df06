import { Connection } from '@temporalio/client';
// The SDK builds TestService stubs only on connections flagged through this internal option (the same
// one TestWorkflowEnvironment.createTimeSkipping sets); the SDK version is pinned, so it cannot move
// under us. @temporalio/testing itself is a dev dependency and has no place in the running apps.
import {
  InternalConnectionOptionsSymbol,
  type InternalConnectionOptions,
} from '@temporalio/client/lib/connection';
import { msToTs, tsToMs } from '@temporalio/common/lib/time';
import type { Clock } from '@safecase/common';

/**
 * The clock of the time-skipping test server (the Java `temporal-test-server` binary), which the
 * training sandbox runs instead of the dev server. What its source and our probes show:
 *
 * - Started as `temporal-test-server <port>` (without `--enable-time-skipping`) it begins with time
 *   skipping LOCKED. Locked, its clock follows the wall clock: a timer due in ten real seconds fires in
 *   ten seconds, and nothing jumps ahead on its own. That is what a trainer needs: a 10-day deadline
 *   stays pending until someone advances the clock.
 * - The lock is a counter. Besides clients, the server takes it itself while a workflow or activity
 *   task is outstanding; whenever the count is zero it jumps to its next scheduled timer.
 * - `unlockTimeSkippingWithSleep(d)` schedules a re-lock at now + d, unlocks, and answers once that
 *   re-lock has run. So an advance skips from timer to timer, waiting at each until the worker has
 *   handled what fired, and ends locked at exactly now + d. With no worker polling, a pending task
 *   holds the lock and the call waits for the worker to come back.
 * - `TestWorkflowEnvironment`'s client unlocks time skipping for as long as it awaits a workflow
 *   result; the apps therefore use plain clients, and only `advance` ever unlocks.
 * - Two overlapping advances unbalance the counter (the server answers "Unbalanced lock and unlock
 *   calls", and the first advance's re-lock stops the second one early): `begin` allows one at a time.
 * - Seen with test server 1.40.0: terminating a workflow while one of its tasks is outstanding leaves
 *   that task's lock behind, and time can never skip again (only a restart helps). So nothing waits
 *   for an advance unbounded: the sandbox API `begin`s one and answers 202 with its progress when it
 *   is not done within SANDBOX_ADVANCE_ANSWER_MS; `advance` throws `ClockStalledError` after
 *   `advanceWaitMs`. Either way it goes on in the server, and the next is refused until it finishes.
 */
export class TestServerClock implements Clock {
  private readonly connection: Connection;
  private readonly advanceWaitMs: number;
  private advancing = false;

  constructor(address: string, options: { advanceWaitMs?: number } = {}) {
    // Lazy, like the API's client: the API boots, and /health reports, while the server is down.
    this.connection = Connection.lazy({
      address,
      [InternalConnectionOptionsSymbol]: { supportsTestService: true },
    } as InternalConnectionOptions);
    this.advanceWaitMs = options.advanceWaitMs ?? 60_000;
  }

  private get testService() {
    const service = this.connection.testService;
    if (!service) throw new Error('the Temporal connection was created without the TestService');
    return service;
  }

  async now(): Promise<Date> {
    const { time } = await this.testService.getCurrentTime({});
    return new Date(tsToMs(time));
  }

  /**
   * Starts moving the clock forward by `ms`, firing every timer on the way (the server waits at each
   * until the worker has handled what fired). Throws `ClockBusyError` at once while an earlier advance
   * is still running; otherwise answers a promise of the new time once the advance has finished, which
   * over a deadline storm may take minutes (the sandbox answers 202 and reports progress meanwhile).
   */
  begin(ms: number): Promise<Date> {
    if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    if (this.advancing) throw new ClockBusyError();
    this.advancing = true;
    const call = this.testService.unlockTimeSkippingWithSleep({ duration: msToTs(ms) });
    return call.then(
      () => {
        this.advancing = false;
        return this.now();
      },
      (error: unknown) => {
        this.advancing = false;
        throw error;
      },
    );
  }

  /** Whether an advance is still running in the server (the next one would be refused). */
  get busy(): boolean {
    return this.advancing;
  }

  /**
   * `begin`, waited for: answers the new time, or throws `ClockStalledError` when the advance has not
   * finished within `advanceWaitMs` (it goes on in the server all the same).
   */
  async advance(ms: number): Promise<Date> {
    const call = this.begin(ms);
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => resolve('stalled'), this.advanceWaitMs);
    });
    try {
      const outcome = await Promise.race([call, stalled]);
      if (outcome === 'stalled') {
        call.catch(() => undefined); // its end is seen through `busy`; nobody awaits it any more
        throw new ClockStalledError();
      }
      return outcome;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

export class ClockBusyError extends Error {
  constructor() {
    super('the sandbox clock is still advancing from an earlier request');
    this.name = 'ClockBusyError';
  }
}

export class ClockStalledError extends Error {
  constructor() {
    super('the sandbox clock has not finished advancing: the test server waits for a task to complete');
    this.name = 'ClockStalledError';
  }
}
