import { fen } from '../validation';
import { ENFORCEMENT_PROCEDURE } from '@safecase/domain';
import { actionsController, definedActions } from '../procedures/action-table';
import {
  CloseCaseDto,
  DecisionDto,
  ExtensionRequestDto,
  InspectionDto,
  NoteDto,
  OrderDto,
  PenaltyProposalDto,
  ReinspectionDto,
  ReportDto,
  SummaryPenaltyDto,
  TransferReportDto,
} from './cases.dto';

const step = definedActions<'enforcement_case'>(ENFORCEMENT_PROCEDURE);
/**
 * The rectification flow of a case, its penalties and its closure: inspection to closed or escalated.
 * Paths, roles and audit names from ENFORCEMENT_PROCEDURE (libs/domain).
 */
export const RECTIFICATION_ACTIONS = {
  inspection: step('record_inspection', {
    summary: 'Record the inspection (≥ 2 certificated officers) and its hidden dangers',
    body: InspectionDto,
    build: async (dto, ctx) => ({
      type: 'record_inspection',
      officers: await ctx.officers(dto.officers),
      inspectedAt: Date.parse(dto.inspectedAt),
      place: dto.place,
      findings: dto.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
      unitRefusedToSign: dto.unitRefusedToSign,
      refusalNote: dto.refusalNote ?? null,
    }),
  }),
  order: step('issue_order', {
    summary: 'Issue the order to rectify (责令限期整改指令书) with a deadline',
    body: OrderDto,
    build: (dto) => ({
      type: 'issue_order',
      deadline: dto.deadline,
      instructions: dto.instructions,
      correctedOnSite: dto.correctedOnSite ?? [],
    }),
  }),
  report: step('record_rectification_report', {
    summary: 'Record the unit’s rectification report (may come before the deadline)',
    body: ReportDto,
    build: (dto) => ({ type: 'record_rectification_report', ...dto }),
  }),
  reinspection: step('record_reinspection', {
    summary: 'Record the re-inspection: rectified dangers are closed out (销号), else escalation',
    body: ReinspectionDto,
    build: (dto) => ({ type: 'record_reinspection', results: dto.results.map((r) => ({ ...r })) }),
  }),
  requestExtension: step('request_extension', {
    summary: 'Ask for the one extension of the rectification deadline',
    body: ExtensionRequestDto,
    build: (dto) => ({ type: 'request_extension', ...dto }),
  }),
  decideExtension: step('decide_extension', {
    summary: 'Approve or refuse the extension (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_extension', ...dto }),
  }),
  summaryPenalty: step('impose_summary_penalty', {
    summary: 'Impose a warning or small fine on the spot (简易程序), with a numbered decision',
    body: SummaryPenaltyDto,
    build: (dto) => ({
      type: 'impose_summary_penalty',
      party: dto.party,
      sanctions: [...dto.sanctions],
      fineFen: fen(dto.fine),
      facts: dto.facts,
      legalBasis: dto.legalBasis,
    }),
  }),
  proposePenalty: step('propose_penalty', {
    summary: 'Propose a penalty (a task for the supervisor until the penalty procedure lands)',
    body: PenaltyProposalDto,
    build: (dto) => ({ type: 'propose_penalty', ...dto }),
  }),
  acknowledgePenalty: step('acknowledge_penalty_proposal', {
    summary: 'Take up the penalty proposal (four-eyes)',
    body: NoteDto,
    // The penalty procedure's id, like a new case's, comes from the Idempotency-Key when there is one.
    build: (dto, ctx) => ({ type: 'acknowledge_penalty_proposal', ...dto, penaltyId: ctx.newId('penalty') }),
  }),
  reportTransfer: step('report_transfer', {
    summary:
      'Report a suspected crime for transfer to public security (team of two or more; the head decides)',
    body: TransferReportDto,
    build: async (dto, ctx) => ({
      type: 'report_transfer',
      transferId: ctx.newId('transfer'),
      team: (await ctx.officers(dto.team)).map((o) => ({
        userId: o.userId,
        username: o.username,
        displayName: o.displayName,
      })),
      suspectedOffence: dto.suspectedOffence,
      facts: dto.facts,
    }),
  }),
  close: step('close_case', {
    summary:
      'Close an escalated case: every hidden danger closed out or handed to a running procedure, or a reason recorded',
    body: CloseCaseDto,
    build: (dto) => ({ type: 'close_case', ...dto }),
  }),
};

// Named as its hand-written predecessor was (its routes' operationIds begin with the name).
export const RectificationActionsController = actionsController(
  'cases',
  'enforcement_case',
  RECTIFICATION_ACTIONS,
  { name: 'RectificationActionsController' },
);
