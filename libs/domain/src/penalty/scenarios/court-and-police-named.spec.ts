import { courtWindow } from '../penalty-clocks';
import { applyPenaltyEvents } from '../penalty-reducer';
import type { PenaltyState } from '../penalty-types';
import {
  decideTransfer,
  HEAD as TRANSFER_HEAD,
  OFFICER as TRANSFER_OFFICER,
} from '../../transfer/scenarios/fixtures';
import { reportedOn, step, TRANSFER_PACKAGE } from '../../transfer/scenarios/fixtures';
import { onDay } from '../../spec-support';
import {
  act,
  at,
  calendar,
  decidePenalty,
  HEAD,
  OFFICER,
  opened,
  refusal,
  run,
  SUPERVISOR,
} from './fixtures';

const fine = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '未如实记录隐患排查治理情况',
  legalBasis: '安全生产法 第101条',
};

/** A ¥10,000 fine served 1 Jun 2026, left unpaid, the demand served 2 Nov: the court window opens 2 Dec. */
function demanded(): PenaltyState {
  const served = run(opened('2026-05-04'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-05-04'],
    [{ type: 'serve_notice', servedOn: '2026-05-11', ...fine }, OFFICER, '2026-05-11'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-05-15'],
    [{ type: 'decide_penalty', ...fine }, HEAD, '2026-05-25'],
    [{ type: 'record_service', servedOn: '2026-06-01', method: 'direct' }, OFFICER, '2026-06-01'],
  ]);
  const due = applyPenaltyEvents(served, [{ type: 'demand_due', at: at('2026-07-20'), surchargeDays: 30 }]);
  return act(due, { type: 'serve_demand', servedOn: '2026-11-02' }, OFFICER, '2026-11-02');
}

describe('the addressees the documents print: the court applied to, the police sent to', () => {
  const apply = { type: 'apply_court_enforcement' as const, filedOn: '2026-12-07' };

  it('records the court with the application, trimmed, and refuses a blank one', () => {
    expect(courtWindow(demanded(), calendar)?.earliest).toBe('2026-12-02');
    const [event] = decidePenalty(
      demanded(),
      { ...apply, court: ' 南昌市东湖区人民法院 ' },
      HEAD,
      at('2026-12-07'),
      calendar,
    );
    expect(event).toMatchObject({ type: 'court_enforcement_applied', court: '南昌市东湖区人民法院' });
    expect(
      act(demanded(), { ...apply, court: '南昌市东湖区人民法院' }, HEAD, '2026-12-07').courtApplication,
    ).toEqual({
      filedOn: '2026-12-07',
      court: '南昌市东湖区人民法院',
    });
    expect(refusal(demanded(), { ...apply, court: '  ' }, HEAD, '2026-12-07')).toMatch('case.invalid');
  });

  it('decides a command recorded before the field exactly as it did: no court in the event or state', () => {
    const [event] = decidePenalty(demanded(), apply, HEAD, at('2026-12-07'), calendar);
    expect(event).not.toHaveProperty('court');
    expect(act(demanded(), apply, HEAD, '2026-12-07').courtApplication).toEqual({ filedOn: '2026-12-07' });
  });

  it('records the public security organ with the sending, and refuses a blank one', () => {
    const approved = step(
      reportedOn('2026-11-02'),
      { type: 'decide_transfer', approve: true, note: '同意' },
      TRANSFER_HEAD,
      '2026-11-03',
    );
    const send = { type: 'record_sending' as const, sentOn: '2026-11-03', package: TRANSFER_PACKAGE };
    const sent = step(approved, { ...send, policeOrgan: '南昌市公安局' }, TRANSFER_OFFICER, '2026-11-03', 15);
    expect(sent.policeOrgan).toBe('南昌市公安局');
    expect(() =>
      decideTransfer(approved, { ...send, policeOrgan: ' ' }, TRANSFER_OFFICER, onDay('2026-11-03', 15)),
    ).toThrow();
    const [old] = decideTransfer(approved, send, TRANSFER_OFFICER, onDay('2026-11-03', 15));
    expect(old).not.toHaveProperty('policeOrgan');
  });
});
