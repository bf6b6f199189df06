import type { Actor, CaseOfficer, Rulebook } from '@safecase/domain';
import type {
  AccidentInput,
  EnforcementCaseInput,
  JudicialTransferInput,
  PenaltyProcedureInput,
} from '@safecase/workflows';
import type { OpenAccidentDto } from '../accidents/accidents.dto';
import type { OpenCaseDto, TransferReportDto } from '../cases/cases.dto';
import { caseActor } from '../cases/workflow-calls';
import { fen } from '../validation';
import { individualOf, type OpenPenaltyDto } from './procedures.dto';

/**
 * The workflow inputs that open each root procedure, from the request once ProcedureCommandsService
 * has checked it: plain data, so the service keeps only the checks and the calls.
 */
type Agency = { regionCode: string; docPrefix: string };

export function caseInput(
  dto: OpenCaseDto,
  actor: Actor,
  agency: Agency,
  caseId: string,
  rulebook: Rulebook,
): EnforcementCaseInput {
  return {
    caseId,
    agencyId: actor.agencyId,
    regionCode: agency.regionCode,
    docPrefix: agency.docPrefix,
    origin: dto.origin,
    enterprise: { ...dto.enterprise },
    summary: dto.summary,
    openedBy: caseActor(actor),
    rulebook,
    searchAttributes: true,
  };
}

export function penaltyInput(
  dto: OpenPenaltyDto,
  actor: Actor,
  agency: Agency,
  penaltyId: string,
  handlers: CaseOfficer[],
  rulebook: Rulebook,
): PenaltyProcedureInput {
  return {
    parentWorkflowId: null,
    searchAttributes: true,
    opening: {
      penaltyId,
      caseId: null,
      agencyId: actor.agencyId,
      regionCode: agency.regionCode,
      docPrefix: agency.docPrefix,
      party: dto.party,
      partyName: dto.partyName,
      creditCode: dto.creditCode ?? null,
      ...(dto.party === 'individual' && dto.individual ? { individual: individualOf(dto.individual) } : {}),
      facts: dto.facts,
      majorHiddenDanger: dto.majorHiddenDanger ?? false,
      rulebook,
    },
    proposedBy: { userId: actor.userId, username: actor.username },
    handlers: handlers.map((h) => h.userId),
  };
}

/** The instants of an accident report, checked (order, not in the future, not too old). */
export interface ReportInstants {
  occurredAt: number;
  unitHeadNotifiedAt: number | null;
  reportedAt: number;
}

export function accidentInput(
  dto: OpenAccidentDto,
  actor: Actor,
  agency: Agency,
  accidentId: string,
  rulebook: Rulebook,
  { occurredAt, unitHeadNotifiedAt, reportedAt }: ReportInstants,
): AccidentInput {
  return {
    searchAttributes: true,
    reportedBy: { userId: actor.userId, username: actor.username },
    opening: {
      accidentId,
      agencyId: actor.agencyId,
      regionCode: agency.regionCode,
      docPrefix: agency.docPrefix,
      occurredAt,
      unitHeadNotifiedAt,
      reportedAt,
      unit: { ...dto.unit },
      principal: dto.principal ? individualOf(dto.principal) : null,
      location: dto.location,
      industry: dto.industry,
      category: dto.category,
      summary: dto.summary,
      deaths: dto.deaths,
      seriousInjuries: dto.seriousInjuries,
      missing: dto.missing ?? 0,
      // Grading compares whole yuan with the thresholds (以上 includes them): fen below a yuan never count.
      directLossYuan: Math.floor(fen(dto.directLoss) / 100),
      rulebook,
    },
  };
}

/** The penalty a transfer is reported from, as its read-model row has it. */
export interface PenaltyRow {
  case_id: string | null;
  agency_id: string;
  region_code: string;
  party_name: string;
  credit_code: string | null;
}

export function transferInput(
  row: PenaltyRow,
  agency: Agency,
  actor: Actor,
  report: {
    transferId: string;
    penaltyId: string;
    dto: TransferReportDto;
    team: JudicialTransferInput['opening']['team'];
  },
  rulebook: Rulebook,
): JudicialTransferInput {
  return {
    parentWorkflowId: null,
    searchAttributes: true,
    reportedBy: { userId: actor.userId, username: actor.username },
    opening: {
      transferId: report.transferId,
      caseId: row.case_id,
      agencyId: row.agency_id,
      regionCode: row.region_code,
      docPrefix: agency.docPrefix,
      enterpriseName: row.party_name,
      creditCode: row.credit_code ?? '',
      suspectedOffence: report.dto.suspectedOffence,
      facts: report.dto.facts,
      team: report.team,
      rulebook,
      penaltyId: report.penaltyId,
    },
  };
}
