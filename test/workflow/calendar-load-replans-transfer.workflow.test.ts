import { RULEBOOK_2026_V1 } from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import { calendarUpdated, transferStateQuery, type judicialTransferWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { eventually } from '../support/cases';
import { decemberWithoutNextYear } from '../support/december-without-next-year';

/**
 * docs/domain.md §2.5 for a transfer (issue #13 item 1), run by the worker: a transfer reported on
 * Wed 30 Dec 2026 at 10:00 China time, while 2027 is not loaded. The head's 3 days (国务院令第310号
 * 第5条, agency-side) end on Sat 2 Jan 2027, whose act-by day cannot be told yet: the task stays
 * provisional. Once 2027 (元旦 1–3 Jan) is stored and the workflow gets `calendarUpdated`, as
 * `PUT /calendar/years/2027` sends every open procedure, the task is firm: due Sat 2 Jan un-rolled,
 * acted on by Thu 31 Dec 2026, the rolled end Mon 4 Jan 2027 beside it.
 */
describe('a calendar load re-plans a transfer (time-skipping server started on 30 Dec 2026)', () => {
  const w = decemberWithoutNextYear('2026-12-30 02:00:00');

  const headTask = (id: string) => w.clockTask(id, 'decide_transfer');

  it('turns the head’s provisional decision task firm once 2027 is loaded and signalled', async () => {
    expect(new Date(await w.env.currentTimeMs()).toISOString().slice(0, 10)).toBe('2026-12-30');
    const transferId = randomUUID();
    const { officer1, officer2 } = w;
    const handle = await w.env.client.workflow.start<typeof judicialTransferWorkflow>(
      'judicialTransferWorkflow',
      {
        workflowId: workflowIds.transfer(transferId),
        taskQueue: w.config.temporal.taskQueue,
        args: [
          {
            parentWorkflowId: null,
            searchAttributes: false,
            opening: {
              transferId,
              caseId: null,
              agencyId: officer1.agencyId,
              regionCode: '360100',
              docPrefix: '洪应急',
              enterpriseName: '南昌某矿业有限公司',
              creditCode: '91360100MA35XXXX0X',
              suspectedOffence: '危险作业罪 (刑法 第134条之一)',
              facts: '拒不执行停产停业决定，继续组织井下作业',
              team: [officer1, officer2].map((o) => ({
                userId: o.userId,
                username: o.username,
                displayName: o.displayName,
              })),
              rulebook: RULEBOOK_2026_V1,
            },
            reportedBy: { userId: officer1.userId, username: officer1.username },
          },
        ],
      },
    );

    const before = await eventually(async () => {
      const t = await headTask(transferId);
      expect(t.missing_year).toBe(2027);
      return t;
    });
    expect(before).toMatchObject({ due_at: null, due_date: null, act_by: null });
    expect((await handle.query(transferStateQuery)).missingYears).toEqual([2027]);

    await w.store2027();
    await handle.signal(calendarUpdated);

    const after = await eventually(async () => {
      const t = await headTask(transferId);
      expect(t.missing_year).toBeNull();
      return t;
    });
    expect(after).toMatchObject({ due_date: '2027-01-02', act_by: '2026-12-31', rolled_end: '2027-01-04' });
    // Overdue after the un-rolled last day: 24:00 China time of Sat 2 Jan 2027.
    expect(after.due_at?.toISOString()).toBe('2027-01-02T16:00:00.000Z');
    expect((await handle.query(transferStateQuery)).missingYears).toEqual([]);
    await handle.terminate('done');
  });
});
