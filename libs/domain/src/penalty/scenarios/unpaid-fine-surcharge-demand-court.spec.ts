import { endOfChinaDay, startOfChinaDay } from '../../calendar/china-time';
import { amountDueFen, courtWindow } from '../penalty-clocks';
import { applyPenaltyEvents } from '../penalty-reducer';
import { duePenaltyClockEvents, nextPenaltyClockInstant, scheduledPenaltyTasks } from '../penalty-tasks';
import type { PenaltyState } from '../penalty-types';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import { act, at, calendar, HEAD, OFFICER, opened, refusal, run, servedFine, SUPERVISOR } from './fixtures';

/** The ¥10,000 fine of the fixtures, served 10 Nov (payment due 25 Nov), published 11 Nov. */
function served(): PenaltyState {
  return act(servedFine(), { type: 'record_publication', publishedOn: '2026-11-11' }, OFFICER, '2026-11-11');
}

/** Lets the clock run to `instant`, applying what it says at each timer, as the workflow does. */
function clockTo(s: PenaltyState, until: number): PenaltyState {
  let state = s;
  for (let next = nextPenaltyClockInstant(state, calendar, 0); next !== null && next <= until;) {
    state = applyPenaltyEvents(state, duePenaltyClockEvents(state, calendar, next));
    next = nextPenaltyClockInstant(state, calendar, next);
  }
  return state;
}

describe('story: a fine left unpaid — surcharge, demand, cap, court window', () => {
  it('needs no legal review for an ordinary fine and goes straight to the decision', () => {
    expect(served().review).toBeNull();
    expect(served().stage).toBe('served');
  });

  it('asks the exact amount owed: fine, then 3% a day after 25 Nov', () => {
    const s = served();
    expect(amountDueFen(s, calendar, '2026-11-25')).toBe(1_000_000);
    expect(amountDueFen(s, calendar, '2026-11-27')).toBe(1_060_000);
    expect(
      refusal(
        s,
        { type: 'record_payment', paidOn: '2026-11-27', amountFen: 1_000_000 },
        OFFICER,
        '2026-11-27',
      ),
    ).toMatch('¥10600.00');
    const paid = act(
      s,
      { type: 'record_payment', paidOn: '2026-11-27', amountFen: 1_060_000 },
      OFFICER,
      '2026-11-27',
    );
    expect(paid.payment).toEqual({ paidOn: '2026-11-27', amountFen: 1_060_000, surchargeFen: 60_000 });
    expect(scheduledPenaltyTasks(paid, calendar).map((t) => t.key)).toEqual(['propose_closing']);
  });

  it('raises the demand after 30 days of surcharge and marks the cap on day 34', () => {
    const s = clockTo(served(), endOfChinaDay('2026-12-31'));
    // 30 days of surcharge run 26 Nov – 25 Dec; the demand may go on 26 Dec. Day 34 is 29 Dec.
    expect(s.demandDue).toBe(true);
    expect(s.surchargeCappedOn).toBe('2026-12-29');
    expect(amountDueFen(s, calendar, '2026-12-31')).toBe(2_000_000);
    const demanded = act(s, { type: 'serve_demand', servedOn: '2026-12-28' }, OFFICER, '2026-12-28');
    expect(demanded.documents.at(-1)?.type).toBe('payment_demand');
    // The court may be applied to once the remedy windows close (lawsuit: 6 months from 10 Nov), for 3 months.
    expect(courtWindow(demanded, calendar)).toEqual({
      earliest: '2027-05-11',
      latest: '2027-08-10',
      remediesCloseOn: '2027-05-10',
    });
    expect(
      refusal(demanded, { type: 'apply_court_enforcement', filedOn: '2026-12-28' }, HEAD, '2026-12-28'),
    ).toMatch('2027-05-11');
  });

  it('stops the surcharge while a reconsideration is pending, and the cap moves by those days', () => {
    let s = act(
      served(),
      { type: 'record_remedy', kind: 'reconsideration', filedOn: '2026-11-30' },
      OFFICER,
      '2026-11-30',
    );
    s = clockTo(s, endOfChinaDay('2026-12-20'));
    expect(s.demandDue).toBe(false);
    expect(nextPenaltyClockInstant(s, calendar, endOfChinaDay('2026-12-20'))).toBeNull();
    expect(amountDueFen(s, calendar, '2026-12-20')).toBe(1_000_000 + 4 * 30_000);
    s = act(
      s,
      { type: 'record_remedy_outcome', kind: 'reconsideration', endedOn: '2026-12-20', outcome: 'upheld' },
      OFFICER,
      '2026-12-20',
    );
    // Accrued 26–29 Nov (4 days), paused 30 Nov – 20 Dec; 26 more days from 21 Dec make 30 on 15 Jan
    // 2027, so the demand may go on 16 Jan.
    expect(nextPenaltyClockInstant(s, calendar, endOfChinaDay('2026-12-20'))).toBe(
      startOfChinaDay('2027-01-16'),
    );
  });

  it('withdraws the publication within 3 working days when the decision is revoked', () => {
    let s = act(
      served(),
      { type: 'record_remedy', kind: 'lawsuit', filedOn: '2026-12-01' },
      OFFICER,
      '2026-12-01',
    );
    s = act(
      s,
      { type: 'record_remedy_outcome', kind: 'lawsuit', endedOn: '2026-12-30', outcome: 'revoked' },
      OFFICER,
      '2026-12-30',
    );
    const withdraw = scheduledPenaltyTasks(s, calendar).find((t) => t.key === 'withdraw_publication');
    expect(withdraw?.dueDate).toBe('2027-01-05');
    expect(refusal(s, { type: 'propose_closing', reason: '决定已撤销' }, OFFICER, '2026-12-31')).toMatch(
      'withdrawn',
    );
    s = run(s, [
      [{ type: 'record_publication_withdrawal', withdrawnOn: '2026-12-31' }, OFFICER, '2026-12-31'],
      [{ type: 'propose_closing', reason: '决定已撤销，公示已撤回' }, OFFICER, '2026-12-31'],
    ]);
    expect(refusal(s, { type: 'decide_closing', approve: true, note: '' }, OFFICER, '2026-12-31')).toMatch(
      'auth.forbidden',
    );
    s = act(s, { type: 'decide_closing', approve: true, note: '' }, SUPERVISOR, '2026-12-31');
    expect(s.stage).toBe('closed');
    expect(s.documents.at(-1)?.type).toBe('closing_approval');
    expect(scheduledPenaltyTasks(s, calendar)).toEqual([]);
  });
});

