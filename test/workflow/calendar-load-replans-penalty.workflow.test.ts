import { TestWorkflowEnvironment } from '@temporalio/testing';
import { RULEBOOK_2026_V1, type CaseActor, type CaseOfficer } from '@safecase/domain';
import { storeArrangement } from '@safecase/persistence';
import { workflowIds } from '@safecase/temporal';
import {
  calendarUpdated,
  penaltyCommand,
  penaltyStateQuery,
  type penaltyProcedureWorkflow,
} from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { startWorker, testConfig, type RunningWorker } from '../support/apps';
import { demoActor, eventually } from '../support/cases';
import { datedTestServer } from '../support/dated-test-server';
import { ownDatabase } from '../support/own-database';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * docs/domain.md §2.5 in December (issue #13 item 1): a penalty filed on Mon 7 Dec 2026, when 2027 is
 * not loaded, has a provisional 90-day decision clock (7 Mar 2027 is never guessed). Once 2027 is
 * stored and the workflow receives `calendarUpdated` — what `PUT /calendar/years/2027` sends every
 * open procedure — it reloads the calendar and the clock is firm: due Sun 7 Mar un-rolled (an agency
 * limit), acted on by Fri 5 Mar, the rolled end Mon 8 Mar shown beside it. The dates are written out.
 */
describe('a calendar load re-plans a penalty (time-skipping server started on 7 Dec 2026)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningWorker;
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let officer1: CaseOfficer & CaseActor;
  let officer2: CaseOfficer & CaseActor;
  let supervisor: CaseActor;
  const config = testConfig();

  beforeAll(async () => {
    own = await ownDatabase();
    await own.db.query('DELETE FROM calendar_day WHERE year >= 2027');
    await own.db.query('DELETE FROM calendar_year WHERE year >= 2027');
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: datedTestServer('2026-12-07 01:00:00') } },
    });
    worker = await startWorker({ ...config, databaseUrl: own.url }, env.nativeConnection);
    officer1 = await demoActor(own.db, 'nc.officer1');
    officer2 = await demoActor(own.db, 'nc.officer2');
    supervisor = await demoActor(own.db, 'nc.supervisor');
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);

  const decisionTask = async (penaltyId: string) => {
    const rows = await own.db.query<
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
         FROM case_task WHERE case_id = $1 AND task_key = 'decision_due'`,
      [penaltyId],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };

  it('turns the provisional decision clock firm once 2027 is loaded and signalled', async () => {
    expect(new Date(await env.currentTimeMs()).toISOString().slice(0, 10)).toBe('2026-12-07');
    const penaltyId = randomUUID();
    const handle = await env.client.workflow.start<typeof penaltyProcedureWorkflow>(
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
    const before = await eventually(async () => {
      const t = await decisionTask(penaltyId);
      expect(t.missing_year).toBe(2027);
      return t;
    });
    expect(before).toMatchObject({ due_at: null, due_date: null, act_by: null, rolled_end: null });
    expect((await handle.query(penaltyStateQuery)).missingYears).toEqual([2027]);

    await own.db.transaction((m) =>
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
    await handle.signal(calendarUpdated);

    const after = await eventually(async () => {
      const t = await decisionTask(penaltyId);
      expect(t.missing_year).toBeNull();
      return t;
    });
    expect(after).toMatchObject({ due_date: '2027-03-07', act_by: '2027-03-05', rolled_end: '2027-03-08' });
    // Overdue after the un-rolled last day: 24:00 China time of 7 Mar 2027.
    expect(after.due_at?.toISOString()).toBe('2027-03-07T16:00:00.000Z');
    expect((await handle.query(penaltyStateQuery)).missingYears).toEqual([]);
    await handle.terminate('done');
  });
});
