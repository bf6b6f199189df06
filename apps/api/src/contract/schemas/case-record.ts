import {
  CASE_ORIGINS,
  CASE_STAGES,
  EVIDENCE_KINDS,
  MEASURE_KINDS,
  SERVICE_METHODS,
  SEVERITIES,
} from '@safecase/domain';
import { arr, bool, day, instant, int, nullable, obj, oneOf, ref, str, uuid, yuan } from '../schema-dsl';
import { PROCEDURE_KINDS } from './record-parts';

/** The enforcement case: its enterprise, hidden dangers and measures, its list row and its page (CaseSummary, CaseDetail). */
export const Enterprise = obj(
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
export const HiddenDanger = obj(
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
export const Measure = obj(
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
export const CaseSummary = obj(caseSummaryFields);

export const ChildProcedure = obj({
  id: uuid(),
  kind: oneOf(PROCEDURE_KINDS),
  stage: str(),
  title: str(),
  openedAt: instant(),
  closedAt: nullable(instant()),
  href: str({ example: '/penalties/0f8c…' }),
});

export const CaseDetail = obj(
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
