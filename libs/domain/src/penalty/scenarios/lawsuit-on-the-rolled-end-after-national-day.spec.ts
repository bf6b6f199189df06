import { surchargePauses, type PenaltyState } from '../penalty-types';
import { courtWindow } from '../penalty-clocks';
import { lawsuitWindowEnds } from '../penalty-rules';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { applyPenaltyEvents } from '../penalty-reducer';
import { act, at, calendar, HEAD, OFFICER, opened, refusal, run, SUPERVISOR } from './fixtures';

const fine = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '未如实记录隐患排查治理情况',
  legalBasis: '安全生产法 第101条',
};

/** A ¥10,000 fine decided 30 Mar 2026 and served on Fri 3 Apr, the eve of Qingming. */
function servedOn3April(): PenaltyState {
  return run(opened('2026-03-02'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-03-02'],
    [{ type: 'serve_notice', servedOn: '2026-03-09', ...fine }, OFFICER, '2026-03-09'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-03-13'],
    [{ type: 'decide_penalty', ...fine }, HEAD, '2026-03-30'],
    [{ type: 'record_service', servedOn: '2026-04-03', method: 'direct' }, OFFICER, '2026-04-03'],
  ]);
}

describe('story: a lawsuit filed on the working day after the six months end in the National Day holiday', () => {
  // 行政诉讼法 第46条: six months from receiving the decision, 3 Apr → Sat 3 Oct, inside the National
  // Day holiday (1–7 Oct). A party-side period: its last day rolls to the next working day, Thu 8 Oct
  // (行政诉讼法 第101条 with 民事诉讼法 第85条), and the party's suit is accepted until then.
  it('ends the lawsuit window on 8 Oct, not 3 Oct', () => {
    expect(lawsuitWindowEnds(calendar, RULEBOOK_2026_V1, '2026-04-03')).toBe('2026-10-08');
  });

  it('accepts the suit of 8 Oct, and the surcharge stands still from that day (行政处罚法 第73条)', () => {
    const s = act(
      servedOn3April(),
      { type: 'record_remedy', kind: 'lawsuit', filedOn: '2026-10-08' },
      OFFICER,
      '2026-10-08',
    );
    expect(s.remedies).toEqual([
      expect.objectContaining({ kind: 'lawsuit', filedOn: '2026-10-08', endedOn: null }),
    ]);
    expect(surchargePauses(s)).toEqual([{ from: '2026-10-08', to: null, reason: 'lawsuit' }]);
  });

  it('refuses a suit on 9 Oct: the window closed on the rolled end', () => {
    expect(
      refusal(
        servedOn3April(),
        { type: 'record_remedy', kind: 'lawsuit', filedOn: '2026-10-09' },
        OFFICER,
        '2026-10-09',
      ),
    ).toMatch('2026-10-08');
  });

  it('counts court enforcement’s 3 months from the rolled end of the remedy windows', () => {
    // Payment was due Mon 20 Apr (18 Apr a Saturday, rolled); 30 days of surcharge later the demand may go.
    const due = applyPenaltyEvents(servedOn3April(), [
      { type: 'demand_due', at: at('2026-05-21'), surchargeDays: 30 },
    ]);
    const s = act(due, { type: 'serve_demand', servedOn: '2026-05-25' }, OFFICER, '2026-05-25');
    const w = courtWindow(s, calendar);
    // The remedies close on 8 Oct; the agency's 3 months end un-rolled on Fri 8 Jan 2027.
    expect(w).toMatchObject({ remediesCloseOn: '2026-10-08', earliest: '2026-10-09', latest: '2027-01-08' });
  });
});
