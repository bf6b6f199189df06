import { calendarUpdated, penaltyStateQuery } from '@safecase/workflows';
import { eventually } from '../support/cases';
import { decemberWithoutNextYear } from '../support/december-without-next-year';

/**
 * docs/domain.md §2.5 in December (issue #13 item 1): a penalty filed on Mon 7 Dec 2026, when 2027 is
 * not loaded, has a provisional 90-day decision clock (7 Mar 2027 is never guessed). Once 2027 is
 * stored and the workflow receives `calendarUpdated` — what `PUT /calendar/years/2027` sends every
 * open procedure — it reloads the calendar and the clock is firm: due Sun 7 Mar un-rolled (an agency
 * limit), acted on by Fri 5 Mar, the rolled end Mon 8 Mar shown beside it. The dates are written out.
 */
describe('a calendar load re-plans a penalty (time-skipping server started on 7 Dec 2026)', () => {
  const w = decemberWithoutNextYear();

  const decisionTask = (id: string) => w.clockTask(id, 'decision_due');

  it('turns the provisional decision clock firm once 2027 is loaded and signalled', async () => {
    expect(new Date(await w.env.currentTimeMs()).toISOString().slice(0, 10)).toBe('2026-12-07');
    const { penaltyId, handle } = await w.filedPenalty();
    const before = await eventually(async () => {
      const t = await decisionTask(penaltyId);
      expect(t.missing_year).toBe(2027);
      return t;
    });
    expect(before).toMatchObject({ due_at: null, due_date: null, act_by: null, rolled_end: null });
    expect((await handle.query(penaltyStateQuery)).missingYears).toEqual([2027]);

    await w.store2027();
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
