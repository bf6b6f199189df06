import { describeConformance } from '../procedure/conformance';
import type { CaseCommand, CaseCommandType } from './case-commands';
import { decide } from './scenarios/fixtures';
import type { CaseActor, CaseStage, CaseState } from './case-types';
import { ENFORCEMENT_PROCEDURE } from './enforcement.procedure';
import { act, at, inspectionWith, OFFICER_1, OFFICER_2, openedCase, SUPERVISOR } from './scenarios/fixtures';

// One case per stage, each reached by the rules: the inspected one has a proposed suspension (M1), an
// emergency seizure (M2) and a penalty proposal; the rectifying one an extension request.
const opened = openedCase('2026-03-02');
const inspected = [
  inspectionWith(['major', 'ordinary'], at('2026-03-02', 10)),
  {
    type: 'propose_measure',
    kind: 'suspend_production',
    dangerIds: ['D1'],
    reason: '重大隐患',
    residentialSupply: false,
  },
  {
    type: 'take_emergency_measure',
    kind: 'seal_seize',
    dangerIds: ['D1'],
    reason: '现场查封',
    takenAt: at('2026-03-02', 12),
    inventory: [{ item: '液氨储罐', quantity: '2 个' }],
  },
  { type: 'propose_penalty', dangerIds: ['D1'], summary: '依法处罚' },
].reduce<CaseState>((s, c, i) => act(s, c as CaseCommand, OFFICER_1, at('2026-03-02', 11 + i)), opened);
const rectifying = [
  { type: 'issue_order', deadline: '2026-03-20', instructions: '限期整改', correctedOnSite: [] },
  { type: 'request_extension', newDeadline: '2026-03-31', reason: '设备到货延迟' },
].reduce<CaseState>((s, c, i) => act(s, c as CaseCommand, OFFICER_1, at('2026-03-02', 15 + i)), inspected);
const escalated = act(
  rectifying,
  {
    type: 'record_reinspection',
    results: [
      { dangerId: 'D1', rectified: false, note: '未整改' },
      { dangerId: 'D2', rectified: true, note: '' },
    ],
  },
  OFFICER_1,
  at('2026-03-02', 17),
);
const closed = act(opened, inspectionWith([], at('2026-03-02', 10)), OFFICER_1, at('2026-03-02', 11));

// Plainer variants: no request or proposal yet, the suspension approved (in force), and an escalated
// case whose penalty proposal was taken up, ready to close.
const plainInspected = act(
  opened,
  inspectionWith(['major', 'ordinary'], at('2026-03-02', 10)),
  OFFICER_1,
  at('2026-03-02', 11),
);
const inForce = act(
  inspected,
  { type: 'decide_measure', measureId: 'M1', approve: true, note: '' },
  SUPERVISOR,
  at('2026-03-02', 16),
);
const plainRectifying = act(
  plainInspected,
  { type: 'issue_order', deadline: '2026-03-20', instructions: '限期整改', correctedOnSite: [] },
  OFFICER_1,
  at('2026-03-02', 12),
);
const readyToClose = [
  [{ type: 'propose_penalty', dangerIds: ['D1'], summary: '依法处罚' }, OFFICER_1],
  [{ type: 'acknowledge_penalty_proposal', note: '立案' }, SUPERVISOR],
  [
    {
      type: 'record_reinspection',
      results: [
        { dangerId: 'D1', rectified: false, note: '未整改' },
        { dangerId: 'D2', rectified: true, note: '' },
      ],
    },
    OFFICER_1,
  ],
].reduce<CaseState>(
  (s, [c, who], i) => act(s, c as CaseCommand, who as CaseActor, at('2026-03-02', 13 + i)),
  plainRectifying,
);

// The emergency seizure with its on-site record (行政强制法 第18条): only then can it be extended.
const seizureRecorded = act(
  inspected,
  {
    type: 'record_measure_procedure',
    measureId: 'M2',
    onSiteRecordAt: at('2026-03-02', 12.5),
    partySigned: true,
    refusalNote: null,
    informed: true,
    statement: '无异议',
    statementWaived: false,
  },
  OFFICER_1,
  at('2026-03-02', 14.5),
);

