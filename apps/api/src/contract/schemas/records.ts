import {
  ACCIDENT_GRADES,
  CASE_ORIGINS,
  CASE_STAGES,
  EVIDENCE_KINDS,
  MEASURE_KINDS,
  SERVICE_METHODS,
  SEVERITIES,
} from '@safecase/domain';
import {
  arr,
  bool,
  day,
  instant,
  int,
  json,
  nullable,
  obj,
  oneOf,
  page,
  ref,
  str,
  uuid,
  yuan,
  type Schema,
} from '../schema-dsl';
import { ACTION_REFUSALS } from '../../procedures/available-actions';

/**
 * The records' answers: cases, sub-procedures, their tasks, documents and timelines, lists and action
 * answers. Free-form parts (`state`, event `details`) are the procedure's own facts; everything around
 * them is declared field by field.
 */
const PROCEDURE_KINDS = ['penalty', 'transfer', 'accident', 'rectification_item'] as const;

const Task = obj(
  {
    caseId: uuid({ description: 'the record the task belongs to' }),
    procedure: oneOf(['enforcement', ...PROCEDURE_KINDS]),
    key: str({ description: 'stable within the record' }),
    kind: str(),
    title: str({ description: 'in the reader’s language (Accept-Language)' }),
    assigneeRole: str(),
    subject: nullable(str()),
    dated: bool({ description: 'whether a clock runs (dueAt set); undated decisions come after the dated' }),
    dueAt: nullable(instant({ description: 'overdue after this instant' })),
    dueDate: nullable(day()),
    due: nullable(
      day({
        description:
          'the day the task falls due (docs/domain.md §2.4): party-side the rolled end, the last day the party’s act is accepted; agency-side and caps the un-rolled last day; overdue after it',
      }),
    ),
    actBy: nullable(
      day({
        description: 'agency-side: the last working day on or before `due`; reminders count back from it',
      }),
    ),
    rolledEnd: nullable(
      day({ description: 'the end rolled past rest days, as information, where it differs from `due`' }),
    ),
    remindAt: nullable(instant()),
    reminded: bool(),
    overdue: bool(),
    escalationLevel: int({
      minimum: 0,
      description:
        'the rung reached: 0 none (the assignee), 1 the first rung, 2 the second (escalatedTo names it)',
    }),
    escalatedTo: nullable(str()),
    rule: nullable(str({ description: 'the rulebook clock, e.g. reinspection.window' })),
    source: nullable(str({ description: 'legal source of the clock' })),
    provisional: nullable(
      obj({ missingCalendarYear: int() }, { description: 'due day in a year not loaded: not guessed' }),
    ),
    paused: bool(),
    enterpriseName: str(),
  },
  { optional: ['enterpriseName'] },
);

const Document = obj({
  number: str({ example: '洪应急责改〔2026〕7号' }),
  type: str(),
  name: str({ example: '责令限期整改指令书', description: 'the document’s name in the reader’s language' }),
  key: str(),
  seq: int(),
  issuedAt: instant(),
});
const IssuedDocument = obj({
  number: str({ example: '洪应急责改〔2026〕7号' }),
  type: str({ example: 'rectification_order' }),
  name: str({ example: '责令限期整改指令书', description: 'the document’s name in the reader’s language' }),
  key: str({ example: 'rectification_order' }),
});

const TimelineEvent = obj({
  seq: int({ minimum: 1 }),
  type: str(),
  at: instant(),
  actor: nullable(str()),
  role: nullable(str()),
  details: json('the event’s facts'),
});

const Enterprise = obj(
  {
    name: str({ example: '南昌某化工有限公司' }),
    creditCode: str({ example: '91110108551385082Q' }),
    address: str(),
  },
  { optional: ['address'] },
);

const Evidence = obj({
  kind: oneOf(EVIDENCE_KINDS),
  name: str(),
  sha256: str({ pattern: '^[0-9a-f]{64}$' }),
});
const HiddenDanger = obj(
  {
    id: str({ example: 'D1' }),
    description: str(),
    severity: oneOf(SEVERITIES),
    legalBasis: str(),
    evidence: arr(Evidence),
    status: str({ description: 'open, rectified (销号) or escalated' }),
  },
  { open: true },
);
const Measure = obj(
  {
    id: str({ example: 'M1' }),
    kind: oneOf(MEASURE_KINDS),
    dangerIds: arr(str()),
    reason: str(),
    emergency: bool(),
    status: str(),
    proposedBy: str(),
    proposedAt: instant(),
    decidedBy: nullable(str()),
    decidedAt: nullable(instant()),
    effectiveAt: nullable(instant()),
    unitRefused: bool(),
    noticeUntil: nullable(instant()),
    liftedAt: nullable(instant()),
    liftReason: nullable(str()),
    seizure: nullable(
      obj({
        servedOn: day(),
        extensionDays: nullable(int()),
        testing: arr(obj({ from: day(), to: nullable(day()) })),
      }),
    ),
  },
  { open: true },
);

