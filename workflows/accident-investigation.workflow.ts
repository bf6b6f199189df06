import {
  continueAsNew,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  startChild,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  applyAccidentEvent,
  classify,
  decideAccident,
  dueAccidentClockEvents,
  nextAccidentClockInstant,
  scheduledAccidentTasks,
  type AccidentCommand,
  type AccidentEvent,
  type AccidentState,
  workflowIds,
} from '@safecase/domain';
import { accidentCommand, accidentStateQuery, itemReferred, type AccidentInput } from './accident.messages';
import type { penaltyProcedureWorkflow } from './penalty-procedure.workflow';
import { procedureFinished } from './procedure.messages';
import { onSignal, runProcedure, type ProcedureModel } from './procedure-runtime';
import type { rectificationItemWorkflow } from './rectification-item.workflow';

/**
 * 生产安全事故调查处理 (国务院令第493号; 安全生产法 第83–86条), docs/domain.md §4: the accident graded at
 * intake, re-graded by casualty changes, investigated (report 60 days, approval 15 / 30), published,
 * its rectification items supervised as child workflows, and evaluated within a year. A late report
 * opens a penalty case against the unit. Runs for more than a year: continues as new when long.
 */
function model(input: AccidentInput): ProcedureModel<AccidentState, AccidentEvent, AccidentCommand> {
  const parentWorkflowId = () => workflowInfo().workflowId;
  return {
    apply: applyAccidentEvent,
    decide: (s, c, actor, now) => decideAccident(s, c, actor, now),
    tasks: scheduledAccidentTasks,
    clockEvents: dueAccidentClockEvents,
    nextInstant: nextAccidentClockInstant,
    finished: (s) => s.stage === 'closed',
    calendarReloaded: (years, at) => ({ type: 'calendar_reloaded', years, at }),
    record: (s) => ({
      kind: 'accident',
      id: s.accidentId,
      caseId: null,
      parentId: null,
      agencyId: s.agencyId,
      regionCode: s.regionCode,
      docPrefix: s.docPrefix,
      stage: s.stage,
      title: s.summary,
      partyName: s.unit.name,
      creditCode: s.unit.creditCode,
      handlers: s.handlers,
      openedAt: s.reportedAt,
      closedAt: s.closedAt,
      seq: s.seq,
      state: { ...s, rulebook: { version: s.rulebook.version } },
    }),
    // 迟报 is a violation of its own (安全生产法 第110条): a penalty case against the unit, on its own.
    async onStart(s) {
      if (!s.lateReport) return [];
      const penaltyId = uuid4();
      await startChild<typeof penaltyProcedureWorkflow>('penaltyProcedureWorkflow', {
        workflowId: workflowIds.penalty(penaltyId),
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [
          {
            parentWorkflowId: parentWorkflowId(),
            searchAttributes: input.searchAttributes,
            opening: {
              penaltyId,
              caseId: null,
              accidentId: s.accidentId,
              agencyId: s.agencyId,
              regionCode: s.regionCode,
              docPrefix: s.docPrefix,
              party: 'unit',
              partyName: s.unit.name,
              creditCode: s.unit.creditCode,
              facts: `事故迟报: occurred ${new Date(s.occurredAt).toISOString()}, reported ${new Date(s.reportedAt).toISOString()} (国务院令第493号 第9条, 第35条)`,
              majorHiddenDanger: false,
              rulebook: s.rulebook,
            },
            proposedBy: input.reportedBy,
            handlers: [],
          },
        ],
      });
      return [{ type: 'late_report_penalty_opened', penaltyId, at: Date.now() }];
    },
    async afterCommand(s, events) {
      for (const e of events) {
        if (e.type === 'rectification_item_added') {
          await startChild<typeof rectificationItemWorkflow>('rectificationItemWorkflow', {
            workflowId: workflowIds.rectificationItem(e.item.itemId),
            parentClosePolicy: ParentClosePolicy.ABANDON,
            args: [
              {
                parentWorkflowId: parentWorkflowId(),
                searchAttributes: input.searchAttributes,
                openedBy: { userId: e.by!.userId, username: e.by!.username },
                opening: {
                  itemId: e.item.itemId,
                  accidentId: s.accidentId,
                  agencyId: s.agencyId,
                  regionCode: s.regionCode,
                  docPrefix: s.docPrefix,
                  measure: e.item.measure,
                  responsibleUnit: e.item.responsibleUnit,
                  creditCode: e.item.creditCode,
                  deadline: e.item.deadline,
                  rulebook: s.rulebook,
                },
              },
            ],
          });
        }
        if (e.type === 'evaluation_recorded') {
          for (const itemId of e.referred) {
            await getExternalWorkflowHandle(workflowIds.rectificationItem(itemId)).signal(itemReferred, {
              note: `still open at the evaluation of ${e.evaluatedOn}: referred for accountability`,
            });
          }
        }
      }
      return [];
    },
  };
}

export async function accidentInvestigationWorkflow(input: AccidentInput): Promise<string> {
  const r = input.reportedBy;
  const final = await runProcedure(model(input), {
    opening: [
      {
        type: 'accident_reported',
        at: Date.now(),
        by: { userId: r.userId, username: r.username, role: 'officer' },
        ...input.opening,
        ...classify(input.opening),
      },
    ],
    resume: input.resume?.state,
    commandUpdate: accidentCommand,
    stateQuery: accidentStateQuery,
    searchAttributes: input.searchAttributes,
    continueAsNewAfterEvents: input.continueAsNewAfterEvents,
    continueAsNew: (state) =>
      continueAsNew<typeof accidentInvestigationWorkflow>({ ...input, resume: { state } }),
    signals: [
      onSignal(procedureFinished, (s, f): AccidentEvent[] =>
        f.kind === 'rectification_item' && s.items.some((i) => i.itemId === f.id && i.status === 'open')
          ? [
              {
                type: 'rectification_item_finished',
                itemId: f.id,
                outcome: f.outcome === 'done' ? 'done' : 'referred',
                at: Date.now(),
              },
            ]
          : [],
      ),
    ],
  });
  return final.stage;
}
