import type { CaseCommand } from './case-commands';
import type { CaseEvent } from './case-events';
import type { CaseActor, CaseState } from './case-types';
import {
  recordInspection,
  issueOrder,
  recordRectificationReport,
  recordReinspection,
  requestExtension,
  decideExtension,
} from './decide/rectification';
import {
  proposeMeasure,
  takeEmergencyMeasure,
  decideMeasure,
  recordUnitRefusal,
  seizureTesting,
  extendSeizure,
  liftMeasure,
  recordMeasureProcedure,
} from './decide/measures';
import { recordService } from './decide/service';
import {
  proposePenalty,
  imposeSummaryPenalty,
  acknowledgePenaltyProposal,
  reportTransfer,
  closeCase,
} from './decide/penalty-and-closure';
import { reject, type DecideContext } from './decide/guards';
import { actingRole } from '../procedure/definition';
import { ENFORCEMENT_PROCEDURE } from './enforcement.procedure';

/**
 * decide(state, command, actor, now) → the events the command causes, or a CaseRejection saying why
 * not. Pure: the workflow runs it in the update validator (to refuse before anything changes) and
 * again in the handler (to apply). Rules live here, not in the workflow.
 */
export function decide(state: CaseState, command: CaseCommand, actor: CaseActor, now: number): CaseEvent[] {
  if (actor.agencyId !== state.agencyId) reject('case.not_found', 'case.not_in_agency');
  // The capacity acted in: closed, stage and role were checked by the runtime (enforcement.procedure.ts).
  const role = actingRole(ENFORCEMENT_PROCEDURE, command.type, actor);
  const ctx: DecideContext = {
    state,
    actor,
    now,
    role,
    by: (role) => ({ userId: actor.userId, username: actor.username, role }),
  };
  switch (command.type) {
    case 'record_inspection':
      return recordInspection(ctx, command);
    case 'issue_order':
      return issueOrder(ctx, command);
    case 'record_rectification_report':
      return recordRectificationReport(ctx, command);
    case 'record_reinspection':
      return recordReinspection(ctx, command);
    case 'request_extension':
      return requestExtension(ctx, command);
    case 'decide_extension':
      return decideExtension(ctx, command);
    case 'propose_measure':
      return proposeMeasure(ctx, command);
    case 'take_emergency_measure':
      return takeEmergencyMeasure(ctx, command);
    case 'decide_measure':
      return decideMeasure(ctx, command);
    case 'record_unit_refusal':
      return recordUnitRefusal(ctx, command);
    case 'seizure_testing':
      return seizureTesting(ctx, command);
    case 'extend_seizure':
      return extendSeizure(ctx, command);
    case 'lift_measure':
      return liftMeasure(ctx, command);
    case 'propose_penalty':
      return proposePenalty(ctx, command);
    case 'impose_summary_penalty':
      return imposeSummaryPenalty(ctx, command);
    case 'acknowledge_penalty_proposal':
      return acknowledgePenaltyProposal(ctx, command);
    case 'report_transfer':
      return reportTransfer(ctx, command);
    case 'close_case':
      return closeCase(ctx, command);
    case 'record_measure_procedure':
      return recordMeasureProcedure(ctx, command);
    case 'record_service':
      return recordService(ctx, command);
  }
}
