import { continueAsNew, patched } from '@temporalio/workflow';
import {
  applyCaseEvent,
  decide,
  dueClockEvents,
  nextClockInstant,
  scheduledTasks,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  ENFORCEMENT_PROCEDURE,
} from '@safecase/domain';
import {
  caseCommand,
  caseStateQuery,
  caseSynced,
  type EnforcementCaseInput,
} from './enforcement-case.messages';
import { procedureFinished } from './procedure.messages';
import { procedureActivities, runProcedure } from './procedure-runtime';
import { onSignal, type ProcedureModel } from './procedure-model';
import { startSubProcedures } from './sub-procedures';

/**
 * 安全生产执法案件: inspection → order to rectify → re-inspection → closed out, or escalation to
 * compulsory measures (行政强制法 第18–28条, 安全生产法 第65、70条), a penalty procedure and a transfer
 * to the judiciary (child workflows). docs/domain.md §3.
 *
 * The rules are in libs/domain (`decide`, `applyCaseEvent`, the task schedule); the shared procedure
 * runtime orchestrates: human decisions arrive as Updates checked by a synchronous validator, time
 * passes on one durable timer set to the next reminder, due time or rung, and every change reaches
 * PostgreSQL through the idempotent `projectProcedure` activity (`projectCase` in histories from
 * before it served every procedure), in order.
 */

/** Runs from before the check of transfers started from its penalty cases replay without its activity. */
const CLOSE_TRANSFER_CHECK = 'case-close-penalty-transfer-check';

function model(input: EnforcementCaseInput): ProcedureModel<CaseState, CaseEvent, CaseCommand> {
  return {
    apply: applyCaseEvent,
    definition: ENFORCEMENT_PROCEDURE,
    decide: (s, c, actor, now) => decide(s, c, actor, now),
    decideWithoutCalendar: true,
    tasks: scheduledTasks,
    clockEvents: dueClockEvents,
    nextInstant: nextClockInstant,
    finished: (s) => s.stage === 'closed',
    calendarReloaded: (years, at) => ({ type: 'calendar_reloaded', years, at }),
    record: (s) => ({
      kind: 'enforcement',
      id: input.caseId,
      agencyId: s.agencyId,
      regionCode: s.regionCode,
      stage: s.stage,
      seq: s.seq,
      // The rules' text stays in the workflow: the read model keeps the version (as for every procedure).
      state: { ...s, rulebook: { version: s.rulebook.version } },
    }),
    prepare: [
      // A transfer started from one of the case's penalty cases lives in no child of this workflow: the
      // read model is asked right before closing (行政处罚法 第27条).
      async (s, command) => {
        if (command.type !== 'close_case' || !patched(CLOSE_TRANSFER_CHECK)) return command;
        const open = await procedureActivities.openTransfersOnSameFacts({ caseId: s.caseId, penaltyId: '' });
        const own = new Set((s.procedures ?? []).map((p) => p.id));
        return { ...command, openTransfers: open.filter((id) => !own.has(id)) };
      },
    ],
    afterCommand: [],
    onStart: [],
    // A supervisor taking up a penalty proposal, or officers reporting a transfer, start a child.
    afterProjection: [(s, events) => startSubProcedures(s, events, input.searchAttributes)],
  };
}

export async function enforcementCaseWorkflow(input: EnforcementCaseInput): Promise<void> {
  const { openedBy, searchAttributes, continueAsNewAfterEvents, resume, calendar, ...opening } = input;
  const opened: CaseEvent = {
    type: 'case_opened',
    at: Date.now(),
    by: { userId: openedBy.userId, username: openedBy.username, role: 'officer' },
    ...opening,
  };
  await runProcedure(model(input), {
    // A continued run starts from the state its predecessor projected; only a new case records its opening.
    opening: [opened],
    resume: resume?.state,
    commandUpdate: caseCommand,
    syncedUpdate: caseSynced,
    stateQuery: caseStateQuery,
    searchAttributes,
    continueAsNewAfterEvents,
    calendar,
    // The next run plans from the calendar table: the starter's copy may be out of date by then.
    continueAsNew: (state) =>
      continueAsNew<typeof enforcementCaseWorkflow>({ ...input, calendar: undefined, resume: { state } }),
    signals: [
      onSignal(procedureFinished, (_s, { kind, id, outcome }): CaseEvent[] => [
        {
          type: 'procedure_finished',
          kind: kind === 'transfer' ? 'transfer' : 'penalty',
          id,
          outcome,
          at: Date.now(),
        },
      ]),
    ],
  });
}