const states: Record<CaseStage, CaseState[]> = {
  opened: [opened],
  inspected: [inspected, plainInspected, inForce, seizureRecorded],
  rectifying: [rectifying, plainRectifying],
  escalated: [escalated, readyToClose],
  closed: [closed],
};

const team = [OFFICER_1, OFFICER_2].map(({ userId, username, displayName }) => ({
  userId,
  username,
  displayName,
}));
const samples: { [T in CaseCommandType]: Extract<CaseCommand, { type: T }> } = {
  record_inspection: inspectionWith(['ordinary'], at('2026-03-02', 10)) as Extract<
    CaseCommand,
    { type: 'record_inspection' }
  >,
  issue_order: { type: 'issue_order', deadline: '2026-03-25', instructions: '限期整改', correctedOnSite: [] },
  record_rectification_report: { type: 'record_rectification_report', receivedOn: '2026-03-03', note: '' },
  record_reinspection: {
    type: 'record_reinspection',
    results: [
      { dangerId: 'D1', rectified: true, note: '' },
      { dangerId: 'D2', rectified: true, note: '' },
    ],
  },
  request_extension: { type: 'request_extension', newDeadline: '2026-04-10', reason: '设备到货延迟' },
  decide_extension: { type: 'decide_extension', approve: true, note: '同意' },
  propose_measure: {
    type: 'propose_measure',
    kind: 'stop_equipment',
    dangerIds: ['D1'],
    reason: '隐患',
    residentialSupply: false,
  },
  take_emergency_measure: {
    type: 'take_emergency_measure',
    kind: 'stop_equipment',
    dangerIds: ['D1'],
    reason: '紧急',
    takenAt: at('2026-03-03', 8),
  },
  decide_measure: { type: 'decide_measure', measureId: 'M1', approve: true, note: '' },
  record_unit_refusal: { type: 'record_unit_refusal', measureId: 'M1', note: '拒不执行' },
  seizure_testing: { type: 'seizure_testing', measureId: 'M2', action: 'start', on: '2026-03-03' },
  extend_seizure: { type: 'extend_seizure', measureId: 'M2', days: 10 },
  lift_measure: { type: 'lift_measure', measureId: 'M2', reason: '已整改' },
  propose_penalty: { type: 'propose_penalty', dangerIds: ['D1'], summary: '依法处罚' },
  impose_summary_penalty: {
    type: 'impose_summary_penalty',
    party: 'unit',
    sanctions: ['warning'],
    fineFen: 0,
    facts: '事实',
    legalBasis: '依据',
  },
  acknowledge_penalty_proposal: { type: 'acknowledge_penalty_proposal', note: '立案', penaltyId: 'p-1' },
  report_transfer: {
    type: 'report_transfer',
    transferId: 't-1',
    team,
    suspectedOffence: '危险作业罪',
    facts: '拒不停产',
  },
  close_case: { type: 'close_case', note: '结案', unrectifiedReason: '单位已停产，隐患设备已拆除' },
  record_measure_procedure: {
    type: 'record_measure_procedure',
    measureId: 'M2',
    onSiteRecordAt: at('2026-03-02', 12),
    partySigned: true,
    refusalNote: null,
    informed: true,
    statement: '无异议',
    statementWaived: false,
  },
  record_service: {
    type: 'record_service',
    documentKey: 'emergency_measure_record:M2',
    service: { method: 'direct', receiver: '张三（安全主管）', servedAt: at('2026-03-02', 12) },
  },
};

describe('the enforcement case’s definition agrees with its rules', () => {
  describeConformance({
    definition: ENFORCEMENT_PROCEDURE,
    states,
    sample: (type) => samples[type],
    decide: (s, c, actor) => decide(s, c, actor, at('2026-03-03', 10)),
    handlers: (s) => s.handlers,
  });
});
