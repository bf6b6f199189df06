import { temporal } from '@temporalio/proto';
import type { WorkflowHandle } from '@temporalio/client';
import type { CaseCommand } from '@safecase/domain';
import { loadArrangements } from '@safecase/persistence';
import type { GivenCalendar } from '@safecase/workflows';
import { eventually, startCase } from '../support/cases';
import { recordHistory, scheduledActivities } from '../support/histories';
import { nationalDayWorld, orderDueBeforeNationalDay } from '../support/national-day';

/**
 * A procedure started with the calendar its starter read plans with it, saving the `loadCalendar` round
 * trip before the first answer (issue #16): the deadlines are those of the real calendar (the National Day
 * window of docs/domain.md §2.4, written out here), a calendar that does not cover the years the run needs
 * is loaded as before, and a continued run always reads the table.
 */
describe('a calendar given at start (time-skipping server started on 10 Sep 2026)', () => {
  const world = nationalDayWorld();
  const { config } = world;

  async function given(years: number[]): Promise<GivenCalendar> {
    return { years, arrangements: await loadArrangements(world.own.db, years) };
  }

  async function inspectAndOrder(opened: Awaited<ReturnType<typeof startCase>>): Promise<void> {
    const { env, officer1, officer2 } = world;
    const send = (command: CaseCommand) => opened.send(officer1, command);
    await orderDueBeforeNationalDay(send, [officer1, officer2], await env.currentTimeMs());
  }

  async function reinspectDays(caseId: string) {
    const [days] = await world.own.db.query<{ due: string; act_by: string; remind_at: Date }[]>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due, to_char(act_by, 'YYYY-MM-DD') AS act_by, remind_at
         FROM case_task WHERE case_id = $1 AND kind = 'reinspect'`,
      [caseId],
    );
    return days;
  }

  it('plans the National Day window from the given calendar without loading one', async () => {
    const opened = await startCase(world.env.client, config.temporal.taskQueue, world.officer1, {
      calendar: await given([2025, 2026, 2027]),
    });
    await inspectAndOrder(opened);
    expect(await reinspectDays(opened.caseId)).toEqual({
      due: '2026-10-04',
      act_by: '2026-09-30',
      remind_at: new Date('2026-09-28T01:00:00.000Z'),
    });
    const history = await opened.handle.fetchHistory();
    expect(scheduledActivities(history)).not.toContain('loadCalendar');
    // Each projection carries the pinned rulebook by its version, not its 18 KB of rules' text.
    const projections = (history.events ?? []).filter((e) => e.activityTaskScheduledEventAttributes);
    const sizes = projections.map((e) => temporal.api.history.v1.HistoryEvent.encode(e).finish().length);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(8_000);
    if (process.env.RECORD_HISTORIES) recordHistory('enforcement-case-given-calendar', history);
  });

  it('loads the calendar once when the given one does not cover the years the run needs', async () => {
    const opened = await startCase(world.env.client, config.temporal.taskQueue, world.officer1, {
      calendar: await given([2026]),
    });
    await inspectAndOrder(opened);
    expect((await reinspectDays(opened.caseId))?.act_by).toBe('2026-09-30');
    const loads = scheduledActivities(await opened.handle.fetchHistory()).filter((a) => a === 'loadCalendar');
    expect(loads).toHaveLength(1);
  });

  it('a continued run reads the calendar table, not the copy it was started with', async () => {
    const opened = await startCase(world.env.client, config.temporal.taskQueue, world.officer1, {
      calendar: await given([2025, 2026, 2027]),
      // Long after the start, so the inspection or the order reaches a continued run.
      continueAsNewAfterEvents: 12,
    });
    const firstRun = opened.handle.firstExecutionRunId;
    await inspectAndOrder(opened);
    // An action reaching a continued run before its calendar load is projected on the loaded calendar.
    expect((await reinspectDays(opened.caseId))?.act_by).toBe('2026-09-30');
    const latest: WorkflowHandle = world.env.client.workflow.getHandle(opened.handle.workflowId);
    expect((await latest.describe()).runId).not.toBe(firstRun);
    const first = world.env.client.workflow.getHandle(opened.handle.workflowId, firstRun);
    expect(scheduledActivities(await first.fetchHistory())).not.toContain('loadCalendar');
    // The last run may have just begun (the order made the one before it long): once it has run its
    // first task, it has loaded the calendar exactly once.
    await eventually(async () => {
      const loads = scheduledActivities(await latest.fetchHistory()).filter((a) => a === 'loadCalendar');
      expect(loads).toHaveLength(1);
    });
  });
});
