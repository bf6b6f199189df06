import { at, HEAD, OFFICER, opened, refusal, run, SUPERVISOR } from '../../penalty/scenarios/fixtures';
import type { PenaltyState } from '../../penalty/penalty-types';

/** A ¥10,000 fine decided Monday 9 November 2026, posted the next day. */
function decided(): PenaltyState {
  const fine = {
    sanctions: ['fine' as const],
    fineFen: 1_000_000,
    facts: '未如实记录隐患排查治理情况',
    legalBasis: '安全生产法 第101条',
  };
  return run(opened('2026-10-19'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-10-19'],
    [{ type: 'serve_notice', servedOn: '2026-10-26', ...fine }, OFFICER, '2026-10-26'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-10-30'],
    [{ type: 'decide_penalty', ...fine }, HEAD, '2026-11-09'],
  ]);
}

describe('story: a penalty decision posted on 10 November 2026, its return receipt dated 13 November', () => {
  const mailed = {
    type: 'record_service' as const,
    servedOn: '2026-11-10',
    method: 'mail' as const,
    record: { method: 'mail' as const, receiver: '某公司收发室', servedAt: at('2026-11-10') },
  };

  it('refuses a mailed service without the receipt date', () => {
    expect(refusal(decided(), mailed, OFFICER, '2026-11-16')).toContain('return receipt');
  });

  it('counts the party’s periods from the receipt day, not the posting day', () => {
    const s = run(decided(), [
      [{ ...mailed, record: { ...mailed.record, receiptDate: '2026-11-13' } }, OFFICER, '2026-11-16'],
    ]);
    expect(s.service).toMatchObject({
      servedOn: '2026-11-10',
      method: 'mail',
      effectiveOn: '2026-11-13',
      record: { receiver: '某公司收发室', receiptDate: '2026-11-13', effectiveOn: '2026-11-13' },
    });
  });

  it('refuses a 留置 without a witness or photo, also in a penalty case', () => {
    const left = {
      type: 'record_service' as const,
      servedOn: '2026-11-10',
      method: 'left' as const,
      record: { method: 'left' as const, receiver: '法定代表人拒收', servedAt: at('2026-11-10') },
    };
    expect(refusal(decided(), left, OFFICER, '2026-11-10')).toContain('witness');
  });
});
