import { continueAsNew, patched } from '@temporalio/workflow';
import {
  applyPenaltyEvent,
  chinaDateOf,
  closureProposalReason,
  decidePenalty,
  duePenaltyClockEvents,
  nextPenaltyClockInstant,
  scheduledPenaltyTasks,
  type PenaltyCommand,
  type PenaltyEvent,
  type PenaltyState,
  PENALTY_PROCEDURE,
} from '@safecase/domain';
import { penaltyCommand, penaltyStateQuery, type PenaltyProcedureInput } from './procedure.messages';
import { procedureActivities, runProcedure, tellParent } from './procedure-runtime';
import { type ProcedureModel } from './procedure-model';

/** Runs from before the transfer check replay without its activity (docs/architecture.md, convention 7). */
const TRANSFER_CHECK = 'penalty-open-transfer-check';

/**
 * A notice giving the right to a hearing (行政处罚法 第63条) is served with its own 听证告知书 (听告).
 * Runs that served their notice before replay it without that document, so their sequence numbers
 * and the documents their answers named stay as recorded.
 */
export const HEARING_RIGHT_NOTICE = 'hearing-right-notice';

/**
 * 行政处罚一般程序 (行政处罚法 第54–67条; 行政强制法 第45、53–54条; 安全生产法 第78、112–113条),
 * docs/domain.md §3.6: 立案 → investigation → notice → hearing → legal review → deliberation → decision →
 * service → publication → payment or demand and court → closing. A child of its enforcement case (or
 * on its own); the rules are `decidePenalty` and the penalty task schedule in libs/domain.
 */
const model: ProcedureModel<PenaltyState, PenaltyEvent, PenaltyCommand> = {
  apply: applyPenaltyEvent,
  definition: PENALTY_PROCEDURE,
  decide: decidePenalty,
  tasks: scheduledPenaltyTasks,
  clockEvents: duePenaltyClockEvents,
  nextInstant: nextPenaltyClockInstant,
  finished: (s) => s.stage === 'closed' || s.stage === 'not_filed',
  decideWithoutCalendar: false,
  calendarReloaded: (years, at) => ({ type: 'calendar_reloaded', years, at }),
  record: (s) => ({
    kind: 'penalty',
    id: s.penaltyId,
    caseId: s.caseId,
    parentId: s.accidentId ?? null,
    agencyId: s.agencyId,
    regionCode: s.regionCode,
    docPrefix: s.docPrefix,
    stage: s.stage,
    title: s.facts,
    partyName: s.partyName,
    creditCode: s.creditCode,
    handlers: s.handlers,
    openedAt: s.openedAt,
    closedAt: s.closedAt,
    seq: s.seq,
    state: { ...s, rulebook: { version: s.rulebook.version } },
  }),
  prepare: [openTransfersBeforeDecision, hearingRightNoticeWithNotice],
  afterCommand: [closureProposalAfterDecision],
  onStart: [],
  afterProjection: [],
};

// 行政处罚法 第27条: no decision while a judicial transfer on the same facts (the same enforcement
// case, or one started from this penalty case) is open. Transfers live in other workflows, so the
// read model is asked right before the decision.
async function openTransfersBeforeDecision(
  s: PenaltyState,
  command: PenaltyCommand,
): Promise<PenaltyCommand> {
  if (command.type !== 'decide_penalty' || !patched(TRANSFER_CHECK)) return command;
  const openTransfers = await procedureActivities.openTransfersOnSameFacts({
    caseId: s.caseId,
    penaltyId: s.penaltyId,
  });
  return { ...command, openTransfers };
}

// The flag is the workflow's to set: whatever a command arrives with, the patch decides.
function hearingRightNoticeWithNotice(_s: PenaltyState, command: PenaltyCommand): Promise<PenaltyCommand> {
  if (command.type !== 'serve_notice' && command.type !== 'serve_continuing_fine_notice')
    return Promise.resolve(command);
  return Promise.resolve({ ...command, hearingRightNotice: patched(HEARING_RIGHT_NOTICE) });
}

// 安全生产法 第113条: a unit with a major hidden danger penalised 3 times in 180 days or 4 times in a
// year is proposed for closure. Counted across cases, so from the read model, once per decision.
async function closureProposalAfterDecision(s: PenaltyState): Promise<PenaltyEvent[]> {
  const decided = s.decision && s.decisionStatus === 'in_force' && !s.closureProposal;
  if (!decided || !s.creditCode || s.documents.at(-1)?.type !== 'penalty_decision') return [];
  const prior = await procedureActivities.priorPenaltyDecisions({
    creditCode: s.creditCode,
    excludeId: s.penaltyId,
  });
  const reason = closureProposalReason(
    {
      penaltyDecisionDates: [...prior, s.decision!.decidedOn],
      hasMajorHiddenDanger: s.majorHiddenDanger,
      refusedSuspension: s.unitRefusedSuspension ?? false,
      grounds: s.closureGrounds ?? [],
    },
    s.rulebook,
  );
  return reason ? [{ type: 'closure_proposal_due', reason, at: Date.now() }] : [];
}

export async function penaltyProcedureWorkflow(input: PenaltyProcedureInput): Promise<string> {
  const at = Date.now();
  const by = (actor: PenaltyProcedureInput['proposedBy'], role: string) => ({
    userId: actor.userId,
    username: actor.username,
    role,
  });
  const opening: PenaltyEvent[] = [
    {
      type: 'penalty_opened',
      at,
      by: by(input.proposedBy, 'officer'),
      ...input.opening,
      proposedBy: input.proposedBy.userId,
      handlers: input.handlers,
    },
  ];
  if (input.filingApprovedBy) {
    const f = input.filingApprovedBy;
    opening.push({
      type: 'filing_decided',
      at,
      by: by(f.actor, f.role),
      approved: true,
      note: f.note,
      complex: false,
      majorPublicInterest: false,
      documents: [{ key: 'filing_approval', type: 'filing_approval' }],
    });
  }
  const final = await runProcedure(model, {
    opening,
    resume: input.resume?.state,
    commandUpdate: penaltyCommand,
    stateQuery: penaltyStateQuery,
    searchAttributes: input.searchAttributes,
    continueAsNewAfterEvents: input.continueAsNewAfterEvents,
    calendar: input.calendar,
    continueAsNew: (state) =>
      continueAsNew<typeof penaltyProcedureWorkflow>({ ...input, calendar: undefined, resume: { state } }),
  });
  if (input.parentWorkflowId)
    await tellParent(input.parentWorkflowId, {
      kind: 'penalty',
      id: final.penaltyId,
      outcome: final.stage === 'not_filed' ? 'not_filed' : `closed ${chinaDateOf(final.closedAt ?? at)}`,
    });
  return final.stage;
}
