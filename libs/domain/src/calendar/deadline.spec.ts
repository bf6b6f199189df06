import { computeDeadline } from './deadline';
import { ARRANGEMENT_2026 } from './fixtures';
import {
  CalendarYearMissingError,
  InvalidArrangementError,
  validateYearArrangement,
  WorkCalendar,
} from './work-calendar';

const calendar = new WorkCalendar([ARRANGEMENT_2026]);
const due = (from: string, amount: number, unit: 'working_days' | 'calendar_days') =>
  computeDeadline(calendar, from, amount, unit).due;

describe('computeDeadline: the starting day is not counted', () => {
  it('1 working day from a Thursday is the Friday', () => {
    expect(due('2026-11-26', 1, 'working_days')).toBe('2026-11-27');
  });
  it('1 calendar day from a Monday is the Tuesday', () => {
    expect(due('2026-11-23', 1, 'calendar_days')).toBe('2026-11-24');
  });
});

describe('Spring Festival 2026 (holidays Feb 15–23, make-up Saturdays Feb 14 and Feb 28)', () => {
  it('counts the make-up Saturday as a working day and skips the whole holiday', () => {
    // Feb 13 Fri (1), Feb 14 make-up Sat (2), Feb 24 (3), Feb 25 (4), Feb 26 (5)
    expect(due('2026-02-12', 5, 'working_days')).toBe('2026-02-26');
    expect(due('2026-02-13', 1, 'working_days')).toBe('2026-02-14');
  });
  it('moves a calendar-day period ending inside the holiday to the next working day', () => {
    const result = computeDeadline(calendar, '2026-02-10', 7, 'calendar_days');
    expect(result.due).toBe('2026-02-24');
    expect(result.extendedOver.map((d) => d.date)).toEqual([
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(result.extendedOver[0]?.reason).toBe('春节');
  });
  it('lets a calendar-day period end on the make-up Saturday after the holiday', () => {
    expect(due('2026-02-18', 10, 'calendar_days')).toBe('2026-02-28');
  });
});

describe('National Day 2026 (holidays Oct 1–7, make-up Sun Sep 20 and Sat Oct 10)', () => {
  it('3 working days from the Monday before: Sep 29, Sep 30, then Oct 8', () => {
    expect(due('2026-09-28', 3, 'working_days')).toBe('2026-10-08');
  });
  it('7 working days from the eve of the holiday include the make-up Saturday Oct 10', () => {
    expect(due('2026-09-30', 7, 'working_days')).toBe('2026-10-15');
  });
  it('10 calendar days from the eve end on the make-up Saturday, a working day', () => {
    expect(computeDeadline(calendar, '2026-09-30', 10, 'calendar_days')).toMatchObject({
      due: '2026-10-10',
      extendedOver: [],
    });
  });
  it('a calendar-day period ending on Oct 3 ends on Oct 8', () => {
    expect(due('2026-09-23', 10, 'calendar_days')).toBe('2026-10-08');
  });
  it('the make-up Sunday Sep 20 is a working day', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(due('2026-09-19', 1, 'working_days')).toBe('2026-09-20');
  });
});

describe('ordinary weekends', () => {
  it('moves a calendar-day period ending on a Saturday to the Monday', () => {
    expect(computeDeadline(calendar, '2026-11-18', 10, 'calendar_days')).toMatchObject({
      due: '2026-11-30',
      extendedOver: [
        { date: '2026-11-28', reason: 'weekend' },
        { date: '2026-11-29', reason: 'weekend' },
      ],
    });
  });
});

describe('coverage: a year with no loaded arrangement is refused, never guessed', () => {
  it('refuses a working-day period that reaches 2027', () => {
    expect(() => due('2026-12-25', 10, 'working_days')).toThrow(CalendarYearMissingError);
    try {
      due('2026-12-25', 10, 'working_days');
    } catch (e) {
      expect((e as CalendarYearMissingError).year).toBe(2027);
    }
  });
  it('refuses a calendar-day period whose last day is in 2027', () => {
    expect(() => due('2026-12-28', 5, 'calendar_days')).toThrow(CalendarYearMissingError);
  });
  it('answers a period that stays inside 2026', () => {
    expect(due('2026-12-21', 5, 'working_days')).toBe('2026-12-28');
  });
});

describe('input checks', () => {
  it('rejects a non-positive or fractional amount', () => {
    expect(() => due('2026-03-02', 0, 'working_days')).toThrow(RangeError);
    expect(() => due('2026-03-02', 1.5, 'calendar_days')).toThrow(RangeError);
  });
  it('rejects an arrangement with a date outside its year, a duplicate, or a weekday make-up day', () => {
    const base = { year: 2027, holidays: [], makeupWorkdays: [] };
    expect(() => new WorkCalendar([{ ...base, holidays: [{ date: '2026-01-01', name: 'x' }] }])).toThrow(
      InvalidArrangementError,
    );
    expect(
      () =>
        new WorkCalendar([
          {
            ...base,
            holidays: [{ date: '2027-02-06', name: 'x' }],
            makeupWorkdays: [{ date: '2027-02-06', name: 'y' }],
          },
        ]),
    ).toThrow(InvalidArrangementError);
    expect(
      () => new WorkCalendar([{ ...base, makeupWorkdays: [{ date: '2027-02-08', name: 'Mon' }] }]),
    ).toThrow(InvalidArrangementError);
  });
});

describe('a year as an admin loads it', () => {
  it('refuses an arrangement with no holidays at all (docs/domain.md §2.5)', () => {
    expect(() => validateYearArrangement({ year: 2027, holidays: [], makeupWorkdays: [] })).toThrow(
      /no holidays at all/,
    );
    expect(() =>
      validateYearArrangement({
        year: 2027,
        holidays: [{ date: '2027-01-01', name: '元旦' }],
        makeupWorkdays: [],
      }),
    ).not.toThrow();
  });
});
