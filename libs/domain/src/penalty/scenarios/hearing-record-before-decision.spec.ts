import { applyPenaltyEvents } from '../penalty-reducer';
import type { PenaltyState } from '../penalty-types';
import {
  act,
  at,
  CHAIR,
  HEAD,
  intended,
  noticed,
  OFFICER,
  OFFICER_2,
  refusal,
  REVIEWER,
  run,
  SUPERVISOR,
} from './fixtures';

/**
 * 行政处罚法 第64–65条: the ¥80,000 fine noticed on Wed 30 Sep 2026; the party requests a hearing on
 * Tue 13 Oct; it is held on Fri 23 Oct under a chair who did not investigate. The chair records it
 * with its record (听证笔录, signed by the participants, 第64条(八)); the decision of Mon 2 Nov is made
 * on that record (第65条) and names it.
 */
function scheduled(): PenaltyState {
  return run(noticed(), [
    [{ type: 'request_hearing', requestedOn: '2026-10-13' }, OFFICER, '2026-10-13'],
    [{ type: 'schedule_hearing', date: '2026-10-23', chair: CHAIR.userId }, SUPERVISOR, '2026-10-14'],
  ]);
}

const minutes = {
  participants: ['听证主持人 陈某', '调查人员 刘某', '当事人委托代理人 王某'],
  summary: '调查人员提出违法事实、证据和处罚建议；当事人代理人申辩并质证',
  signed: true,
  refusalNote: null,
};

describe('story: a hearing held on 23 Oct 2026, its record, and the decision made on it', () => {
  it('refuses to record a held hearing without its record, or with an unsigned one and no note why', () => {
    const s = scheduled();
    expect(refusal(s, { type: 'record_hearing', outcome: 'held' }, CHAIR, '2026-10-23')).toMatch(
      /^case\.invalid: a hearing held needs its record/,
    );
    expect(
      refusal(
        s,
        { type: 'record_hearing', outcome: 'held', minutes: { ...minutes, signed: false } },
        CHAIR,
        '2026-10-23',
      ),
    ).toMatch('refusal to sign is noted');
    expect(
      refusal(
        s,
        { type: 'record_hearing', outcome: 'held', minutes: { ...minutes, participants: ['陈某'] } },
        CHAIR,
        '2026-10-23',
      ),
    ).toMatch('at least two');
  });

  it('keeps the record, notes a refusal to sign, and records an absence as a waiver without one', () => {
    const held = act(
      scheduled(),
      {
        type: 'record_hearing',
        outcome: 'held',
        minutes: { ...minutes, signed: false, refusalNote: '当事人代理人拒绝签字' },
      },
      CHAIR,
      '2026-10-23',
    );
    expect(held.hearing?.minutes).toEqual({
      on: '2026-10-23',
      participants: minutes.participants,
      summary: minutes.summary,
      signed: false,
      refusalNote: '当事人代理人拒绝签字',
    });
    const waived = act(scheduled(), { type: 'record_hearing', outcome: 'waived' }, CHAIR, '2026-10-23');
    expect(waived.hearing).toMatchObject({ outcome: 'waived', minutes: null });
  });

  it('makes the decision on the hearing record: a held hearing without one (an older record) blocks it', () => {
    // A hearing recorded before records were kept (an older history): no record, so no decision.
    const older = applyPenaltyEvents(scheduled(), [
      { type: 'hearing_recorded', outcome: 'held', on: '2026-10-23', at: at('2026-10-23') },
    ]);
    expect(refusal(older, { type: 'submit_for_decision' }, OFFICER, '2026-10-26')).toMatch(
      /^case\.wrong_stage: the decision is made on the hearing record/,
    );
    const s = run(scheduled(), [
      [{ type: 'record_hearing', outcome: 'held', minutes }, CHAIR, '2026-10-23'],
      [{ type: 'submit_for_decision' }, OFFICER_2, '2026-10-26'],
      [{ type: 'record_legal_review', passed: true, opinion: '同意' }, REVIEWER, '2026-10-27'],
      [
        { type: 'record_deliberation', participants: ['张局长', '李副局长', '王科长'], conclusion: '同意' },
        HEAD,
        '2026-11-02',
      ],
      [{ type: 'decide_penalty', ...intended }, HEAD, '2026-11-02'],
    ]);
    expect(s.decision).toMatchObject({ decidedOn: '2026-11-02', hearingRecordOn: '2026-10-23' });
  });
});
