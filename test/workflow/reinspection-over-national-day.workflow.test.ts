import type { CaseCommand } from '@safecase/domain';
import { eventually, startCase } from '../support/cases';
import { nationalDayWorld, orderDueBeforeNationalDay } from '../support/national-day';

/**
 * docs/domain.md §2.4 on a real timer: a rectification deadline of Thu 24 Sep 2026, so the 10-day
 * re-inspection window ends on Sun 4 Oct, inside the National Day holiday (1–7 Oct). The re-inspection is
 * the agency's limit: due on that un-rolled day, acted on by Wed 30 Sep, the rolled end Thu 8 Oct shown as
 * information. The reminder goes out 2 working days before the act-by day (Mon 28 Sep, 09:00); overdue
 * after 4 Oct; the supervisor is reached 1 working day after (end of Thu 8 Oct), the head 3 more working
 * days later counting the make-up Saturday 10 Oct (end of Mon 12 Oct). The expected instants are written
 * out here, not computed by the code under test.
 */
describe('re-inspection window across National Day 2026 (time-skipping server started on 10 Sep 2026)', () => {
  const world = nationalDayWorld();

  async function sleepUntil(iso: string, offsetMs: number): Promise<void> {
    const target = Date.parse(iso) + offsetMs;
    const now = await world.env.currentTimeMs();
    expect(target).toBeGreaterThan(now);
    await world.env.sleep(target - now);
  }

  it('reminds, falls overdue and climbs to the supervisor and the head at the statutory instants', async () => {
    expect(new Date(await world.env.currentTimeMs()).toISOString().slice(0, 10)).toBe('2026-09-10');
    const { env, config, officer1, officer2 } = world;
    const opened = await startCase(env.client, config.temporal.taskQueue, officer1);
    const { caseId } = opened;
    const send = (command: CaseCommand) => opened.send(officer1, command);
    await orderDueBeforeNationalDay(send, [officer1, officer2], await env.currentTimeMs());

    const task = async () => {
      const [row] = await world.own.db.query<
        {
          due_at: Date;
          remind_at: Date;
          reminded: boolean;
          overdue: boolean;
          escalation_level: number;
          escalated_to: string | null;
        }[]
      >(`SELECT * FROM case_task WHERE case_id = $1 AND kind = 'reinspect'`, [caseId]);
      return row!;
    };
    expect((await task()).due_at.toISOString()).toBe('2026-10-04T16:00:00.000Z');
    const [days] = await world.own.db.query<{ due: string; act_by: string; rolled_end: string }[]>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, to_char(act_by, 'YYYY-MM-DD') AS act_by,
              to_char(rolled_end, 'YYYY-MM-DD') AS rolled_end
         FROM case_task WHERE case_id = $1 AND kind = 'reinspect'`,
      [caseId],
    );
    expect(days).toEqual({ due: '2026-10-04', act_by: '2026-09-30', rolled_end: '2026-10-08' });
    expect((await task()).remind_at.toISOString()).toBe('2026-09-28T01:00:00.000Z');

    const steps: [string, { reminded: boolean; overdue: boolean; level: number; to: string | null }][] = [
      ['2026-09-28T01:00:00.000Z', { reminded: true, overdue: false, level: 0, to: null }],
      ['2026-10-04T16:00:00.000Z', { reminded: true, overdue: true, level: 0, to: null }],
      ['2026-10-08T16:00:00.000Z', { reminded: true, overdue: true, level: 1, to: 'supervisor' }],
      ['2026-10-12T16:00:00.000Z', { reminded: true, overdue: true, level: 2, to: 'head' }],
    ];
    let before = { reminded: false, overdue: false, level: 0, to: null as string | null };
    for (const [instant, after] of steps) {
      await sleepUntil(instant, -60_000);
      const t = await task();
      expect({
        instant,
        reminded: t.reminded,
        overdue: t.overdue,
        level: t.escalation_level,
        to: t.escalated_to,
      }).toEqual({
        instant,
        ...before,
      });
      await sleepUntil(instant, 1000);
      await eventually(async () => {
        const t2 = await task();
        expect({
          instant,
          reminded: t2.reminded,
          overdue: t2.overdue,
          level: t2.escalation_level,
          to: t2.escalated_to,
        }).toEqual({
          instant,
          ...after,
        });
      });
      before = after;
    }
    const clockEvents = await world.own.db.query<{ action: string; occurred_at: Date }[]>(
      `SELECT action, occurred_at FROM audit_entry WHERE case_id = $1 AND outcome = 'automatic' AND action LIKE 'case.task_%' ORDER BY id`,
      [caseId],
    );
    // Each fired within a second of its instant (the timer fires at it; the workflow task runs just after).
    expect(clockEvents.map((e) => `${e.action} ${e.occurred_at.toISOString().slice(0, 19)}`)).toEqual([
      'case.task_reminded 2026-09-28T01:00:00',
      'case.task_overdue 2026-10-04T16:00:00',
      'case.task_escalated 2026-10-08T16:00:00',
      'case.task_escalated 2026-10-12T16:00:00',
    ]);
  });
});
