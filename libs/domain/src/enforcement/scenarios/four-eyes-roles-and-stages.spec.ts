import { CaseRejection } from '../case-rejection';
import { decide } from './fixtures';
import type { CaseCommand } from '../case-commands';
import type { CaseActor, CaseState } from '../case-types';
import {
  act,
  at,
  HEAD,
  inspectionWith,
  OFFICER_1,
  OFFICER_2,
  OFFICER_3,
  openedCase,
  rectifyingCase,
  SUPERVISOR,
} from './fixtures';

function rejection(
  state: CaseState,
  command: CaseCommand,
  actor: CaseActor,
  now: number,
): { code: string; message: string } {
  try {
    decide(state, command, actor, now);
  } catch (error) {
    if (error instanceof CaseRejection) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('story: the rules that refuse an action before anything changes', () => {
  const opened = openedCase('2026-03-02');

  it('needs two certificated officers of the agency, the recorder among them', () => {
    const one = { ...inspectionWith(['ordinary'], at('2026-03-02')), officers: [OFFICER_1] } as CaseCommand;
    expect(rejection(opened, one, OFFICER_1, at('2026-03-02', 12)).code).toBe('case.invalid');
    const uncertified = {
      ...inspectionWith(['ordinary'], at('2026-03-02')),
      officers: [OFFICER_1, { ...OFFICER_2, certificateNo: null }],
    } as CaseCommand;
    expect(rejection(opened, uncertified, OFFICER_1, at('2026-03-02', 12)).message).toContain('certificate');
    expect(
      rejection(opened, inspectionWith(['ordinary'], at('2026-03-02')), OFFICER_3, at('2026-03-02', 12))
        .message,
    ).toContain('must be one of its officers');
    const badDigest = inspectionWith(['ordinary'], at('2026-03-02')) as Extract<
      CaseCommand,
      { type: 'record_inspection' }
    >;
    badDigest.findings[0]!.evidence[0]!.sha256 = 'abc';
    expect(rejection(opened, badDigest, OFFICER_1, at('2026-03-02', 12)).message).toContain('SHA-256');
  });

  it('answers wrong stage, wrong role, other agency and four-eyes with their own codes', () => {
    const s = rectifyingCase('2026-03-02', '2026-03-20');
    expect(
      rejection(
        opened,
        { type: 'issue_order', deadline: '2026-04-01', instructions: '', correctedOnSite: [] },
        OFFICER_1,
        at('2026-03-02'),
      ).code,
    ).toBe('case.wrong_stage');
    expect(
      rejection(
        s,
        { type: 'request_extension', newDeadline: '2026-04-01', reason: 'x' },
        SUPERVISOR,
        at('2026-03-05'),
      ).code,
    ).toBe('auth.forbidden');
    expect(
      rejection(
        s,
        { type: 'request_extension', newDeadline: '2026-04-01', reason: 'x' },
        OFFICER_3,
        at('2026-03-05'),
      ).message,
    ).toContain('do not handle');
    expect(
      rejection(s, { type: 'close_case', note: '' }, { ...SUPERVISOR, agencyId: 'other' }, at('2026-03-05'))
        .code,
    ).toBe('case.not_found');

    // An officer who also holds the supervisor role may not approve their own request.
    const dual = { ...OFFICER_1, roles: ['officer', 'supervisor'] };
    const requested = act(
      s,
      { type: 'request_extension', newDeadline: '2026-04-01', reason: 'parts late' },
      dual,
      at('2026-03-05'),
    );
    expect(
      rejection(requested, { type: 'decide_extension', approve: true, note: '' }, dual, at('2026-03-06'))
        .code,
    ).toBe('auth.four_eyes');
  });

  it('extends the rectification deadline once, with supervisor approval, moving the re-inspection', () => {
    let s = rectifyingCase('2026-03-02', '2026-03-20');
    s = act(
      s,
      { type: 'request_extension', newDeadline: '2026-04-10', reason: 'parts late' },
      OFFICER_2,
      at('2026-03-05'),
    );
    s = act(s, { type: 'decide_extension', approve: true, note: 'ok' }, HEAD, at('2026-03-06'));
    expect(s.order).toMatchObject({ deadline: '2026-04-10', extended: true });
    expect(
      rejection(
        s,
        { type: 'request_extension', newDeadline: '2026-05-10', reason: 'again' },
        OFFICER_2,
        at('2026-03-07'),
      ).message,
    ).toContain('only once');
  });

  it('closes an unrectified case only once its danger is handed to a penalty procedure', () => {
    let s = rectifyingCase('2026-03-02', '2026-03-20');
    s = act(
      s,
      { type: 'record_reinspection', results: [{ dangerId: 'D1', rectified: false, note: 'still open' }] },
      OFFICER_1,
      at('2026-03-23'),
    );
    expect(s.stage).toBe('escalated');
    expect(rejection(s, { type: 'close_case', note: '' }, SUPERVISOR, at('2026-03-24')).code).toBe(
      'case.invalid',
    );
    s = act(
      s,
      { type: 'propose_penalty', dangerIds: ['D1'], summary: '第102条' },
      OFFICER_1,
      at('2026-03-24'),
    );
    expect(
      rejection(s, { type: 'acknowledge_penalty_proposal', note: '' }, OFFICER_1, at('2026-03-24')).code,
    ).toBe('auth.forbidden');
    s = act(
      s,
      { type: 'acknowledge_penalty_proposal', note: 'file it', penaltyId: 'p-1' },
      SUPERVISOR,
      at('2026-03-25'),
    );
    s = act(s, { type: 'close_case', note: 'penalty procedure opened' }, SUPERVISOR, at('2026-03-26'));
    expect(s.stage).toBe('closed');
    expect(s.closure?.dangers).toEqual([
      { dangerId: 'D1', disposition: 'handed_to_procedure', procedureId: 'p-1' },
    ]);
  });
});
