import { workflowIds } from '@safecase/temporal';
import { calendarReplanProgressQuery, type calendarReplanWorkflow } from '@safecase/workflows';
import { eventually } from '../support/cases';
import { decemberWithoutNextYear } from '../support/december-without-next-year';

/**
 * docs/domain.md §2.5, made durable: `PUT /calendar/years/2027` only stores the year and starts the
 * re-plan workflow. Here no API runs at all: on Mon 7 Dec 2026 three penalties are filed while 2027 is
 * not loaded (their 90-day decision clocks are provisional); 2027 is stored and the re-plan workflow
 * started as the API would start it, two records a page so it pages and continues as new. It signals
 * every open procedure by itself, and each decision clock becomes firm: due Sun 7 Mar 2027.
 */
describe('the calendar re-plan workflow signals every open procedure (no API involved)', () => {
  const w = decemberWithoutNextYear();

  const decisionTask = async (penaltyId: string) => {
    const [row] = await w.own.db.query<{ due_date: string | null; missing_year: number | null }[]>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date, missing_year
         FROM case_task WHERE case_id = $1 AND task_key = 'decision_due'`,
      [penaltyId],
    );
    if (!row) throw new Error(`no decision task for ${penaltyId} yet`);
    return row;
  };

  it('pages through the open procedures, signals each once, and every clock is firm', async () => {
    const penalties: string[] = [];
    for (let i = 0; i < 3; i += 1) penalties.push((await w.filedPenalty()).penaltyId);
    for (const id of penalties)
      await eventually(async () => expect((await decisionTask(id)).missing_year).toBe(2027));

    await w.store2027();
    const handle = await w.env.client.workflow.start<typeof calendarReplanWorkflow>(
      'calendarReplanWorkflow',
      {
        workflowId: workflowIds.calendarReplan(2027, 'test-version'),
        taskQueue: w.config.temporal.taskQueue,
        args: [{ year: 2027, version: 'test-version', pageSize: 2, continueAsNewAfterPages: 1 }],
      },
    );
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
      await w.env.client.workflow.getHandle(workflowIds.penalty(id)).terminate('done');
  });
});