const caseSummaryFields = {
  id: uuid(),
  workflowId: str(),
  stage: oneOf(CASE_STAGES),
  origin: oneOf(CASE_ORIGINS),
  enterprise: ref('Enterprise'),
  summary: str(),
  agencyId: uuid(),
  regionCode: str({ pattern: '^\\d{6}$' }),
  rulebookVersion: str(),
  openedAt: instant(),
  closedAt: nullable(instant()),
  nextDueAt: nullable(instant()),
  escalationLevel: int(),
  overdue: bool(),
};
const CaseSummary = obj(caseSummaryFields);

const ChildProcedure = obj({
  id: uuid(),
  kind: oneOf(PROCEDURE_KINDS),
  stage: str(),
  title: str(),
  openedAt: instant(),
  closedAt: nullable(instant()),
  href: str({ example: '/penalties/0f8c…' }),
});

const AvailableAction = obj(
  {
    id: str({ description: 'the action: its path under the record', example: 'rectification-order' }),
    command: str({ description: 'the command it sends', example: 'issue_order' }),
    label: str({
      description: 'in the request’s language (Accept-Language)',
      example: '下达责令限期整改指令书',
    }),
    method: oneOf(['POST']),
    path: str({
      description: 'sub-records as a template, e.g. /cases/…/measures/{measureId}/decision',
      example: '/cases/0f8c…/rectification-order',
    }),
    allowed: bool({ description: 'whether this user may take it now (its own checks still apply)' }),
    reason: oneOf(ACTION_REFUSALS, {
      description: 'why not: role, four_eyes (not the proposer or a handler), not_handler, not_chair',
    }),
    message: str({
      description:
        'why not, in the request’s language (Chinese by default, English with Accept-Language: en)',
      example: '您不是本案的承办人员',
    }),
  },
  {
    optional: ['reason', 'message'],
    description:
      'one action of the current stage, for the calling user; one with nothing to act on (no measure to lift) is left out',
  },
);

const CaseDetail = obj(
  {
    ...caseSummaryFields,
    officers: arr(obj({ username: str(), displayName: str(), certificateNo: nullable(str()) })),
    inspection: nullable(
      obj(
        { inspectedAt: instant(), place: str(), unitRefusedToSign: bool(), refusalNote: nullable(str()) },
        { open: true },
      ),
    ),
    hiddenDangers: arr(ref('HiddenDanger')),
    order: nullable(obj({ issuedAt: instant(), deadline: day() }, { open: true })),
    rectificationReportOn: nullable(day()),
    extension: nullable(
      obj({
        newDeadline: day(),
        reason: str(),
        requestedBy: str(),
        requestedAt: instant(),
        decision: oneOf(['pending', 'approved', 'rejected']),
      }),
    ),
    measures: arr(ref('Measure')),
    summaryPenalties: arr(
      obj({
        party: oneOf(['unit', 'individual']),
        sanctions: arr(oneOf(['warning', 'fine'])),
        fine: yuan(),
        facts: str(),
        legalBasis: str(),
        at: instant(),
        by: str(),
      }),
    ),
    penaltyProposal: nullable(
      obj({
        summary: str(),
        dangerIds: arr(str()),
        proposedBy: str(),
        at: instant(),
        acknowledged: bool(),
      }),
    ),
    closure: nullable(obj({ at: instant() }, { open: true })),
    services: arr(
      obj(
        {
          documentKey: str({ example: 'cutoff_notice:M2' }),
          documentType: str(),
          method: oneOf(SERVICE_METHODS),
          receiver: str(),
          servedAt: instant(),
          effectiveAt: instant({
            description: 'what clocks count from: 邮寄 the receipt day, 公告 + 30 days',
          }),
          effectiveOn: day(),
        },
        { open: true, description: '送达回证: a document of the case served on the party' },
      ),
    ),
    tasks: arr(ref('Task')),
    procedures: arr(ref('ChildProcedure')),
    documents: arr(ref('Document')),
    timeline: arr(ref('TimelineEvent')),
    availableActions: arr(ref('AvailableAction')),
  },
  { description: 'An enforcement case as its handlers see it' },
);

