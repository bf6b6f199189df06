import { ARRANGEMENT_2026 } from '../calendar/fixtures';
import { chinaHourOf, endOfChinaDay, startOfChinaDay } from '../calendar/china-time';
import { CalendarYearMissingError, WorkCalendar } from '../calendar/work-calendar';
import { NotAClockError, previewClock } from './clock-end';
import { RULEBOOK_2026_V1 } from './rulebook';

const calendar = new WorkCalendar([ARRANGEMENT_2026]);
const preview = (id: string, from: string) =>
  previewClock(calendar, RULEBOOK_2026_V1, id, startOfChinaDay(from));

describe('the clock preview: any clock of the rulebook from a start with no pauses', () => {
  it('rolls a party-side period: the lawsuit of a decision served 3 Apr 2026 ends 8 Oct', () => {
    expect(preview('lawsuit.window', '2026-04-03')).toMatchObject({
      actor: 'party',
      endRule: 'rolls',
      unit: 'months',
      due: '2026-10-08',
      actBy: '2026-10-08',
      rolledEnd: null,
      citation: '行政诉讼法 第46条',
      dueAt: endOfChinaDay('2026-10-08'),
    });
    expect(preview('lawsuit.window', '2026-04-03').restDaysAtEnd.map((d) => d.date)).toEqual([
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
  });

  it('caps a seizure served 16 Jan 2026 at 30 days, not 39', () => {
    expect(preview('seizure.term', '2026-01-16')).toMatchObject({
      endRule: 'cap',
      due: '2026-02-15',
      actBy: '2026-02-14',
      rolledEnd: null,
      endRuleBasis: expect.stringContaining('行政强制法 第25条'),
    });
  });

  it('keeps an agency-side limit un-rolled and shows the rolled end beside it', () => {
    // Report submitted Thu 5 Nov: the head's 3 days end Sun 8 Nov; he acts by Fri 6 Nov.
    expect(preview('transfer.head_decision', '2026-11-05')).toMatchObject({
      actor: 'agency',
      endRule: 'last_day',
      due: '2026-11-08',
      actBy: '2026-11-06',
      rolledEnd: '2026-11-09',
    });
    // Submitted Thu 24 Sep: the 3 days end Sun 27 Sep in the Mid-Autumn holiday (25–27 Sep), so the
    // only working day left to act on is the day of submission itself.
    expect(preview('transfer.head_decision', '2026-09-24')).toMatchObject({
      due: '2026-09-27',
      actBy: '2026-09-24',
      rolledEnd: '2026-09-28',
    });
  });

  it('counts an hour clock to the exact instant', () => {
    const p = previewClock(
      calendar,
      RULEBOOK_2026_V1,
      'emergency_measure.report',
      chinaHourOf('2026-09-30', 22),
    );
    expect(p).toMatchObject({ unit: 'hours', due: '2026-10-01', actBy: null, rolledEnd: null });
    expect(p.dueAt).toBe(chinaHourOf('2026-10-01', 22));
  });

  it('has a preview of its own for a variant (the 特别重大 approval)', () => {
    expect(preview('accident.approval_especially_major', '2026-09-01')).toMatchObject({
      amount: 30,
      due: '2026-10-01',
      actBy: '2026-09-30',
    });
  });

  it('refuses an amount, and never guesses a year not loaded', () => {
    expect(() => preview('hearing.large_fine.unit', '2026-09-01')).toThrow(NotAClockError);
    expect(() => preview('decision.due', '2026-12-07')).toThrow(CalendarYearMissingError);
  });
});
