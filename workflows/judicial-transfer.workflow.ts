import { continueAsNew } from '@temporalio/workflow';
import {
  applyTransferEvent,
  decideTransfer,
  dueTransferClockEvents,
  nextTransferClockInstant,
  scheduledTransferTasks,
  type TransferCommand,
  type TransferEvent,
  type TransferState,
  TRANSFER_PROCEDURE,
} from '@safecase/domain';
import { transferCommand, transferStateQuery, type JudicialTransferInput } from './procedure.messages';
import { runProcedure, tellParent } from './procedure-runtime';
import { NO_HOOKS, type ProcedureModel } from './procedure-model';

/**
 * 涉嫌犯罪案件移送 (国务院令第310号; 应急〔2019〕54号), docs/domain.md §3.7: report by a team of two or more →
 * head's decision (3 days) → sent to public security (24 hours) → police decision (3 days) → on
 * refusal, reconsideration (3 + 3 days) and procuratorate supervision (3 days) → handover (3 days).
 * A child of its enforcement case, which stays open (and its measures in force) until this ends.
 */
const model: ProcedureModel<TransferState, TransferEvent, TransferCommand> = {
  apply: applyTransferEvent,
  definition: TRANSFER_PROCEDURE,
  decide: (s, c, actor, now) => decideTransfer(s, c, actor, now),
  tasks: scheduledTransferTasks,
  clockEvents: dueTransferClockEvents,
  nextInstant: nextTransferClockInstant,
  finished: (s) => s.stage === 'closed',
  decideWithoutCalendar: false,
  calendarReloaded: (years, at) => ({ type: 'calendar_reloaded', years, at }),
  record: (s) => ({
    kind: 'transfer',
    id: s.transferId,
    caseId: s.caseId,
    // Started from inside a penalty case: the penalty is its parent record.
    parentId: s.penaltyId ?? null,
    agencyId: s.agencyId,
    regionCode: s.regionCode,
    docPrefix: s.docPrefix,
    stage: s.stage,
    title: s.suspectedOffence,
    partyName: s.enterpriseName,
    creditCode: s.creditCode,
    handlers: s.handlers,
    openedAt: Date.parse(`${s.reportedOn}T00:00:00+08:00`),
    closedAt: s.closedAt,
    seq: s.seq,
    state: { ...s, rulebook: { version: s.rulebook.version } },
  }),
  ...NO_HOOKS,
};

export async function judicialTransferWorkflow(input: JudicialTransferInput): Promise<string> {
  const r = input.reportedBy;
  const opening: TransferEvent[] = [
    {
      type: 'transfer_reported',
      at: Date.now(),
      by: { userId: r.userId, username: r.username, role: 'officer' },
      ...input.opening,
    },
  ];
  const final = await runProcedure(model, {
    opening,
    resume: input.resume?.state,
    commandUpdate: transferCommand,
    stateQuery: transferStateQuery,
    searchAttributes: input.searchAttributes,
    continueAsNewAfterEvents: input.continueAsNewAfterEvents,
    calendar: input.calendar,
    continueAsNew: (state) =>
      continueAsNew<typeof judicialTransferWorkflow>({ ...input, calendar: undefined, resume: { state } }),
  });
  if (input.parentWorkflowId)
    await tellParent(input.parentWorkflowId, {
      kind: 'transfer',
      id: final.transferId,
      outcome: final.outcome ?? 'closed',
    });
  return final.outcome ?? 'closed';
}
