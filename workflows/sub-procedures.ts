import { ParentClosePolicy, patched, startChild, workflowInfo } from '@temporalio/workflow';
import {
  SUSPENSION_KINDS,
  workflowIds,
  type CaseEvent,
  type CaseState,
  type EventActor,
} from '@safecase/domain';
import type { judicialTransferWorkflow } from './judicial-transfer.workflow';
import type { penaltyProcedureWorkflow } from './penalty-procedure.workflow';

/** Runs started before sub-procedures existed replay without them (docs/architecture.md, convention 7). */
const PATCH = 'sub-procedures-v1';

const person = (state: CaseState, userId: string) => {
  const o = state.officers.find((x) => x.userId === userId);
  return { userId, username: o?.username ?? userId };
};

/**
 * Starts the child workflow an accepted case event calls for: a penalty procedure when a supervisor
 * takes up a penalty proposal, a judicial transfer when officers report one. Children outlive a
 * continued or closed parent (ABANDON) and report back with `procedureFinished`.
 */
export async function startSubProcedures(
  state: CaseState,
  events: CaseEvent[],
  searchAttributes: boolean,
): Promise<void> {
  const parentWorkflowId = workflowInfo().workflowId;
  for (const event of events) {
    if (event.type === 'penalty_proposal_acknowledged' && event.penaltyId && patched(PATCH)) {
      const proposal = state.penaltyProposal!;
      const by = event.by as EventActor;
      await startChild<typeof penaltyProcedureWorkflow>('penaltyProcedureWorkflow', {
        workflowId: workflowIds.penalty(event.penaltyId),
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [
          {
            parentWorkflowId,
            searchAttributes,
            opening: {
              penaltyId: event.penaltyId,
              caseId: state.caseId,
              agencyId: state.agencyId,
              regionCode: state.regionCode,
              docPrefix: state.docPrefix,
              party: 'unit',
              partyName: state.enterprise.name,
              creditCode: state.enterprise.creditCode,
              facts: proposal.summary,
              majorHiddenDanger: state.dangers.some(
                (d) => proposal.dangerIds.includes(d.id) && d.severity === 'major',
              ),
              unitRefusedSuspension: state.measures.some(
                (m) => SUSPENSION_KINDS.includes(m.kind) && m.unitRefused,
              ),
              rulebook: state.rulebook,
            },
            proposedBy: person(state, proposal.proposedBy),
            handlers: state.handlers,
            filingApprovedBy: {
              actor: { userId: by.userId, username: by.username },
              role: by.role,
              note: event.note,
            },
          },
        ],
      });
    }
    if (event.type === 'transfer_reported' && patched(PATCH)) {
      const by = event.by as EventActor;
      await startChild<typeof judicialTransferWorkflow>('judicialTransferWorkflow', {
        workflowId: workflowIds.transfer(event.transferId),
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [
          {
            parentWorkflowId,
            searchAttributes,
            reportedBy: { userId: by.userId, username: by.username },
            opening: {
              transferId: event.transferId,
              caseId: state.caseId,
              agencyId: state.agencyId,
              regionCode: state.regionCode,
              docPrefix: state.docPrefix,
              enterpriseName: state.enterprise.name,
              creditCode: state.enterprise.creditCode,
              suspectedOffence: event.suspectedOffence,
              facts: event.facts,
              team: event.team,
              rulebook: state.rulebook,
            },
          },
        ],
      });
    }
  }
}
