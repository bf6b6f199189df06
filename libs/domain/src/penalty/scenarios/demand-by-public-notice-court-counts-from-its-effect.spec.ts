import { endOfChinaDay } from '../../calendar/china-time';
import { courtWindow } from '../penalty-clocks';
import { decidePenalty } from '../penalty-decide';
import { applyPenaltyEvents } from '../penalty-reducer';
import { duePenaltyClockEvents, nextPenaltyClockInstant } from '../penalty-tasks';
import type { PenaltyState } from '../penalty-types';
import { act, at, calendar, HEAD, OFFICER, refusal, servedFine } from './fixtures';

/** The ¥10,000 fine of the fixtures (served 10 Nov 2026), published, its clock run to New Year's Eve. */
function unpaid(): PenaltyState {
  let s = act(servedFine(), { type: 'record_publication', publishedOn: '2026-11-11' }, OFFICER, '2026-11-11');
  for (
    let next = nextPenaltyClockInstant(s, calendar, 0);
    next !== null && next <= endOfChinaDay('2026-12-31');
  ) {
    s = applyPenaltyEvents(s, duePenaltyClockEvents(s, calendar, next));
    next = nextPenaltyClockInstant(s, calendar, next);
  }
  return s;
}

/**
 * The unit cannot be found, so the written demand (催告书) is served by public notice on Monday
 * 26 April 2027: it counts as served 30 days later, on 26 May (民事诉讼法 第95条). The court may be
 * applied to only 10 working days after that service (行政强制法 第54条), not after the publication.
 */
describe('story: a written demand published on 26 April 2027, in effect on 26 May', () => {
  const published = {
    type: 'serve_demand' as const,
    service: { method: 'public_notice' as const, receiver: '《南昌日报》公告栏', servedAt: at('2027-04-26') },
  };

  it('records the demand with the day its service takes effect, and issues its 送达回证', () => {
    const events = decidePenalty(unpaid(), published, OFFICER, at('2027-04-26'), calendar);
    expect(events.map((e) => e.type)).toEqual(['demand_served', 'service_receipt_issued']);
    expect(events[1]).toMatchObject({
      servedDocument: { key: 'payment_demand', type: 'payment_demand' },
      service: { method: 'public_notice', effectiveOn: '2027-05-26' },
      documents: [{ key: 'receipt:payment_demand', type: 'service_receipt' }],
    });
    const s = applyPenaltyEvents(unpaid(), events);
    expect(s.demand).toMatchObject({ servedOn: '2027-04-26', effectiveOn: '2027-05-26' });
  });

  it('opens the court window 10 working days after the demand took effect', () => {
    const s = act(unpaid(), published, OFFICER, '2027-04-26');
    // 27, 28, 31 May, 1–4 and 7–9 June: ten working days after 26 May (stand-in 2027, weekends only).
    expect(courtWindow(s, calendar)?.earliest).toBe('2027-06-10');
    expect(
      refusal(s, { type: 'apply_court_enforcement', filedOn: '2027-06-01' }, HEAD, '2027-06-01'),
    ).toMatch('2027-06-10');
  });
});
