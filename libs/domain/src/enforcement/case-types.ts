import type { TaskMarks } from '../tasks/task-types';
import type { IsoDate } from '../calendar/iso-date';
import type { Rulebook } from '../rulebook/rulebook';

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
  measure_decision: '强措',
  emergency_measure_record: '紧急',
  measure_lifting: '解除',
  cutoff_notice: '停供',
  penalty_proposal: '罚建',
  summary_penalty_decision: '简罚',
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
  closure: { at: number; reason: 'no_findings' | 'rectified' | 'by_supervisor'; note: string } | null;
  /** Penalty procedures and judicial transfers opened from this case (child workflows). */
  procedures?: SubProcedure[];
  documents: DocumentRef[];
  taskMarks: Record<string, TaskMarks>;
  /** Calendar years a deadline needed but that were not loaded: raised once each, cleared on load. */
  missingYears: number[];
  seq: number;
}
