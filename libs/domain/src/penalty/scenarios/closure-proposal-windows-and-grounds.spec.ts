import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { closureProposalReason } from '../penalty-rules';
import { scheduledPenaltyTasks } from '../penalty-tasks';
import { act, calendar, HEAD, OFFICER, refusal, run, servedFine } from './fixtures';

/**
 * 安全生产法 第113条 for a unit with a major hidden danger, first penalised on Mon 12 Jan 2026. "180日内"
 * and "一年内" include their last day (民法典 第1259条): the 180th day after 12 Jan is Sat 11 Jul, the
 * anniversary is Tue 12 Jan 2027. The article's other grounds are recorded in the case.
 */
describe('story: 第113条 — repeat penalties counted to the last day, and the other grounds', () => {
  const unit = (dates: string[]) => ({
    penaltyDecisionDates: dates,
    hasMajorHiddenDanger: true,
    refusedSuspension: false,
  });

  it('counts a third penalty on day 180, Sat 11 Jul, and not on Sun 12 Jul', () => {
    expect(closureProposalReason(unit(['2026-01-12', '2026-04-01', '2026-07-11']), RULEBOOK_2026_V1)).toMatch(
      /^3 penalties within 180 days/,
    );
    expect(
      closureProposalReason(unit(['2026-01-12', '2026-04-01', '2026-07-12']), RULEBOOK_2026_V1),
    ).toBeUndefined();
  });

  it('counts a fourth penalty on the anniversary, Tue 12 Jan 2027, and not on Wed 13 Jan', () => {
    const three = ['2026-01-12', '2026-05-01', '2026-09-01'];
    expect(closureProposalReason(unit([...three, '2027-01-12']), RULEBOOK_2026_V1)).toMatch(
      /^4 penalties within a year/,
    );
    expect(closureProposalReason(unit([...three, '2027-01-13']), RULEBOOK_2026_V1)).toBeUndefined();
  });

  it('names the other grounds of the article, with or without a major hidden danger', () => {
    const none = { penaltyDecisionDates: [], hasMajorHiddenDanger: false, refusedSuspension: false };
    expect(closureProposalReason({ ...none, grounds: ['unsafe_after_suspension'] })).toMatch(
      /^still without the required safety conditions after a suspension/,
    );
    expect(closureProposalReason({ ...none, grounds: ['major_accident_unsafe'] })).toMatch(
      /^a major or especially major accident/,
    );
    expect(closureProposalReason({ ...none, grounds: ['refused_suspension'] })).toMatch(
      /^refused a suspension/,
    );
  });

  it('puts the proposal before the head when an officer records a ground found in the case', () => {
    const s = act(
      servedFine(),
      {
        type: 'record_closure_ground',
        ground: 'unsafe_after_suspension',
        facts: '停产停业整顿期满复查，仍不具备安全生产条件',
      },
      OFFICER,
      '2026-11-12',
    );
    expect(s.closureGroundsFound).toEqual([
      {
        ground: 'unsafe_after_suspension',
        facts: '停产停业整顿期满复查，仍不具备安全生产条件',
        on: '2026-11-12',
      },
    ]);
    expect(s.closureProposal).toMatchObject({
      due: true,
      reason: expect.stringMatching(/after a suspension/),
    });
    expect(scheduledPenaltyTasks(s, calendar).find((t) => t.kind === 'closure_proposal')).toMatchObject({
      assigneeRole: 'head',
    });
    expect(
      refusal(
        s,
        { type: 'record_closure_ground', ground: 'unsafe_after_suspension', facts: '再次' },
        OFFICER,
        '2026-11-13',
      ),
    ).toMatch('already recorded');
    const submitted = run(s, [[{ type: 'submit_closure_proposal', note: '提请关闭' }, HEAD, '2026-11-13']]);
    expect(submitted.closureProposal?.submittedOn).toBe('2026-11-13');
  });
});
