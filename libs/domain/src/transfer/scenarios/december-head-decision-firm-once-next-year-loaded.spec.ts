import { endOfChinaDay } from '../../calendar/china-time';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import { applyTransferEvents } from '../transfer-reducer';
import { dueTransferClockEvents, scheduledTransferTasks } from '../transfer-tasks';
import type { TransferState } from '../transfer-types';
import { reportedOn } from './fixtures';
import { onDay } from '../../spec-support';

/**
 * Issue #13 item 1 for a transfer (docs/domain.md §2.5: every open procedure re-plans on a load). A
 * transfer report submitted on Wed 30 Dec 2026: the head's 3 days (310号令 第5条, agency-side) end on
 * Sat 2 Jan 2027. Its act-by day, the last working day on or before it, cannot be told while 2027 is
 * not loaded; once it is (元旦 1–3 Jan 2027 as holidays), the task is due Sat 2 Jan un-rolled, acted
 * on by Thu 31 Dec 2026, the rolled end Mon 4 Jan shown beside it.
 */
describe('story: a transfer reported on 30 Dec 2026, before 2027 is loaded', () => {
  const only2026 = new WorkCalendar([ARRANGEMENT_2026]);
  const with2027 = new WorkCalendar([
    ARRANGEMENT_2026,
    {
      year: 2027,
      holidays: [1, 2, 3].map((d) => ({ date: `2027-01-0${d}`, name: '元旦' })),
      makeupWorkdays: [],
    },
  ]);
  const reported = reportedOn('2026-12-30');
  const headTask = (s: TransferState, c: WorkCalendar) =>
    scheduledTransferTasks(s, c).find((t) => t.key === 'decide_transfer')!;

  it('leaves the head’s decision provisional and raises the missing year once', () => {
    expect(headTask(reported, only2026)).toMatchObject({
      assigneeRole: 'head',
      dueAt: null,
      dueDate: null,
      actBy: null,
      missingYear: 2027,
    });
    const raised = dueTransferClockEvents(reported, only2026, onDay('2026-12-30', 11));
    expect(raised).toEqual([{ type: 'calendar_year_missing', year: 2027, at: onDay('2026-12-30', 11) }]);
    const s = applyTransferEvents(reported, raised);
    expect(s.missingYears).toEqual([2027]);
    expect(dueTransferClockEvents(s, only2026, onDay('2026-12-31'))).toEqual([]);
  });

  it('is firm once 2027 is loaded: due Sat 2 Jan, acted on by Thu 31 Dec, rolled end Mon 4 Jan', () => {
    const missing = applyTransferEvents(reported, [
      { type: 'calendar_year_missing', year: 2027, at: onDay('2026-12-30', 11) },
    ]);
    const s = applyTransferEvents(missing, [
      { type: 'calendar_reloaded', years: [2027], at: onDay('2026-12-30', 15) },
    ]);
    expect(s.missingYears).toEqual([]);
    const t = headTask(s, with2027);
    expect(t).toMatchObject({
      dueDate: '2027-01-02',
      actBy: '2026-12-31',
      rolledEnd: '2027-01-04',
      missingYear: null,
      escalateTo: [],
    });
    // Overdue after the un-rolled last day, not after the rolled one.
    expect(t.dueAt).toBe(endOfChinaDay('2027-01-02'));
  });
});
