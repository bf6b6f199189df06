import {
  ACCIDENT_GRADES,
  CASE_ORIGINS,
  CASE_STAGES,
  EVIDENCE_KINDS,
  MEASURE_KINDS,
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
  ref,
  str,
  uuid,
  yuan,
  type Schema,
} from './schema-dsl';
import { ACTION_REFUSALS } from '../procedures/available-actions';

/**
 * The response bodies of the API, by name (components.schemas). Free-form parts (`state`, event
 * `details`) are the procedure's own facts; everything around them is declared field by field.
 */
const PROCEDURE_KINDS = ['penalty', 'transfer', 'accident', 'rectification_item'] as const;
const ROLES = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor', 'admin'] as const;

const Task = obj(
  {
    caseId: uuid({ description: 'the record the task belongs to' }),
    procedure: oneOf(['enforcement', ...PROCEDURE_KINDS]),
    key: str({ description: 'stable within the record' }),
    kind: str(),
    title: str({ description: 'in the reader’s language (Accept-Language)' }),
    assigneeRole: str(),
    subject: nullable(str()),
    dueAt: nullable(instant({ description: 'overdue after this instant' })),
    dueDate: nullable(day()),
    remindAt: nullable(instant()),
    reminded: bool(),
    overdue: bool(),
    escalationLevel: int({ minimum: 0, description: '0 assignee, 1 supervisor, 2 head' }),
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
  key: str(),
  seq: int(),
  issuedAt: instant(),
});
const IssuedDocument = obj({ number: str(), type: str(), key: str() }, { open: true });

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
    label: str({ example: '下达责令限期整改指令书' }),
    method: oneOf(['POST']),
    path: str({
      description: 'sub-records as a template, e.g. /cases/…/measures/{measureId}/decision',
      example: '/cases/0f8c…/rectification-order',
    }),
    allowed: bool({ description: 'whether this user may take it now (its own checks still apply)' }),
    reason: oneOf(ACTION_REFUSALS, {
      description: 'why not: role, four_eyes (not the proposer or a handler), not_handler, not_chair',
    }),
    message: str({ description: 'why not, in Chinese', example: '您不是本案的承办人员' }),
  },
  { optional: ['reason', 'message'], description: 'one action of the current stage, for the calling user' },
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
    children: arr(ref('ProcedureSummary')),
    rulebookVersion: nullable(str()),
    state: json(
      'the procedure’s facts (instants ISO 8601 +08:00, money yuan strings); its shape is the procedure’s',
    ),
    tasks: arr(ref('Task')),
    documents: arr(ref('Document')),
    timeline: arr(ref('TimelineEvent')),
    availableActions: arr(ref('AvailableAction'), {
      description: 'procedures with a definition (all but accidents so far)',
    }),
  },
  { optional: ['grade', 'level', 'lateReport', 'availableActions'] },
);

const page = (item: string) =>
  obj({
    items: arr(ref(item)),
    page: int({ minimum: 1 }),
    pageSize: int({ minimum: 1 }),
    total: int({ minimum: 0 }),
  });

const actionFields = {
  seq: int({ description: 'the record’s sequence number after the action' }),
  stage: str(),
  documents: arr(IssuedDocument, { description: 'the documents this action issued' }),
};
const actionAnswer = (key: string, record: string) =>
  obj(
    { ...actionFields, [key]: ref(record) },
    { description: `the action’s result and the ${key} after it` },
  );

const ChainHead = obj({ id: int(), entryHash: str() });
const ChainVerification = obj({
  ok: bool(),
  checked: int({ minimum: 0 }),
  firstBrokenEntry: nullable(int()),
  problem: nullable(str()),
  head: nullable(ref('ChainHead')),
});

const CalendarDay = obj({ date: day(), name: str() }, { optional: ['name'], open: true });
const CalendarYear = obj({ year: int(), holidays: arr(CalendarDay), makeupWorkdays: arr(CalendarDay) });

const Rule = obj(
  { id: str(), name: str(), unit: str(), amount: int(), source: str(), status: str() },
  { open: true },
);

