import { TestWorkflowEnvironment } from '@temporalio/testing';
import { RULEBOOK_2026_V1, type CaseActor, type CaseOfficer } from '@safecase/domain';
import { storeArrangement } from '@safecase/persistence';
import { workflowIds } from '@safecase/temporal';
import { penaltyCommand, type penaltyProcedureWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { startWorker, testConfig, type RunningWorker } from './apps';
import { demoActor } from './cases';
import { datedTestServer } from './dated-test-server';
import { ownDatabase } from './own-database';
import { SERVER_HOOK_TIMEOUT_MS } from './timeouts';

/**
 * A December day on a time-skipping server (Mon 7 Dec 2026 unless `startsAt`, in UTC, says
 * otherwise), with a database of its own where 2027 is not loaded: what the calendar re-plan tests
 * need. Registers the `beforeAll`/`afterAll` hooks of the calling describe.
 */
export function decemberWithoutNextYear(startsAt = '2026-12-07 01:00:00') {
  const config = testConfig();
  const world = {
    config,
    env: undefined as unknown as TestWorkflowEnvironment,
    own: undefined as unknown as Awaited<ReturnType<typeof ownDatabase>>,
    officer1: undefined as unknown as CaseOfficer & CaseActor,
    officer2: undefined as unknown as CaseOfficer & CaseActor,
    supervisor: undefined as unknown as CaseActor,
    /** A penalty filed and approved by the supervisor: its 90-day decision clock is running. */
    async filedPenalty() {
      const penaltyId = randomUUID();
      const { officer1, officer2, supervisor } = world;
      const handle = await world.env.client.workflow.start<typeof penaltyProcedureWorkflow>(
        'penaltyProcedureWorkflow',
        {
          workflowId: workflowIds.penalty(penaltyId),
          taskQueue: config.temporal.taskQueue,
          args: [
            {
              parentWorkflowId: null,
              searchAttributes: false,
              opening: {
                penaltyId,
                caseId: null,
                agencyId: officer1.agencyId,
                regionCode: '360100',
                docPrefix: '洪应急',
                party: 'unit',
                partyName: '南昌某危化品公司',
                creditCode: null,
                facts: '违法事实',
                majorHiddenDanger: false,
                rulebook: RULEBOOK_2026_V1,
              },
              proposedBy: { userId: officer1.userId, username: officer1.username },
              handlers: [officer2.userId],
            },
          ],
        },
      );
      await handle.executeUpdate(penaltyCommand, {
        args: [{ actor: supervisor, command: { type: 'decide_filing', approve: true, note: '同意立案' } }],
      });
      return { penaltyId, handle };
    },
    /** The one task `taskKey` of a record, with its dates as the read model stores them. */
    async clockTask(recordId: string, taskKey: string) {
      const rows = await world.own.db.query<
        {
          due_at: Date | null;
          due_date: string | null;
          act_by: string | null;
          rolled_end: string | null;
          missing_year: number | null;
        }[]
      >(
        `SELECT due_at, to_char(due_date, 'YYYY-MM-DD') AS due_date, to_char(act_by, 'YYYY-MM-DD') AS act_by,
                to_char(rolled_end, 'YYYY-MM-DD') AS rolled_end, missing_year
           FROM case_task WHERE case_id = $1 AND task_key = $2`,
        [recordId, taskKey],
      );
      expect(rows).toHaveLength(1);
      return rows[0]!;
    },
    /** Stores 2027 (New Year's Day holidays only) as `PUT /calendar/years/2027` would. */
    async store2027() {
      await world.own.db.transaction((m) =>
        storeArrangement(
          m,
          {
            year: 2027,
            holidays: [1, 2, 3].map((d) => ({ date: `2027-01-0${d}`, name: '元旦 (test fixture)' })),
            makeupWorkdays: [],
          },
          'test fixture',
          'test',
        ),
      );
    },
  };
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    world.own = await ownDatabase();
    await world.own.db.query('DELETE FROM calendar_day WHERE year >= 2027');
    await world.own.db.query('DELETE FROM calendar_year WHERE year >= 2027');
    world.env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: datedTestServer(startsAt) } },
    });
    worker = await startWorker({ ...config, databaseUrl: world.own.url }, world.env.nativeConnection);
    world.officer1 = await demoActor(world.own.db, 'nc.officer1');
    world.officer2 = await demoActor(world.own.db, 'nc.officer2');
    world.supervisor = await demoActor(world.own.db, 'nc.supervisor');
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await world.env?.teardown();
    await world.own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);

  return world;
}
