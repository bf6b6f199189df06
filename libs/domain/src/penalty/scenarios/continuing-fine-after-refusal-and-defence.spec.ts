import { scheduledPenaltyTasks } from '../penalty-tasks';
import type { PenaltyState } from '../penalty-types';
import {
  act,
  calendar,
  CHAIR,
  HEAD,
  OFFICER,
  OFFICER_2,
  refusal,
  run,
  servedFine,
  SUPERVISOR,
} from './fixtures';

/**
 * 安全生产法 第112条 on the ¥10,000 fine of the fixtures, served Tue 10 Nov 2026 with the order to
 * correct. The re-inspection on Fri 20 Nov finds the unit has not corrected. The continuing fine is a
 * penalty of its own (行政处罚法 第44–45条): its notice is served Mon 23 Nov for 10 days (11–20 Nov) at
 * ¥10,000 a day; the party defends in writing on Wed 25 Nov; the supervisor reviews it on Thu 26 Nov,
 * the last day of the 3 working days. ¥100,000 is a large fine (第63条: ≥ ¥50,000 for a unit), so the
 * party may also ask for a hearing until Mon 30 Nov (5 working days); the head imposes it on Tue 1 Dec.
 * Had the party asked (Tue 24 Nov), the hearing, 7 working days ahead at the earliest (Thu 3 Dec), and
 * its record would come first.
 */
const refusalFound = (): PenaltyState =>
  act(
    servedFine(),
    {
      type: 'record_correction_refusal',
      correctionOrderedOn: '2026-11-10',
      reinspectedOn: '2026-11-20',
      finding: '复查发现仍未设置安全警示标志',
    },
    OFFICER,
    '2026-11-20',
  );

const noticed = (): PenaltyState =>
  act(
    refusalFound(),
    { type: 'serve_continuing_fine_notice', servedOn: '2026-11-23', asOf: '2026-11-20' },
    OFFICER,
    '2026-11-23',
  );