const SignedCheckpoint = obj({
  format: oneOf(['safecase-audit-checkpoint/1']),
  issuedAt: instant(),
  chains: arr(obj({ chain: str(), headId: int({ minimum: 0 }), headHash: str() })),
  keyId: str(),
  signature: str({ description: 'Ed25519 over the canonical JSON of the other fields, base64' }),
});
const StoredCheckpoint = obj({
  id: int(),
  origin: str(),
  requestedBy: nullable(str()),
  checkpoint: ref('SignedCheckpoint'),
});

export const SCHEMAS: Record<string, Schema> = {
  SignedCheckpoint,
  StoredCheckpoint,
  CheckpointPage: obj({
    items: arr(ref('StoredCheckpoint')),
    total: int({ minimum: 0 }),
    page: int({ minimum: 1 }),
    pageSize: int({ minimum: 1 }),
  }),
  CheckpointKey: obj({
    algorithm: oneOf(['Ed25519']),
    keyId: str(),
    pem: str(),
    jwk: json('the public key as a JSON Web Key'),
  }),
  CheckpointVerification: obj({
    ok: bool(),
    chain: ref('ChainVerification'),
    checkpoint: obj({
      ok: bool(),
      signatureValid: bool(),
      keyId: str(),
      knownKey: bool(),
      issuedAt: str(),
      chains: arr(
        obj({
          chain: str(),
          headId: int(),
          headHash: str(),
          status: oneOf(['intact', 'truncated', 'rewritten', 'unknown_chain']),
          truncatedAfter: nullable(int()),
          missingFrom: nullable(int()),
          currentHeadId: nullable(int()),
          problem: nullable(str()),
        }),
      ),
    }),
  }),
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
  CasePage: page('CaseSummary'),
  ProcedureSummary,
  ProcedureDetail,
  ProcedurePage: page('ProcedureSummary'),
  TaskList: obj({ items: arr(ref('Task')) }),
  CaseActionAnswer: actionAnswer('case', 'CaseDetail'),
  PenaltyActionAnswer: actionAnswer('penalty', 'ProcedureDetail'),
  TransferActionAnswer: actionAnswer('transfer', 'ProcedureDetail'),
  AccidentActionAnswer: actionAnswer('accident', 'ProcedureDetail'),
  ItemActionAnswer: actionAnswer('item', 'ProcedureDetail'),
  RecordPending: obj(
    { id: uuid(), recordPending: bool({ enum: [true] }) },
    { open: true, description: 'accepted; the record is still being written: read it again shortly' },
  ),
  LoginAnswer: obj({ accessToken: str(), tokenType: oneOf(['Bearer']), expiresIn: int() }),
  Me: obj({
    userId: uuid(),
    username: str(),
    displayName: str(),
    roles: arr(oneOf(ROLES)),
    agencyId: uuid(),
    agencyName: str(),
    regionCode: str(),
  }),
  Deadline: obj(
    {
      due: day(),
      from: day(),
      amount: int(),
      unit: str(),
      extendedOver: arr(obj({ date: day(), reason: str() })),
      rule: str(),
    },
    { open: true },
  ),
  CalendarYearList: arr(obj({ year: int(), source: str(), loadedAt: instant(), loadedBy: str() })),
  CalendarYear,
  Rulebook: obj({ version: str(), effectiveFrom: day(), on: day(), rules: arr(Rule) }),
  RulebookVersions: arr(
    obj({ version: str(), effectiveFrom: day(), publishedBy: str(), publishedAt: instant() }),
  ),
  ChainHead,
  ChainVerification,
  CaseHistory: obj({
    caseId: str(),
    entries: arr(
      obj(
        {
          id: int(),
          at: instant(),
          who: str(),
          role: nullable(str()),
          action: str(),
          outcome: str(),
          documentNumber: nullable(str()),
          reason: nullable(str()),
          requestId: nullable(str()),
          text: str(),
        },
        { open: true },
      ),
    ),
  }),
  CaseExport: obj(
    {
      caseId: str(),
      exportedAt: instant(),
      exportedBy: str(),
      hashAlgorithm: str(),
      chain: ref('ChainVerification'),
      entries: arr(json('an audit entry exactly as stored and hashed')),
    },
    { open: true },
  ),
  SandboxClock: obj({ now: instant() }),
  Health: obj(
    {
      status: str(),
      info: json('the dependencies that are up'),
      error: json('the dependencies that are down'),
      details: json('each dependency'),
    },
    { optional: ['info', 'error', 'details'], open: true },
  ),
};
