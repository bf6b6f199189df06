import { TestWorkflowEnvironment } from '@temporalio/testing';
import { chinaDateOf, WorkCalendar, type CaseActor, type CaseOfficer, type IsoDate } from '@safecase/domain';
import { loadArrangements } from '@safecase/persistence';
import { startWorker, testConfig, type RunningWorker } from './apps';
import { ensureFixtureYears } from './calendar-fixtures';
import { demoActor } from './cases';
import { testEnvironment } from './environment';
import { ownDatabase } from './own-database';
import { SERVER_HOOK_TIMEOUT_MS } from './timeouts';

export interface TimeSkippingSuite {
  env: TestWorkflowEnvironment;
  worker: RunningWorker;
  own: Awaited<ReturnType<typeof ownDatabase>>;
  /**
   * This year and the next two as the database holds them; where no official arrangement is seeded, a
   * test fixture: weekends and a New Year holiday of 1–3 January.
   */
  calendar: WorkCalendar;
  taskQueue: string;
  /** A demo user as the workflow sees an actor or an inspecting officer. */
  user(username: string): Promise<CaseOfficer & CaseActor>;
  sleepUntil(instant: number): Promise<void>;
  today(): Promise<IsoDate>;
}

/**
 * A describe block's time-skipping world: the test server (real timers, skipped time), a database of
 * its own with the calendar years the clocks reach, and a worker on both. Registers its own
 * beforeAll/afterAll; the returned object is filled in before the first test runs.
 */
export function timeSkippingSuite(): TimeSkippingSuite {
  const config = testConfig();
  const suite = { taskQueue: config.temporal.taskQueue } as TimeSkippingSuite;
  beforeAll(async () => {
    suite.own = await ownDatabase();
    suite.env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
    });
    await ensureFixtureYears(suite.own.db, await suite.env.currentTimeMs(), 3);
    suite.calendar = new WorkCalendar(await loadArrangements(suite.own.db));
    suite.worker = await startWorker({ ...config, databaseUrl: suite.own.url }, suite.env.nativeConnection);
    suite.user = (username) => demoActor(suite.own.db, username);
    suite.sleepUntil = async (instant) => {
      const now = await suite.env.currentTimeMs();
      if (instant > now) await suite.env.sleep(instant - now);
    };
    suite.today = async () => chinaDateOf(await suite.env.currentTimeMs());
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await suite.worker?.stop();
    await suite.env?.teardown();
    await suite.own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);
  return suite;
}
