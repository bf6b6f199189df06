import { serviceInput } from '../service/service.dto';
import { DecisionDto, NoteDto, ReasonDto } from '../cases/cases.dto';
import {
  ClosureGroundDto,
  ContinuingFineNoticeDto,
  CourtApplicationDto,
  CorrectionRefusalDto,
  DecisionExtensionDto,
  DeliberationDto,
  EvidenceHandlingDto,
  EvidenceRegistrationDto,
  EvidenceRequestDto,
  FilingDecisionDto,
  HearingRecordDto,
  HearingRequestDto,
  HearingScheduleDto,
  IntendedPenaltyDto,
  LegalReviewDto,
  NoticeDto,
  OnDayDto,
  PaymentDto,
  RemedyDto,
  RemedyOutcomeDto,
  ServedDto,
  StatementDto,
  StatementReviewDto,
} from './procedures.dto';
import { fen } from '../validation';
import { PENALTY_PROCEDURE } from '@safecase/domain';
import { actionsController, definedActions } from './action-table';

const step = definedActions<'penalty'>(PENALTY_PROCEDURE);

/**
 * The penalty procedure's actions (行政处罚法 第54–73条): one POST each under /penalties/:id, its path,
 * roles and audit name from PENALTY_PROCEDURE (libs/domain). The workflow checks stage, handler,
 * four-eyes and every time limit; the route's roles are the first gate.
 */
