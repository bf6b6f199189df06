import { endOfChinaDay } from '../../calendar/china-time';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import { applyItemEvents } from '../item-reducer';
import { dueItemClockEvents, rungDays, scheduledItemTasks } from '../item-clock';
import { at, item } from './fixtures';

/**
 * Issue #13 item 1 for a rectification item (docs/domain.md §2.5). An item of an accident's 批复 due
 * Tue 29 Dec 2026: its own deadline is a day the unit was given and needs no calendar, but the
 * ladder counts working days (通报 5 WD after the deadline) and reaches 2027. While 2027 is not
 * loaded no rung is guessed and the missing year is raised; once 2027 is loaded (元旦 1–3 Jan as
 * holidays, no other holiday before March in this stand-in) the rungs are planned at once:
 * 通报 Wed 6 Jan, 约谈 Wed 20 Jan, 挂牌督办 Wed 3 Feb, 问责 Wed 3 Mar 2027.
 */
describe('story: a rectification item due 29 Dec 2026 whose ladder reaches 2027 before it is loaded', () => {
  const only2026 = new WorkCalendar([ARRANGEMENT_2026]);
  const with2027 = new WorkCalendar([
    ARRANGEMENT_2026,
    {
      year: 2027,
      holidays: [1, 2, 3].map((d) => ({ date: `2027-01-0${d}`, name: '元旦' })),
      makeupWorkdays: [],
    },
  ]);
  const open = item('2026-12-29');
  const rectifyTask = (c: WorkCalendar, s = open) =>
    scheduledItemTasks(s, c).find((t) => t.key === 'rectify:2026-12-29')!;

  it('keeps the deadline, plans no rung in 2027 and raises the missing year once', () => {
    expect(rectifyTask(only2026)).toMatchObject({ dueDate: '2026-12-29', missingYear: 2027 });
    expect(rectifyTask(only2026).dueAt).toBe(endOfChinaDay('2026-12-29'));
    expect(rungDays(open, only2026)).toEqual([]);
    const raised = dueItemClockEvents(open, only2026, at('2026-12-30'));
    expect(raised.filter((e) => e.type === 'calendar_year_missing')).toEqual([
      { type: 'calendar_year_missing', year: 2027, at: at('2026-12-30') },
    ]);
    expect(raised.map((e) => e.type)).not.toContain('rung_reached');
    const s = applyItemEvents(open, raised);
    expect(s.missingYears).toEqual([2027]);
    expect(
      dueItemClockEvents(s, only2026, at('2027-01-08')).filter((e) => e.type === 'calendar_year_missing'),
    ).toEqual([]);
  });

  it('plans every rung once 2027 is loaded, and the first is reached on its day', () => {
    const missing = applyItemEvents(open, [
      { type: 'calendar_year_missing', year: 2027, at: at('2026-12-30') },
    ]);
    const s = applyItemEvents(missing, [{ type: 'calendar_reloaded', years: [2027], at: at('2026-12-31') }]);
    expect(s.missingYears).toEqual([]);
    expect(rectifyTask(with2027, s)).toMatchObject({ missingYear: null });
    expect(rungDays(s, with2027)).toEqual([
      { rung: 'notice', on: '2027-01-06' },
      { rung: 'summons', on: '2027-01-20' },
      { rung: 'listed', on: '2027-02-03' },
      { rung: 'accountability', on: '2027-03-03' },
    ]);
    const rung = dueItemClockEvents(s, with2027, endOfChinaDay('2027-01-06')).find(
      (e) => e.type === 'rung_reached',
    );
    expect(rung).toMatchObject({ rung: 'notice', on: '2027-01-06' });
  });
});
