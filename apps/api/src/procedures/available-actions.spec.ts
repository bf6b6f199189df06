import { ENFORCEMENT_PROCEDURE, PENALTY_PROCEDURE, type Actor, type Role } from '@safecase/domain';
import {
  act,
  at,
  inspectionWith,
  OFFICER_1,
  openedCase,
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
    expect(other['decide_measure']).toMatchObject({ allowed: false, reason: 'role' });
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
});