export const PENALTY_ACTIONS = {
  decideFiling: step('decide_filing', {
    summary: 'Approve or refuse 立案 (four-eyes)',
    body: FilingDecisionDto,
    build: (dto) => ({ type: 'decide_filing', ...dto }),
  }),
  requestEvidence: step('request_evidence_preservation', {
    summary: 'Request evidence preservation (先行登记保存: the head approves beforehand)',
    body: EvidenceRequestDto,
    build: (dto) => ({ type: 'request_evidence_preservation', ...dto }),
  }),
  approveEvidence: step('decide_evidence_preservation', {
    summary: 'Approve or refuse the preservation beforehand (行政处罚法 第56条; four-eyes)',
    body: DecisionDto,
    build: (dto, ctx) => ({
      type: 'decide_evidence_preservation',
      evidenceId: ctx.params['evidenceId'] ?? '',
      ...dto,
    }),
  }),
  registerEvidence: step('register_evidence', {
    summary: 'Register the approved evidence for preservation (decided within 7 working days)',
    body: EvidenceRegistrationDto,
    build: (dto, ctx) => ({ type: 'register_evidence', evidenceId: ctx.params['evidenceId'] ?? '', ...dto }),
  }),
  handleEvidence: step('handle_evidence', {
    summary: 'Decide how preserved evidence is handled',
    body: EvidenceHandlingDto,
    build: (dto, ctx) => ({ type: 'handle_evidence', evidenceId: ctx.params['evidenceId'] ?? '', ...dto }),
  }),
  serveNotice: step('serve_notice', {
    summary: 'Record the notice of the intended penalty served (defence and hearing windows follow)',
    body: NoticeDto,
    build: ({ fine, service, ...dto }) => ({
      type: 'serve_notice',
      ...dto,
      fineFen: fen(fine),
      service: serviceInput(service),
    }),
  }),
  requestHearing: step('request_hearing', {
    summary: 'Record the party’s hearing request (5 working days)',
    body: HearingRequestDto,
    build: (dto) => ({ type: 'request_hearing', ...dto }),
  }),
  scheduleHearing: step('schedule_hearing', {
    summary: 'Schedule the hearing (7 working days’ notice; chair not an investigator)',
    body: HearingScheduleDto,
    build: async (dto, ctx) => ({
      type: 'schedule_hearing',
      date: dto.date,
      chair: await ctx.userIdOf(dto.chair),
      ...(dto.time !== undefined ? { time: dto.time } : {}),
      ...(dto.place !== undefined ? { place: dto.place } : {}),
    }),
  }),
  recordHearing: step('record_hearing', {
    summary: 'The chair records the hearing with its record (听证笔录); absence is a waiver',
    body: HearingRecordDto,
    build: ({ outcome, minutes }) => ({
      type: 'record_hearing',
      outcome,
      ...(minutes
        ? {
            minutes: {
              ...minutes,
              summary: minutes.summary ?? '',
              refusalNote: minutes.refusalNote ?? null,
            },
          }
        : {}),
    }),
  }),
  recordStatement: step('record_statement', {
    summary: 'Record the party’s statement and defence (行政处罚法 第45条)',
    body: StatementDto,
    build: (dto) => ({ type: 'record_statement', ...dto }),
  }),
  reviewStatement: step('review_statement', {
    summary: 'Review (复核) a statement and defence: what is adopted and why (four-eyes)',
    body: StatementReviewDto,
    build: (dto, ctx) => ({ type: 'review_statement', statementId: ctx.params['statementId'] ?? '', ...dto }),
  }),
  submit: step('submit_for_decision', {
    summary: 'Submit for decision (legal review first when 第58条 requires it)',
    build: () => ({ type: 'submit_for_decision' }),
  }),
  review: step('record_legal_review', {
    summary: 'Record the legal review: passed, or returned with the written opinion',
    body: LegalReviewDto,
    build: (dto) => ({ type: 'record_legal_review', ...dto }),
  }),
  deliberate: step('record_deliberation', {
    summary: 'Record the collective deliberation (complex or major cases)',
    body: DeliberationDto,
    build: (dto) => ({ type: 'record_deliberation', ...dto }),
  }),
  pauseClock: step('pause_decision_clock', {
    summary: 'Stop the decision clock for an appraisal',
    build: () => ({ type: 'pause_decision_clock', reason: 'appraisal' }),
  }),
  resumeClock: step('resume_decision_clock', {
    summary: 'Restart the decision clock after the appraisal',
    build: () => ({ type: 'resume_decision_clock' }),
  }),
  requestExtension: step('request_decision_extension', {
    summary: 'Request more time to decide (once, within the rulebook’s limit)',
    body: DecisionExtensionDto,
    build: (dto) => ({ type: 'request_decision_extension', ...dto }),
  }),
  decideExtension: step('decide_decision_extension', {
    summary: 'Approve or refuse the extension (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_decision_extension', ...dto }),
  }),
  decide: step('decide_penalty', {
    summary: 'Decide the penalty (after review and deliberation; never heavier than noticed)',
    body: IntendedPenaltyDto,
    build: ({ fine, ...dto }) => ({ type: 'decide_penalty', ...dto, fineFen: fen(fine) }),
  }),
  serve: step('record_service', {
    summary: 'Record service of the decision with its 送达回证 (the party’s periods start from it)',
    body: ServedDto,
    build: ({ service }) => ({ type: 'record_service', record: serviceInput(service) }),
  }),
  publish: step('record_publication', {
    summary: 'Record the publication (7 working days)',
    body: OnDayDto,
    build: (dto) => ({ type: 'record_publication', publishedOn: dto.on }),
  }),
  withdraw: step('record_publication_withdrawal', {
    summary: 'Record the withdrawal of the publication (3 working days)',
    body: OnDayDto,
    build: (dto) => ({ type: 'record_publication_withdrawal', withdrawnOn: dto.on }),
  }),
  remedy: step('record_remedy', {
    summary: 'Record a reconsideration or lawsuit filed (the surcharge stops meanwhile)',
    body: RemedyDto,
    build: (dto) => ({ type: 'record_remedy', ...dto }),
  }),
  remedyOutcome: step('record_remedy_outcome', {
    summary: 'Record how the reconsideration or lawsuit ended',
    body: RemedyOutcomeDto,
    build: ({ newFine, ...dto }) => ({
      type: 'record_remedy_outcome',
      ...dto,
      ...(newFine !== undefined ? { newFineFen: fen(newFine) } : {}),
    }),
  }),
  correctionRefusal: step('record_correction_refusal', {
    summary: 'Record the re-inspection finding that the unit refused to correct (安全生产法 第112条)',
    body: CorrectionRefusalDto,
    build: (dto) => ({ type: 'record_correction_refusal', ...dto }),
  }),
  continuingFineNotice: step('serve_continuing_fine_notice', {
    summary: 'Record the notice of the continuing fine served (statement and defence follow)',
    body: ContinuingFineNoticeDto,
    build: ({ asOf, service }) => ({
      type: 'serve_continuing_fine_notice',
      asOf,
      service: serviceInput(service),
    }),
  }),
  continuingFine: step('impose_continuing_fine', {
    summary: 'Impose the continuing daily fine noticed, after the defence (four-eyes)',
    build: () => ({ type: 'impose_continuing_fine' }),
  }),
  closureGround: step('record_closure_ground', {
    summary: 'Record a ground of 安全生产法 第113条 found in this case (the closure proposal falls due)',
    body: ClosureGroundDto,
    build: (dto) => ({ type: 'record_closure_ground', ...dto }),
  }),
  pay: step('record_payment', {
    summary: 'Record payment of the exact amount owed that day',
    body: PaymentDto,
    build: (dto) => ({ type: 'record_payment', paidOn: dto.paidOn, amountFen: fen(dto.amount) }),
  }),
  demand: step('serve_demand', {
    summary: 'Record the written demand served (催告) with its 送达回证',
    body: ServedDto,
    build: ({ service }) => ({ type: 'serve_demand', service: serviceInput(service) }),
  }),
  court: step('apply_court_enforcement', {
    summary: 'Record the application for court enforcement (inside its window)',
    body: CourtApplicationDto,
    build: (dto) => ({
      type: 'apply_court_enforcement',
      filedOn: dto.on,
      ...(dto.court !== undefined ? { court: dto.court } : {}),
    }),
  }),
  closureProposal: step('submit_closure_proposal', {
    summary: 'Submit the closure proposal to the local government (安全生产法 第113条)',
    body: NoteDto,
    build: (dto) => ({ type: 'submit_closure_proposal', ...dto }),
  }),
  proposeClosing: step('propose_closing', {
    summary: 'Propose closing the penalty case (结案)',
    body: ReasonDto,
    build: (dto) => ({ type: 'propose_closing', ...dto }),
  }),
  decideClosing: step('decide_closing', {
    summary: 'Approve or refuse closing (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_closing', ...dto }),
  }),
};

export const PenaltyActionsController = actionsController('penalties', 'penalty', PENALTY_ACTIONS);
