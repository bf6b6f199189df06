import { scheduledPenaltyTasks } from '../penalty-tasks';
import { act, calendar, HEAD, OFFICER, OFFICER_2, opened, refusal, run, SUPERVISOR } from './fixtures';

/**
 * 行政处罚法 第45条: a ¥10,000 fine noticed Mon 26 Oct 2026 (statement and defence to Thu 29 Oct). The
 * party's manager states orally on Wed 28 Oct that the record was kept on paper; the officer records it.
 * The case cannot go to decision until the supervisor has reviewed it (复核) and recorded what is
 * adopted and why; the decision then is not heavier than noticed.
 */
const fine = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '未如实记录隐患排查治理情况',
  legalBasis: '安全生产法 第101条',
};

function defended() {
  return run(opened('2026-10-19'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-10-19'],
    [{ type: 'serve_notice', servedOn: '2026-10-26', ...fine }, OFFICER, '2026-10-26'],
    [
      {
        type: 'record_statement',
        receivedOn: '2026-10-28',
        form: 'oral',
        content: '隐患排查记录以纸质台账保存',
      },
      OFFICER_2,
      '2026-10-28',
    ],
  ]);
}

describe('story: a statement and defence recorded on 28 Oct and reviewed before the decision', () => {
  it('records the statement against the notice it answers, never before the notice', () => {
    const s = defended();
    expect(s.statements).toEqual([
      {
        id: 'S1',
        answers: 'penalty_notice',
        receivedOn: '2026-10-28',
        form: 'oral',
        content: '隐患排查记录以纸质台账保存',
        recordedBy: OFFICER_2.userId,
        review: null,
      },
    ]);
    expect(
      refusal(
        s,
        { type: 'record_statement', receivedOn: '2026-10-25', form: 'written', content: '补充' },
        OFFICER,
        '2026-10-28',
      ),
    ).toMatch(/^case\.invalid: .*receivedOn/);
    expect(scheduledPenaltyTasks(s, calendar).map((t) => t.key)).toContain('review_statement:S1');
  });

  it('keeps the case from the decision until the statement is reviewed', () => {
    expect(refusal(defended(), { type: 'submit_for_decision' }, OFFICER, '2026-10-30')).toMatch(
      'review the party’s statements first: S1',
    );
  });

  it('records the review: what is adopted, what not, and why — then the decision follows', () => {
    const s = run(defended(), [
      [
        {
          type: 'review_statement',
          statementId: 'S1',
          adopted: '单位以纸质台账记录部分排查情况',
          notAdopted: '已如实记录',
          reasons: '台账缺少 9 月至 10 月的记录',
        },
        SUPERVISOR,
        '2026-10-29',
      ],
      [{ type: 'submit_for_decision' }, OFFICER, '2026-10-30'],
    ]);
    expect(s.statements?.[0]?.review).toEqual({
      on: '2026-10-29',
      by: SUPERVISOR.userId,
      adopted: '单位以纸质台账记录部分排查情况',
      notAdopted: '已如实记录',
      reasons: '台账缺少 9 月至 10 月的记录',
    });
    expect(refusal(s, { type: 'decide_penalty', ...fine, fineFen: 1_200_000 }, HEAD, '2026-11-02')).toMatch(
      'higher than the intended fine',
    );
    expect(
      act(s, { type: 'decide_penalty', ...fine, fineFen: 800_000 }, HEAD, '2026-11-02').decision?.fineFen,
    ).toBe(800_000);
  });

  it('refuses a review without its reasons, and a second review', () => {
    const s = defended();
    expect(
      refusal(
        s,
        { type: 'review_statement', statementId: 'S1', adopted: '部分', notAdopted: '', reasons: ' ' },
        SUPERVISOR,
        '2026-10-29',
      ),
    ).toMatch(/^case\.invalid/);
    const reviewed = act(
      s,
      { type: 'review_statement', statementId: 'S1', adopted: '', notAdopted: '全部', reasons: '无证据' },
      SUPERVISOR,
      '2026-10-29',
    );
    expect(
      refusal(
        reviewed,
        { type: 'review_statement', statementId: 'S1', adopted: '', notAdopted: '全部', reasons: '无证据' },
        HEAD,
        '2026-10-29',
      ),
    ).toMatch('was reviewed on 2026-10-29');
  });
});
