import { courtWindow } from '../penalty-clocks';
import {
  decideTransfer,
  HEAD as TRANSFER_HEAD,
  OFFICER as TRANSFER_OFFICER,
} from '../../transfer/scenarios/fixtures';
import { reportedOn, step, TRANSFER_PACKAGE } from '../../transfer/scenarios/fixtures';
import { onDay } from '../../spec-support';
import { act, at, calendar, decidePenalty, demandedFine as demanded, HEAD, refusal } from './fixtures';

/** On the fine of the December court-enforcement story (`demandedFine`): the court window opens 2 Dec 2026. */
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
