import type { WorkCalendar } from '../calendar/work-calendar';
import type { CaseActor } from '../enforcement/case-types';
import type { PenaltyCommand } from './penalty-commands';
import type { PenaltyEvent } from './penalty-events';
import type { PenaltyState } from './penalty-types';
import { actingRole } from '../procedure/definition';
import { penaltyContext, reject } from './decide/guards';
import { PENALTY_PROCEDURE } from './penalty.procedure';
import {
  decideEvidencePreservation,
  decideFiling,
  handleEvidence,
  registerEvidence,
  requestEvidencePreservation,
} from './decide/investigation';
import {
  recordHearing,
  recordStatement,
  requestHearing,
  reviewStatement,
  scheduleHearing,
  serveNotice,
} from './decide/notice-and-hearing';
import {
  decideDecisionExtension,
  decidePenaltyCommand,
  pauseDecisionClock,
  recordDeliberation,
  recordLegalReview,
  requestDecisionExtension,
  resumeDecisionClock,
  submitForDecision,
} from './decide/decision';
import {
  applyCourtEnforcement,
  decideClosing,
  imposeContinuingFine,
  proposeClosing,
  recordClosureGround,
  recordCorrectionRefusal,
  recordPayment,
  recordPublication,
  recordRemedy,
  recordRemedyOutcome,
  recordService,
  recordWithdrawal,
  serveContinuingFineNotice,
  serveDemand,
  submitClosureProposal,
} from './decide/execution';

/**
 * decidePenalty(state, command, actor, now, calendar) → the events a command causes, or a
 * CaseRejection saying why not. Pure: the workflow's update validator runs it to refuse before
 * anything changes, the handler runs it again to apply.
 */
export function decidePenalty(
  state: PenaltyState,
  command: PenaltyCommand,
  actor: CaseActor,
  now: number,
  calendar: WorkCalendar,
): PenaltyEvent[] {
  if (actor.agencyId !== state.agencyId) reject('case.not_found', 'penalty.not_in_agency');
  // The capacity acted in: closed, stage and role were checked by the runtime (penalty.procedure.ts).
  const role = actingRole(PENALTY_PROCEDURE, command.type, actor);
  const ctx = penaltyContext(state, actor, now, calendar, role);
  switch (command.type) {
    case 'decide_filing':
      return decideFiling(ctx, command);
    case 'request_evidence_preservation':
      return requestEvidencePreservation(ctx, command);
    case 'decide_evidence_preservation':
      return decideEvidencePreservation(ctx, command);
    case 'register_evidence':
      return registerEvidence(ctx, command);
    case 'handle_evidence':
      return handleEvidence(ctx, command);
    case 'serve_notice':
      return serveNotice(ctx, command);
    case 'request_hearing':
      return requestHearing(ctx, command);
    case 'schedule_hearing':
      return scheduleHearing(ctx, command);
    case 'record_hearing':
      return recordHearing(ctx, command);
    case 'record_statement':
      return recordStatement(ctx, command);
    case 'review_statement':
      return reviewStatement(ctx, command);
    case 'submit_for_decision':
      return submitForDecision(ctx, command);
    case 'record_legal_review':
      return recordLegalReview(ctx, command);
    case 'record_deliberation':
      return recordDeliberation(ctx, command);
    case 'pause_decision_clock':
      return pauseDecisionClock(ctx, command);
    case 'resume_decision_clock':
      return resumeDecisionClock(ctx, command);
    case 'request_decision_extension':
      return requestDecisionExtension(ctx, command);
    case 'decide_decision_extension':
      return decideDecisionExtension(ctx, command);
    case 'decide_penalty':
      return decidePenaltyCommand(ctx, command);
    case 'record_service':
      return recordService(ctx, command);
    case 'record_publication':
      return recordPublication(ctx, command);
    case 'record_publication_withdrawal':
      return recordWithdrawal(ctx, command);
    case 'record_remedy':
      return recordRemedy(ctx, command);
    case 'record_remedy_outcome':
      return recordRemedyOutcome(ctx, command);
    case 'record_correction_refusal':
      return recordCorrectionRefusal(ctx, command);
    case 'serve_continuing_fine_notice':
      return serveContinuingFineNotice(ctx, command);
    case 'record_closure_ground':
      return recordClosureGround(ctx, command);
    case 'impose_continuing_fine':
      return imposeContinuingFine(ctx, command);
    case 'record_payment':
      return recordPayment(ctx, command);
    case 'serve_demand':
      return serveDemand(ctx, command);
    case 'apply_court_enforcement':
      return applyCourtEnforcement(ctx, command);
    case 'submit_closure_proposal':
      return submitClosureProposal(ctx, command);
    case 'propose_closing':
      return proposeClosing(ctx, command);
    case 'decide_closing':
      return decideClosing(ctx, command);
  }
}
