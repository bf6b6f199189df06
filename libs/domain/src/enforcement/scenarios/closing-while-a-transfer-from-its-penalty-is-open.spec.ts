import { decide } from '../case-decide';
import { act, at, OFFICER_1, rectifyingCase, SUPERVISOR } from './fixtures';

/**
 * A major hidden danger found unrectified on 23 March 2026 goes to a penalty case (p-7). On 2 April
 * the investigators of p-7 find a suspected 危险作业罪 and start a transfer (t-9) from inside it
 * (行政处罚法 第27条). The transfer lives in no child of the case, but it is on the same facts: until
 * the police have decided and t-9 is closed, the case cannot close (国务院令第310号).
 */
describe('story: a transfer started from the case’s penalty on 2 April 2026 keeps the case open', () => {
  const handedOver = act(
    act(
      act(
        rectifyingCase('2026-03-02', '2026-03-20', ['major']),
        { type: 'record_reinspection', results: [{ dangerId: 'D1', rectified: false, note: '未整改' }] },
        OFFICER_1,
        at('2026-03-23'),
      ),
      { type: 'propose_penalty', dangerIds: ['D1'], summary: '安全生产法 第102条' },
      OFFICER_1,
      at('2026-03-24'),
    ),
    { type: 'acknowledge_penalty_proposal', note: '立案', penaltyId: 'p-7' },
    SUPERVISOR,
    at('2026-03-25'),
  );
  const close = { type: 'close_case' as const, note: '隐患移交行政处罚程序' };

  it('refuses to close while the transfer from the penalty case is open, naming it in Chinese', () => {
    expect(() =>
      decide(handedOver, { ...close, openTransfers: ['t-9'] }, SUPERVISOR, at('2026-04-03')),
    ).toThrow(expect.objectContaining({ code: 'case.wrong_stage', message: expect.stringContaining('t-9') }));
  });

  it('closes once the transfer is closed (the workflow then finds none open)', () => {
    const closed = act(handedOver, { ...close, openTransfers: [] }, SUPERVISOR, at('2026-04-20'));
    expect(closed.stage).toBe('closed');
  });
});
