import { TestWorkflowEnvironment } from '@temporalio/testing';
import { RULEBOOK_2026_V1, type CaseActor, type CaseOfficer } from '@safecase/domain';
import { storeArrangement } from '@safecase/persistence';
import { workflowIds } from '@safecase/temporal';
import {
  calendarReplanProgressQuery,
  penaltyCommand,
  type calendarReplanWorkflow,
  type penaltyProcedureWorkflow,
} from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { startWorker, testConfig, type RunningWorker } from '../support/apps';
import { demoActor, eventually } from '../support/cases';
import { datedTestServer } from '../support/dated-test-server';
import { ownDatabase } from '../support/own-database';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * docs/domain.md §2.5, made durable: `PUT /calendar/years/2027` only stores the year and starts the
 * re-plan workflow. Here no API runs at all: on Mon 7 Dec 2026 three penalties are filed while 2027 is
 * not loaded (their 90-day decision clocks are provisional); 2027 is stored and the re-plan workflow
 * started as the API would start it, two records a page so it pages and continues as new. It signals
 * every open procedure by itself, and each decision clock becomes firm: due Sun 7 Mar 2027.
 */
describe('the calendar re-plan workflow signals every open procedure (no API involved)', () => {
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
    const [row] = await own.db.query<{ due_date: string | null; missing_year: number | null }[]>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date, missing_year
         FROM case_task WHERE case_id = $1 AND task_key = 'decision_due'`,
      [penaltyId],
    );
    if (!row) throw new Error(`no decision task for ${penaltyId} yet`);
    return row;
  };

  async function filedPenalty(): Promise<string> {
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
    return penaltyId;
  }

  it('pages through the open procedures, signals each once, and every clock is firm', async () => {
    const penalties = [await filedPenalty(), await filedPenalty(), await filedPenalty()];
    for (const id of penalties)
      await eventually(async () => expect((await decisionTask(id)).missing_year).toBe(2027));

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
    const handle = await env.client.workflow.start<typeof calendarReplanWorkflow>('calendarReplanWorkflow', {
      workflowId: workflowIds.calendarReplan(2027, 'test-version'),
      taskQueue: config.temporal.taskQueue,
      args: [{ year: 2027, version: 'test-version', pageSize: 2, continueAsNewAfterPages: 1 }],
    });
    const firstRun = handle.firstExecutionRunId;
    const result = await handle.result();
    // Two pages of penalties (2 + 1) and an empty page of cases, each page a run of its own.
    expect(result).toMatchObject({ year: 2027, done: true, signalled: 3, skipped: 0 });
    expect(result.pages).toBeGreaterThanOrEqual(3);
    expect((await handle.describe()).runId).not.toBe(firstRun);
    expect(await handle.query(calendarReplanProgressQuery)).toEqual(result);

    for (const id of penalties) {
      const task = await eventually(async () => {
        const t = await decisionTask(id);
        expect(t.missing_year).toBeNull();
        return t;
      });
      expect(task.due_date).toBe('2027-03-07');
    }
    for (const id of penalties)
      await env.client.workflow.getHandle(workflowIds.penalty(id)).terminate('done');
  });
});