describe('a penalty clock reaching a year not loaded', () => {
  it('plans nothing it cannot tell instead of failing, and plans it once the year is loaded', () => {
    const small = {
      sanctions: ['fine' as const],
      fineFen: 1_000_000,
      facts: '未如实记录',
      legalBasis: '安全生产法 第101条',
    };
    // Served Thu 17 Dec 2026: 15 days end on 1 Jan 2027, a holiday in a year not yet loaded.
    const s = run(opened('2026-11-23'), [
      [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-11-23'],
      [{ type: 'serve_notice', servedOn: '2026-11-30', ...small }, OFFICER, '2026-11-30'],
      [{ type: 'submit_for_decision' }, OFFICER, '2026-12-04'],
      [{ type: 'decide_penalty', ...small }, HEAD, '2026-12-17'],
      [{ type: 'record_service', servedOn: '2026-12-17', method: 'on_the_spot' }, OFFICER, '2026-12-17'],
    ]);
    const only2026 = new WorkCalendar([ARRANGEMENT_2026]);
    expect(nextPenaltyClockInstant(s, only2026, at('2026-12-18'))).not.toBeNull(); // the publication task
    expect(duePenaltyClockEvents(s, only2026, at('2026-12-18'))).toEqual([
      { type: 'calendar_year_missing', year: 2027, at: at('2026-12-18') },
    ]);
    // With 2027 loaded, the demand day is known: 30 days of surcharge after 4 Jan 2027 (1 Jan moved on).
    expect(nextPenaltyClockInstant(s, calendar, endOfChinaDay('2027-02-02'))).toBe(
      startOfChinaDay('2027-02-04'),
    );
  });
});