describe('story: a continuing daily fine after a refusal found on re-inspection, with notice and defence', () => {
  it('imposes nothing on one approval alone: the re-inspection finding comes first', () => {
    expect(refusal(servedFine(), { type: 'impose_continuing_fine' }, HEAD, '2026-11-20')).toMatch(
      /^case\.wrong_stage: .*re-inspection finding the unit refused to correct/,
    );
    expect(
      refusal(
        servedFine(),
        { type: 'serve_continuing_fine_notice', servedOn: '2026-11-20', asOf: '2026-11-20' },
        OFFICER,
        '2026-11-20',
      ),
    ).toMatch('安全生产法 第112条');
  });

  it('then the notice: 10 days from the day after the order to the re-inspection, ¥100,000', () => {
    expect(refusal(refusalFound(), { type: 'impose_continuing_fine' }, HEAD, '2026-11-20')).toMatch(
      /serve the continuing fine’s notice/,
    );
    expect(
      refusal(
        refusalFound(),
        { type: 'serve_continuing_fine_notice', servedOn: '2026-11-23', asOf: '2026-11-23' },
        OFFICER,
        '2026-11-23',
      ),
    ).toMatch('up to the re-inspection, 2026-11-20');
    const s = noticed();
    expect(s.continuingFine?.notice).toEqual({
      servedOn: '2026-11-23',
      asOf: '2026-11-20',
      days: 10,
      totalFen: 10_000_000,
      defenceEnds: '2026-11-26',
      hearingRight: true,
      hearingRequestEnds: '2026-11-30',
    });
    expect(s.documents.at(-1)?.type).toBe('continuing_fine_notice');
    expect(scheduledPenaltyTasks(s, calendar).map((t) => t.kind)).toContain('impose_continuing_fine');
  });

  it('waits for the defence period and the review of the defence, then the head imposes it', () => {
    let s = act(
      noticed(),
      {
        type: 'record_statement',
        receivedOn: '2026-11-25',
        form: 'written',
        content: '已订购警示标志，请求减免',
      },
      OFFICER_2,
      '2026-11-25',
    );
    expect(s.statements?.[0]).toMatchObject({ id: 'S1', answers: 'continuing_fine_notice', review: null });
    expect(refusal(s, { type: 'impose_continuing_fine' }, HEAD, '2026-11-26')).toMatch('until 2026-11-26');
    expect(refusal(s, { type: 'impose_continuing_fine' }, HEAD, '2026-11-27')).toMatch(
      'may request a hearing until 2026-11-30',
    );
    expect(refusal(s, { type: 'impose_continuing_fine' }, HEAD, '2026-12-01')).toMatch(
      'review the party’s statements first: S1',
    );
    // The investigators do not review their own case's defence.
    expect(
      refusal(
        s,
        {
          type: 'review_statement',
          statementId: 'S1',
          adopted: '',
          notAdopted: '请求减免',
          reasons: '复查时仍未改正',
        },
        OFFICER,
        '2026-11-26',
      ),
    ).toMatch(/^auth\.forbidden/);
    s = run(s, [
      [
        {
          type: 'review_statement',
          statementId: 'S1',
          adopted: '',
          notAdopted: '请求减免',
          reasons: '复查时仍未改正，订购不等于改正',
        },
        SUPERVISOR,
        '2026-11-26',
      ],
      [{ type: 'impose_continuing_fine' }, HEAD, '2026-12-01'],
    ]);
    expect(s.continuingFines).toEqual([
      { correctionOrderedOn: '2026-11-10', asOf: '2026-11-20', days: 10, totalFen: 10_000_000 },
    ]);
    expect(s.continuingFine).toBeNull();
    expect(s.documents.at(-1)?.type).toBe('continuing_fine_decision');
  });

  it('holds the hearing the party asked for, and imposes the fine on its record', () => {
    let s = act(noticed(), { type: 'request_hearing', requestedOn: '2026-11-24' }, OFFICER, '2026-11-24');
    expect(s.continuingFine?.hearing).toMatchObject({ requestedOn: '2026-11-24', date: null });
    // The intended penalty's hearing and the decision clock stay as they were.
    expect(s.hearing).toBeNull();
    expect(scheduledPenaltyTasks(s, calendar).map((t) => t.kind)).toContain('schedule_hearing');
    expect(
      refusal(
        s,
        { type: 'schedule_hearing', date: '2026-12-02', chair: CHAIR.userId },
        SUPERVISOR,
        '2026-11-24',
      ),
    ).toMatch('2026-12-03');
    s = act(
      s,
      { type: 'schedule_hearing', date: '2026-12-03', chair: CHAIR.userId },
      SUPERVISOR,
      '2026-11-24',
    );
    expect(refusal(s, { type: 'impose_continuing_fine' }, HEAD, '2026-12-01')).toMatch(/hearing/);
    s = run(s, [
      [
        {
          type: 'record_hearing',
          outcome: 'held',
          minutes: {
            participants: ['主持人 陈某', '当事人代理人'],
            summary: '当事人称已整改',
            signed: true,
            refusalNote: null,
          },
        },
        CHAIR,
        '2026-12-03',
      ],
      [{ type: 'impose_continuing_fine' }, HEAD, '2026-12-04'],
    ]);
    expect(s.continuingFines.map((f) => f.totalFen)).toEqual([10_000_000]);
  });

  it('is for a unit only, and refuses a second proceeding while one runs', () => {
    expect(
      refusal(
        noticed(),
        {
          type: 'record_correction_refusal',
          correctionOrderedOn: '2026-11-10',
          reinspectedOn: '2026-11-23',
          finding: '仍未改正',
        },
        OFFICER,
        '2026-11-23',
      ),
    ).toMatch('already under way (refusal found on 2026-11-20)');
    const individual: PenaltyState = { ...servedFine(), party: 'individual' };
    expect(
      refusal(
        individual,
        {
          type: 'record_correction_refusal',
          correctionOrderedOn: '2026-11-10',
          reinspectedOn: '2026-11-20',
          finding: '仍未改正',
        },
        OFFICER,
        '2026-11-20',
      ),
    ).toMatch(/^case\.invalid/);
  });
});
