import type { CaseCommand } from '../case-commands';
import { decide } from './fixtures';
import { act, at, OFFICER_1, OFFICER_3, rectifyingCase } from './fixtures';

describe('story: a small fine imposed on the spot (简易程序, 行政处罚法 第51–52条)', () => {
  const s = rectifyingCase('2026-05-11', '2026-05-29');
  const fine = (
    fineFen: number,
    party: 'unit' | 'individual' = 'unit',
  ): Extract<CaseCommand, { type: 'impose_summary_penalty' }> => ({
    type: 'impose_summary_penalty',
    party,
    sanctions: ['fine'],
    fineFen,
    facts: '未佩戴劳动防护用品',
    legalBasis: '安全生产法 第99条',
  });

  it('issues a numbered decision for up to ¥3,000 against a unit', () => {
    const after = act(s, fine(300_000), OFFICER_1, at('2026-05-12'));
    expect(after.summaryPenalties).toMatchObject([{ fineFen: 300_000, party: 'unit' }]);
    expect(after.documents.at(-1)).toMatchObject({
      type: 'summary_penalty_decision',
      key: 'summary_penalty_decision:1',
    });
  });

  it('refuses more than ¥3,000 (units) or ¥200 (individuals), other sanctions, and officers not on the case', () => {
    expect(() => decide(s, fine(300_100), OFFICER_1, at('2026-05-12'))).toThrow('general procedure');
    expect(() => decide(s, fine(20_100, 'individual'), OFFICER_1, at('2026-05-12'))).toThrow('¥200');
    expect(() =>
      decide(s, { ...fine(0), sanctions: ['warning'] }, OFFICER_1, at('2026-05-12')),
    ).not.toThrow();
    expect(() => decide(s, fine(10_000), OFFICER_3, at('2026-05-12'))).toThrow('do not handle');
  });
});
