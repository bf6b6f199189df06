import type { TaskMarks } from '../tasks/task-types';
import type { IsoDate } from '../calendar/iso-date';
import type { Rulebook } from '../rulebook/rulebook';
import type { ServiceRecord } from '../service/service-record';

/** 安全生产法 第62条 (plan), 国办发〔2015〕58号 (双随机), 第73–76条 (complaint), referral, accident. */
export const CASE_ORIGINS = ['plan', 'random_selection', 'complaint', 'referral', 'accident'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

export const CASE_STAGES = ['opened', 'inspected', 'rectifying', 'escalated', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const SEVERITIES = ['ordinary', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const EVIDENCE_KINDS = ['photo', 'video', 'audio', 'document'] as const;

/** 行政强制法 第9条 measures an emergency-management agency takes, plus 安全生产法 第70条 cut-offs. */
export const MEASURE_KINDS = [
  'suspend_production',
  'stop_construction',
  'stop_equipment',
  'seal_seize',
  'power_cutoff',
  'explosives_cutoff',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const CUTOFF_KINDS: readonly MeasureKind[] = ['power_cutoff', 'explosives_cutoff'];
export const SUSPENSION_KINDS: readonly MeasureKind[] = [
  'suspend_production',
  'stop_construction',
  'stop_equipment',
];

/** Who acts, as the workflow records it (resolved and vouched for by the API). */
export interface CaseActor {
  userId: string;
  username: string;
  displayName: string;
  roles: string[];
  agencyId: string;
}

export interface CaseOfficer {
  userId: string;
  username: string;
  displayName: string;
  agencyId: string;
  roles: string[];
  /** 执法证号; an inspection needs two officers holding one (行政处罚法 第42条). */
  certificateNo: string | null;
}

export interface Evidence {
  kind: (typeof EVIDENCE_KINDS)[number];
  name: string;
  /** SHA-256 of the file's content, hex: the record proves which photo or video it relied on. */
  sha256: string;
}

export interface HiddenDanger {
  id: string;
  description: string;
  severity: Severity;
  legalBasis: string;
  evidence: Evidence[];
  /** open → closed_out (销号) at a re-inspection, or corrected on the spot when the order is issued. */
  status: 'open' | 'corrected_on_site' | 'closed_out';
}

export interface Enterprise {
  name: string;
  creditCode: string;
  address: string;
}

export interface Measure {
  id: string;
  kind: MeasureKind;
  dangerIds: string[];
  reason: string;
  emergency: boolean;
  /** proposed → in_force | rejected; cut-offs: approved → in_force once the notice period ran. */
  status: 'proposed' | 'noticed' | 'in_force' | 'rejected' | 'lifted';
  proposedBy: string;
  proposedAt: number;
  decidedBy: string | null;
  decidedAt: number | null;
  /** When it took effect (emergency: when taken on site). */
  effectiveAt: number | null;
  unitRefused: boolean;
  /** Cut-offs: the end of the 24 hours' written notice (安全生产法 第70条). */
  noticeUntil: number | null;
  liftedAt: number | null;
  liftReason: string | null;
  /** 查封/扣押 only: the term runs from `servedOn`, paused while items are tested (行政强制法 第25条). */
  seizure: {
    servedOn: IsoDate;
    extensionDays: number | null;
    testing: { from: IsoDate; to: IsoDate | null }[];
  } | null;
  /**
   * 查封/扣押 only: the inventory (清单) that goes with the decision, also for an emergency seizure
   * (行政强制法 第24条). Absent on measures recorded before it was required.
   */
  inventory?: InventoryItem[] | null;
  /**
   * Cut-offs (安全生产法 第70条): `urgent` is the 危及生产安全的紧急情形 (no notice, and it may be carried
   * out at night or on a rest day, 行政强制法 第43条); otherwise the 24 hours run from the notice's
   * service (`noticeServedAt`, from its service record) and it takes effect at the first instant after
   * them that is neither night nor a rest day.
   */
  cutoff?: { urgent: boolean; urgencyReason: string | null; noticeServedAt: number | null } | null;
  /** 行政强制法 第18条: the on-site record, the notice of reasons, basis and rights, the party's statement. */
  procedure?: MeasureProcedure | null;
  /**
   * Emergency measures (第19条): reported and confirmed within 24 hours. Not confirmed by `dueAt`: the
   * record is flagged (`flaggedAt`) and the confirmation goes to the head; one made after `dueAt` is
   * recorded as late.
   */
  confirmation?: { dueAt: number; flaggedAt: number | null; late: boolean } | null;
}

export interface InventoryItem {
  item: string;
  quantity: string;
}

export interface MeasureProcedure {
  onSiteRecordAt: number;
  /** The party signed the on-site record (现场笔录); else the refusal is noted. */
  partySigned: boolean;
  refusalNote: string | null;
  /** The party was told the reasons, the legal basis and its rights (第18条第5项). */
  informed: boolean;
  /** What the party said (陈述和申辩), or null when it declined to say anything (`statementWaived`). */
  statement: string | null;
  statementWaived: boolean;
  recordedBy: string;
}

/** A numbered document of the case served on the party (送达回证), with the service record. */
export interface CaseService extends ServiceRecord {
  documentKey: string;
  documentType: DocumentType;
  recordedBy: string;
}

/** Closing a case: a danger still open is carried on by a running procedure, or closed for a reason. */
export interface DangerDisposition {
  dangerId: string;
  disposition: 'closed_out' | 'corrected_on_site' | 'handed_to_procedure' | 'closed_with_reason';
  procedureId: string | null;
}

export interface DocumentRef {
  key: string;
  type: DocumentType;
  seq: number;
}

/** Document types and the abbreviation in their number, e.g. 洪应急责改〔2026〕7号. */
export const DOCUMENT_TYPES = {
  inspection_record: '检记',
  rectification_order: '责改',
  reinspection_opinion: '复查',
  extension_approval: '延期',
  measure_decision: '现决',
  emergency_measure_record: '紧急',
  measure_lifting: '解除',
  cutoff_notice: '停供',
  seizure_decision: '查扣',
  seizure_inventory: '查扣清',
  penalty_proposal: '罚建',
  summary_penalty_decision: '罚当',
  service_receipt: '回',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export interface ExtensionRequest {
  newDeadline: IsoDate;
  reason: string;
  requestedBy: string;
  requestedAt: number;
  decision: 'pending' | 'approved' | 'rejected';
}

export interface SubProcedure {
  kind: 'penalty' | 'transfer';
  id: string;
  openedAt: number;
  status: 'open' | 'finished';
  outcome: string | null;
}

/** A warning or small fine imposed on the spot (简易程序): what the officer decides and records. */
export interface SummaryPenalty {
  party: 'unit' | 'individual';
  sanctions: ('warning' | 'fine')[];
  fineFen: number;
  facts: string;
  legalBasis: string;
}

/** What a case is opened with: who owns it, about whom, and the rulebook version it keeps to the end. */
export interface CaseOpening {
  caseId: string;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  origin: CaseOrigin;
  enterprise: Enterprise;
  summary: string;
  rulebook: Rulebook;
}

export interface CaseState extends CaseOpening {
  stage: CaseStage;
  openedAt: number;
  openedBy: string;
  /** Users handling the case: the opener and the inspecting officers (four-eyes: they never approve). */
  handlers: string[];
  officers: CaseOfficer[];
  inspection: {
    inspectedAt: number;
    place: string;
    unitRefusedToSign: boolean;
    refusalNote: string | null;
  } | null;
  dangers: HiddenDanger[];
  order: { deadline: IsoDate; instructions: string; issuedAt: number; extended: boolean } | null;
  rectificationReportOn: IsoDate | null;
  extension: ExtensionRequest | null;
  reinspections: { at: number; results: { dangerId: string; rectified: boolean; note: string }[] }[];
  measures: Measure[];
  /** 简易程序 decisions made on the spot (行政处罚法 第51–52条). */
  summaryPenalties: (SummaryPenalty & { at: number; by: string })[];
  penaltyProposal: {
    summary: string;
    dangerIds: string[];
    proposedBy: string;
    at: number;
    acknowledged: boolean;
  } | null;
  closure: {
    at: number;
    reason: 'no_findings' | 'rectified' | 'by_supervisor';
    note: string;
    /** By a supervisor: what became of each hidden danger still open (absent on older closings). */
    dangers?: DangerDisposition[];
    /** The recorded reason for closing with a danger neither closed out nor handed to a procedure. */
    unrectifiedReason?: string | null;
  } | null;
  /** Documents served on the party, each with its service record (absent on older cases). */
  services?: CaseService[];
  /** Penalty procedures and judicial transfers opened from this case (child workflows). */
  procedures?: SubProcedure[];
  documents: DocumentRef[];
  taskMarks: Record<string, TaskMarks>;
  /** Calendar years a deadline needed but that were not loaded: raised once each, cleared on load. */
  missingYears: number[];
  seq: number;
}
