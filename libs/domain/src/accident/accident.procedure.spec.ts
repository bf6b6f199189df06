import { describeConformance } from '../procedure/conformance';
import { decideAccident } from './scenarios/fixtures';
import type { AccidentCommand, AccidentStage, AccidentState } from './accident-types';
import { ACCIDENT_PROCEDURE } from './accident.procedure';
import { act, at, HEAD, OFFICER, reported, SUPERVISOR } from './scenarios/fixtures';

/** The accident of 1 Jun 2026; every step of the matrix is taken on 20 Jun, inside the casualty window. */
const DAY = '2026-06-20';
const open = reported();
// Three deaths put the accident above the county (较大: the city investigates), so a handover is due.
const above = reported({ deaths: 3 });
const investigating = act(
  open,
  { type: 'form_team', leader: '张组长', members: ['李', '王'] },
  SUPERVISOR,
  at('2026-06-02'),
);
const extensionAsked = act(
  investigating,
  { type: 'request_report_extension', days: 30, reason: '技术鉴定' },
  OFFICER,
  at('2026-06-05'),
);
// A technical appraisal running since 15 Jun (第27条): the report clock stands still.
const appraising = act(
  investigating,
  { type: 'start_technical_appraisal', on: '2026-06-15', note: '委托鉴定脚手架扣件' },
  OFFICER,
  at('2026-06-15'),
);
const submitted = act(
  investigating,
  { type: 'submit_report', summary: '调查报告' },
  OFFICER,
  at('2026-06-10'),
);
// An especially major accident (30 deaths), whose approval may be extended (第32条), then asked to.
const majorSubmitted = act(
  act(
    reported({ deaths: 30 }),
    { type: 'form_team', leader: '组长', members: ['李'] },
    SUPERVISOR,
    at('2026-06-02'),
  ),
  { type: 'submit_report', summary: '调查报告' },
  OFFICER,
  at('2026-06-10'),
);
const majorExtensionAsked = act(
  majorSubmitted,
  { type: 'request_approval_extension', days: 30, reason: '涉及多个部门' },
  OFFICER,
  at('2026-06-11'),
);
const approved = act(submitted, { type: 'approve_report', note: '同意' }, HEAD, at('2026-06-12'));
const published = act(
  approved,
  { type: 'record_publication', publishedOn: '2026-06-13' },
  OFFICER,
  at('2026-06-13'),
);
const evaluated = act(published, { type: 'record_evaluation', result: '措施已落实' }, HEAD, at('2026-06-15'));
const evaluationPublished = act(
  evaluated,
  { type: 'publish_evaluation', publishedOn: '2026-06-16' },
  OFFICER,
  at('2026-06-16'),
);
const closed = act(evaluationPublished, { type: 'close_accident', note: '结案' }, HEAD, at('2026-06-17'));

const states: Record<AccidentStage, AccidentState[]> = {
  reported: [open, above],
  investigating: [investigating, extensionAsked, appraising],
  report_submitted: [submitted, majorSubmitted, majorExtensionAsked],
  approved: [approved],
  published: [published],
  evaluated: [evaluated, evaluationPublished],
  closed: [closed],
};

const samples: { [T in AccidentCommand['type']]: Extract<AccidentCommand, { type: T }> } = {
  update_casualties: {
    type: 'update_casualties',
    deaths: 1,
    seriousInjuries: 1,
    directLossYuan: 600_000,
    note: '一名伤员转为重伤',
  },
  record_passed_up: { type: 'record_passed_up', to: '南昌市应急管理局' },
  record_reporting_violation: {
    type: 'record_reporting_violation',
    kind: 'concealment',
    facts: '隐瞒一名死亡人员',
    principal: {
      name: '王某',
      idNumber: '11010519491231002X',
      position: '总经理',
      lastYearIncomeFen: 36_000_000,
    },
  },
  start_technical_appraisal: { type: 'start_technical_appraisal', on: DAY, note: '委托鉴定' },
  end_technical_appraisal: { type: 'end_technical_appraisal', on: DAY },
  record_level_handover: { type: 'record_level_handover', note: '已移交南昌市人民政府组织调查' },
  form_team: { type: 'form_team', leader: '张组长', members: ['李', '王'] },
  request_report_extension: { type: 'request_report_extension', days: 30, reason: '技术鉴定' },
  decide_report_extension: { type: 'decide_report_extension', approve: true, note: '同意' },
  submit_report: { type: 'submit_report', summary: '调查报告' },
  request_approval_extension: { type: 'request_approval_extension', days: 30, reason: '涉及多个部门' },
  decide_approval_extension: { type: 'decide_approval_extension', approve: true, note: '同意' },
  approve_report: { type: 'approve_report', note: '同意' },
  record_publication: { type: 'record_publication', publishedOn: DAY },
  add_rectification_item: {
    type: 'add_rectification_item',
    itemId: 'I9',
    measure: '完善脚手架验收制度',
    responsibleUnit: '某建筑公司',
    creditCode: '91110108551385082Q',
    deadline: '2026-08-31',
  },
  record_evaluation: { type: 'record_evaluation', result: '措施已落实' },
  publish_evaluation: { type: 'publish_evaluation', publishedOn: DAY },
  close_accident: { type: 'close_accident', note: '结案' },
};

describe('the accident’s definition agrees with its rules', () => {
  describeConformance({
    definition: ACCIDENT_PROCEDURE,
    states,
    sample: (type) => samples[type],
    decide: (s, c, actor) => decideAccident(s, c, actor, at(DAY)),
    // Any officer of the agency records for an accident; who asked for an extension may not grant it.
    handlers: () => ['o1', 'o2'],
  });
});