const procedureSummaryFields = {
  id: uuid(),
  kind: oneOf(PROCEDURE_KINDS),
  workflowId: str(),
  caseId: nullable(uuid({ description: 'the enforcement case it belongs to' })),
  parentId: nullable(uuid({ description: 'the accident it belongs to' })),
  stage: str(),
  title: str(),
  party: obj({ name: str(), creditCode: nullable(str()) }),
  agencyId: uuid(),
  regionCode: str({ pattern: '^\\d{6}$' }),
  openedAt: instant(),
  closedAt: nullable(instant()),
  nextDueAt: nullable(instant()),
  escalationLevel: int(),
};
const ProcedureSummary = obj(procedureSummaryFields);
const ProcedureDetail = obj(
  {
    ...procedureSummaryFields,
    grade: oneOf(ACCIDENT_GRADES, { description: 'accidents only' }),
    level: str({ description: 'accidents only: the investigating level' }),
    lateReport: bool({ description: 'accidents only' }),
    lateReportMeasuredFrom: oneOf(['unit_head_notified', 'accident_time'], {
      description:
        'accidents only: the hour of 国务院令第493号 第9条 ran from the unit head’s receipt, or (not known) from the accident',
    }),
    owed: nullable(
      obj(
        {
          asOf: day(),
          fine: yuan(),
          surcharge: yuan({ description: '加处罚款: 3% of the fine a day, capped at the fine' }),
          surchargeDays: int({ minimum: 0 }),
          surchargeCapped: bool(),
          continuingFines: yuan(),
          total: yuan({ description: 'the sum a payment must match' }),
          missingCalendarYear: nullable(int({ description: 'set instead of the amounts' })),
        },
        {
          optional: ['fine', 'surcharge', 'surchargeDays', 'surchargeCapped', 'continuingFines', 'total'],
          description: 'penalties only: what the party owes today; null when nothing is owed',
        },
      ),
    ),
    children: arr(ref('ProcedureSummary')),
    rulebookVersion: nullable(str()),
    state: json(
      'the procedure’s facts (instants ISO 8601 +08:00, money yuan strings); its shape is the procedure’s',
    ),
    tasks: arr(ref('Task')),
    documents: arr(ref('Document')),
    timeline: arr(ref('TimelineEvent')),
    availableActions: arr(ref('AvailableAction'), {
      description: 'for the calling user, each action of the current stage (from the definition)',
    }),
  },
  { optional: ['grade', 'level', 'lateReport', 'lateReportMeasuredFrom', 'owed'] },
);

/**
 * The answer of every action (cases, penalties, transfers, accidents, rectification items): what the
 * action did and what the caller may do next. The record itself is one GET away.
 */
const ActionAnswer = obj(
  {
    id: uuid({ description: 'the record the action was taken on' }),
    stage: str({ description: 'the record’s stage after the action' }),
    seq: int({ minimum: 1, description: 'the record’s sequence number after the action' }),
    documents: arr(ref('IssuedDocument'), { description: 'the numbered documents this action issued' }),
    availableActions: arr(ref('AvailableAction'), {
      description: 'what the caller may do now, as on the record’s page',
    }),
  },
  {
    description: 'An action taken: its result, and the actions of the stage it left the record in',
    example: {
      id: '0f8c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
      stage: 'rectifying',
      seq: 3,
      documents: [
        {
          number: '洪应急责改〔2026〕7号',
          type: 'rectification_order',
          name: '责令限期整改指令书',
          key: 'rectification_order',
        },
      ],
      availableActions: [
        {
          id: 'reinspection',
          command: 'record_reinspection',
          label: '记录整改复查',
          method: 'POST',
          path: '/cases/0f8c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f/reinspection',
          allowed: true,
        },
      ],
    },
  },
);

export const RECORD_SCHEMAS: Record<string, Schema> = {
  Task,
  Document,
  TimelineEvent,
  Enterprise,
  HiddenDanger,
  Measure,
  ChildProcedure,
  AvailableAction,
  CaseSummary,
  CaseDetail,
  CasePage: page('CaseSummary', 'cases, newest opened first'),
  ProcedureSummary,
  ProcedureDetail,
  ProcedurePage: page('ProcedureSummary', 'records, newest opened first'),
  TaskList: page('Task', 'clocked tasks soonest due first, then undated decisions'),
  IssuedDocument,
  ActionAnswer,
  RecordPending: obj(
    { id: uuid(), recordPending: bool({ enum: [true] }) },
    {
      description: 'accepted; the record is still being written (it exists already): read it again shortly',
      example: { id: '0f8c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f', recordPending: true },
    },
  ),
};
