import { ENFORCEMENT_PROCEDURE, PENALTY_PROCEDURE, type Actor, type Role } from '@safecase/domain';
import {
  act,
  at,
  inspectionWith,
  OFFICER_1,
  openedCase,
  SUPERVISOR as CASE_SUPERVISOR,
} from '../../../../libs/domain/src/enforcement/scenarios/fixtures';
import {
  CHAIR,
  noticed,
  OFFICER,
  run,
  SUPERVISOR,
} from '../../../../libs/domain/src/penalty/scenarios/fixtures';
import { availableActions } from './available-actions';

const user = (userId: string, roles: Role[], agencyId = 'agency-nanchang'): Actor => ({
  userId,
  username: userId,
  displayName: userId,
  roles,
  agencyId,
  agencyName: '南昌市应急管理局',
  regionCode: '360100',
});
const byCommand = (actions: ReturnType<typeof availableActions>) =>
  Object.fromEntries(actions.map(({ command, ...rest }) => [command, rest]));

describe('availableActions: the definition plus the rules’ own person checks', () => {
  const inspected = act(
    openedCase('2026-03-02'),
    inspectionWith(['major'], at('2026-03-02', 10)),
    OFFICER_1,
    at('2026-03-02', 11),
  );
  const rectifying = [
    { type: 'issue_order' as const, deadline: '2026-03-20', instructions: '整改', correctedOnSite: [] },
    { type: 'request_extension' as const, newDeadline: '2026-03-31', reason: '延期' },
  ].reduce((s, c, i) => act(s, c, OFFICER_1, at('2026-03-02', 12 + i)), inspected);

  it('lists the stage’s actions with label, method and path, and says why a non-handler may not', () => {
    const mine = byCommand(
      availableActions(ENFORCEMENT_PROCEDURE, inspected, user('officer-1', ['officer']), '/cases/c1'),
    );
    expect(mine['issue_order']).toEqual({
      id: 'rectification-order',
      label: '下达责令限期整改指令书',
      method: 'POST',
      path: '/cases/c1/rectification-order',
      allowed: true,
    });
    const other = byCommand(
      availableActions(ENFORCEMENT_PROCEDURE, inspected, user('officer-9', ['officer']), '/cases/c1'),
    );
    expect(other['issue_order']).toMatchObject({
      allowed: false,
      reason: 'not_handler',
      message: '您不是本案的承办人员',
    });
    expect(other['propose_measure']).toMatchObject({ allowed: false, reason: 'not_handler' });
    expect(Object.keys(mine)).not.toContain('record_inspection');
  });

  it('refuses an approver their own request (four-eyes), and lets another approve it', () => {
    const proposer = user('officer-1', ['officer', 'supervisor']);
    expect(
      byCommand(availableActions(ENFORCEMENT_PROCEDURE, rectifying, proposer, '/cases/c1'))[
        'decide_extension'
      ],
    ).toMatchObject({
      allowed: false,
      reason: 'four_eyes',
      message: '您是提出人，须由他人审批',
    });
    expect(
      byCommand(
        availableActions(ENFORCEMENT_PROCEDURE, rectifying, user('supervisor', ['supervisor']), '/cases/c1'),
      )['decide_extension'],
    ).toMatchObject({ allowed: true });
  });

  it('lets only the chair record the hearing, and offers nothing on a closed record', () => {
    const scheduled = run(noticed(), [
      [{ type: 'request_hearing', requestedOn: '2026-10-13' }, OFFICER, '2026-10-13'],
      [{ type: 'schedule_hearing', date: '2026-10-23', chair: CHAIR.userId }, SUPERVISOR, '2026-10-14'],
    ]);
    const chair = byCommand(
      availableActions(PENALTY_PROCEDURE, scheduled, user(CHAIR.userId, ['officer'], 'a'), '/penalties/p1'),
    );
    expect(chair['record_hearing']).toMatchObject({ allowed: true, path: '/penalties/p1/hearing/record' });
    const head = byCommand(
      availableActions(
        PENALTY_PROCEDURE,
        scheduled,
        user('head', ['supervisor', 'head'], 'a'),
        '/penalties/p1',
      ),
    );
    expect(head['record_hearing']).toMatchObject({ allowed: false, reason: 'not_chair' });
    const closed = act(
      openedCase('2026-03-02'),
      inspectionWith([], at('2026-03-02', 10)),
      OFFICER_1,
      at('2026-03-02', 11),
    );
    expect(
      availableActions(ENFORCEMENT_PROCEDURE, closed, user('officer-1', ['officer']), '/cases/c1'),
    ).toEqual([]);
  });

  it('leaves out the commands with nothing to act on, and offers them once there is', () => {
    const officer = user('officer-1', ['officer']);
    const commands = (state: typeof inspected) =>
      availableActions(ENFORCEMENT_PROCEDURE, state, officer, '/cases/c1').map((a) => a.command);
    // No measure, no penalty proposal, no extension request: nothing to decide, lift or test.
    const none = commands(inspected);
    for (const type of [
      'decide_measure',
      'lift_measure',
      'seizure_testing',
      'extend_seizure',
      'record_unit_refusal',
      'record_measure_procedure',
      'acknowledge_penalty_proposal',
    ])
      expect(none).not.toContain(type);
    expect(none).toEqual(expect.arrayContaining(['issue_order', 'propose_measure', 'propose_penalty']));

    const proposed = act(
      inspected,
      {
        type: 'propose_measure',
        kind: 'seal_seize',
        dangerIds: ['D1'],
        reason: '查封',
        residentialSupply: false,
        inventory: [{ item: '液氨储罐', quantity: '1 个' }],
      },
      OFFICER_1,
      at('2026-03-02', 12),
    );
    expect(commands(proposed)).toContain('decide_measure');
    expect(commands(proposed)).not.toContain('lift_measure');
    const seized = act(
      proposed,
      { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意' },
      CASE_SUPERVISOR,
      at('2026-03-02', 13),
    );
    expect(commands(seized)).toEqual(
      expect.arrayContaining([
        'lift_measure',
        'seizure_testing',
        'extend_seizure',
        'record_measure_procedure',
      ]),
    );
    expect(commands(seized)).not.toContain('decide_measure');
    // A seizure is not a suspension: the unit's refusal has nothing to act on.
    expect(commands(seized)).not.toContain('record_unit_refusal');

    // The extension request: once requested, it can be decided and not requested again.
    expect(commands(rectifying)).toContain('decide_extension');
    expect(commands(rectifying)).not.toContain('request_extension');
  });

  it('speaks the caller’s language: labels and reasons from the message catalog', () => {
    const other = user('officer-9', ['officer']);
    const en = byCommand(availableActions(ENFORCEMENT_PROCEDURE, inspected, other, '/cases/c1', 'en'));
    expect(en['issue_order']).toMatchObject({
      label: 'Issue the order to rectify',
      reason: 'not_handler',
      message: 'you do not handle this case',
    });
    const supervisor = user('supervisor', ['supervisor']);
    expect(
      byCommand(availableActions(ENFORCEMENT_PROCEDURE, inspected, supervisor, '/cases/c1', 'en'))[
        'issue_order'
      ],
    ).toMatchObject({ reason: 'role', message: 'this action needs the role officer' });
    expect(
      byCommand(availableActions(ENFORCEMENT_PROCEDURE, inspected, supervisor, '/cases/c1', 'zh'))[
        'issue_order'
      ],
    ).toMatchObject({ reason: 'role', message: '此操作须由执法人员办理' });
    const proposer = user('officer-1', ['officer', 'supervisor']);
    expect(
      byCommand(availableActions(ENFORCEMENT_PROCEDURE, rectifying, proposer, '/cases/c1', 'en'))[
        'decide_extension'
      ],
    ).toMatchObject({ reason: 'four_eyes', message: 'you made this proposal: someone else must approve it' });
  });
});
