import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { CaseActor, CaseCommand, CaseOfficer } from '@safecase/domain';
import { startWorker, testConfig, type RunningWorker } from './apps';
import { demoActor } from './cases';
import { datedTestServer } from './dated-test-server';
import { ownDatabase } from './own-database';
import { SERVER_HOOK_TIMEOUT_MS } from './timeouts';

/**
 * Thu 10 Sep 2026 on a time-skipping server, with a database of its own, a worker and two officers
 * of 南昌: the world of the National Day stories (docs/domain.md §2.4). Registers the calling
 * describe's `beforeAll`/`afterAll`; the fields are filled in before its first test runs.
 */
export function nationalDayWorld() {
  const world = {
    config: testConfig(),
    env: undefined as unknown as TestWorkflowEnvironment,
    worker: undefined as unknown as RunningWorker,
    own: undefined as unknown as Awaited<ReturnType<typeof ownDatabase>>,
    officer1: undefined as unknown as CaseOfficer & CaseActor,
    officer2: undefined as unknown as CaseOfficer & CaseActor,
  };
  beforeAll(async () => {
    world.own = await ownDatabase();
    world.env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: datedTestServer('2026-09-10 01:00:00') } },
    });
    world.worker = await startWorker(
      { ...world.config, databaseUrl: world.own.url },
      world.env.nativeConnection,
    );
    world.officer1 = await demoActor(world.own.db, 'nc.officer1');
    world.officer2 = await demoActor(world.own.db, 'nc.officer2');
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await world.worker?.stop();
    await world.env?.teardown();
    await world.own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);
  return world;
}

/**
 * An ordinary finding inspected now and an order to rectify by Thu 24 Sep 2026: its 10-day
 * re-inspection window ends on Sun 4 Oct, inside the National Day holiday.
 */
export async function orderDueBeforeNationalDay(
  send: (command: CaseCommand) => Promise<unknown>,
  officers: [CaseOfficer, CaseOfficer],
  inspectedAt: number,
): Promise<void> {
  await send({
    type: 'record_inspection',
    officers,
    inspectedAt,
    place: '仓库',
    findings: [
      { description: '堆垛超高', severity: 'ordinary', legalBasis: '安全生产法 第41条', evidence: [] },
    ],
    unitRefusedToSign: false,
    refusalNote: null,
  });
  await send({ type: 'issue_order', deadline: '2026-09-24', instructions: '限期整改', correctedOnSite: [] });
}
