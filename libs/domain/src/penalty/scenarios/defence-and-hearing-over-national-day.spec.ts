import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { defenceEnds, earliestHearingDay, hearingRequestEnds } from '../penalty-rules';

describe('story: a notice of intended penalty served on the eve of National Day 2026', () => {
  const calendar = new WorkCalendar([ARRANGEMENT_2026]);
  // Served Wed 30 Sep. Working days after it: Thu 8 Oct, Fri 9 Oct, Sat 10 Oct (make-up), Mon 12, Tue 13,
  // Wed 14, Thu 15 — the holiday 1–7 Oct counts for nothing.

  it('ends the 3-working-day defence period on the make-up Saturday, not inside the holiday', () => {
    expect(defenceEnds(calendar, RULEBOOK_2026_V1, '2026-09-30')).toBe('2026-10-10');
  });

  it('lets the party request a hearing up to and including the fifth working day, Tue 13 Oct', () => {
    const last = hearingRequestEnds(calendar, RULEBOOK_2026_V1, '2026-09-30');
    expect(last).toBe('2026-10-13');
    const inTime = (requestedOn: string) => requestedOn <= last;
    expect(inTime('2026-10-13')).toBe(true);
    expect(inTime('2026-10-14')).toBe(false);
  });

  it('holds a hearing noticed on 30 Sep no earlier than the seventh working day, Thu 15 Oct', () => {
    expect(earliestHearingDay(calendar, RULEBOOK_2026_V1, '2026-09-30')).toBe('2026-10-15');
  });
});
