import { act, HEAD, OFFICER, opened, refusal, run, SUPERVISOR } from './fixtures';

/**
 * 行政处罚法 第27条, 国务院令第310号: a penalty never replaces a transfer. A ¥10,000 fine noticed Mon 26 Oct
 * 2026 is ready for decision on Mon 9 Nov, but the same case's facts were reported to the police as
 * 危险作业罪 (transfer T-7) and the transfer is still open: the decision is refused until it closes. The
 * workflow looks the open transfers up in the read model right before it decides
 * (penalty-procedure.workflow.ts); the rule is here.
 */
const fine = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '拒不执行停产决定',
  legalBasis: '安全生产法 第102条',
};

function deciding() {
  return run(opened('2026-10-19'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-10-19'],
    [{ type: 'serve_notice', servedOn: '2026-10-26', ...fine }, OFFICER, '2026-10-26'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-10-30'],
  ]);
}

describe('story: a decision on 9 Nov 2026 waits for the transfer on the same facts', () => {
  it('refuses the decision while the transfer is open, naming it', () => {
    expect(
      refusal(deciding(), { type: 'decide_penalty', ...fine, openTransfers: ['T-7'] }, HEAD, '2026-11-09'),
    ).toBe(
      'case.wrong_stage: a transfer on the same facts is open (T-7): a penalty never replaces it (行政处罚法 第27条)',
    );
  });

  it('decides once no transfer on the same facts is open', () => {
    expect(
      act(deciding(), { type: 'decide_penalty', ...fine, openTransfers: [] }, HEAD, '2026-11-09').stage,
    ).toBe('decided');
  });
});
