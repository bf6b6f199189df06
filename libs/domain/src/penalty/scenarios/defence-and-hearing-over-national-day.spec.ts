import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { defenceEnds, earliestHearingDay, hearingRequestEnds } from '../penalty-rules';
import { act, intended, OFFICER, opened, refusal, run, SUPERVISOR } from './fixtures';

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

  it('keeps the case from the decision while the defence runs over the holiday, and lets it go on Mon 12 Oct', () => {
    const small = { ...intended, fineFen: 1_000_000 };
    const s = run(opened(), [
      [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-09-21'],
      [{ type: 'serve_notice', servedOn: '2026-09-30', ...small }, OFFICER, '2026-09-30'],
    ]);
    // A plain 3-day count would end on 3 Oct, a public holiday; counted in working days the period
    // runs to the make-up Saturday, 10 Oct, and the party may still defend that day.
    expect(refusal(s, { type: 'submit_for_decision' }, OFFICER, '2026-10-08')).toMatch('until 2026-10-10');
    expect(refusal(s, { type: 'submit_for_decision' }, OFFICER, '2026-10-10')).toMatch('until 2026-10-10');
    expect(act(s, { type: 'submit_for_decision' }, OFFICER, '2026-10-12').stage).toBe('deciding');
  });
});
