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
  lateReportFacts,
  principalFineRange,
  reportingViolationFacts,
  reportingViolationParties,
  decideAccident,
  dueAccidentClockEvents,
  nextAccidentClockInstant,
  scheduledAccidentTasks,
  type AccidentCommand,
  type AccidentEvent,
  type AccidentState,
  workflowIds,
  ACCIDENT_PROCEDURE,
} from '@safecase/domain';
import { accidentCommand, accidentStateQuery, itemReferred, type AccidentInput } from './accident.messages';
import type { penaltyProcedureWorkflow } from './penalty-procedure.workflow';
import { procedureFinished } from './procedure.messages';
import { runProcedure } from './procedure-runtime';
import { onSignal, type ProcedureModel } from './procedure-model';
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
    definition: ACCIDENT_PROCEDURE,
    decide: (s, c, actor, now) => decideAccident(s, c, actor, now),
    tasks: scheduledAccidentTasks,
    clockEvents: dueAccidentClockEvents,
    nextInstant: nextAccidentClockInstant,
    finished: (s) => s.stage === 'closed',
    decideWithoutCalendar: false,
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
    prepare: [],
    onStart: [
      // 迟报 is the 主要负责人's violation (安全生产法 第110条): a penalty case on that person, on its own.
      async (s) => {
        if (!s.lateReport) return [];
        const penaltyId = uuid4();
        await openPenalty(s, penaltyId, 'principal', lateReportFacts(s));
        return [{ type: 'late_report_penalty_opened', penaltyId, at: Date.now() }];
      },
    ],
    afterCommand: [afterCommand],
    afterProjection: [],
  };

  async function afterCommand(s: AccidentState, events: AccidentEvent[]): Promise<AccidentEvent[]> {
    const opened: AccidentEvent[] = [];
    for (const e of events) {
      // 漏报 / 谎报 / 瞒报: the 主要负责人 (安全生产法 第110条); for 谎报 / 瞒报 the unit (493号令 第36条).
      if (e.type === 'reporting_violation_recorded') {
        for (const against of reportingViolationParties(e.kind)) {
          const penaltyId = uuid4();
          await openPenalty(s, penaltyId, against, reportingViolationFacts(s, e.kind, e.facts, against));
          opened.push({
            type: 'reporting_penalty_opened',
            kind: e.kind,
            penaltyId,
            against,
            at: Date.now(),
          });
        }
      }
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
                // Child input is not compared on replay: older runs simply started without them.
                ...(e.item.summonsPlace ? { summonsPlace: e.item.summonsPlace } : {}),
                ...(e.item.referralAddressee ? { referralAddressee: e.item.referralAddressee } : {}),
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
    return opened;
  }

  /**
   * A penalty case of the accident: on the 主要负责人, an individual fined on last year's income
   * (安全生产法 第110条), or on the unit. An accident recorded before the principal was kept has none
   * on record: its penalty opens against the unit, as it did then.
   */
  async function openPenalty(
    s: AccidentState,
    penaltyId: string,
    against: 'principal' | 'unit',
    facts: string,
  ): Promise<void> {
    const principal = against === 'principal' ? (s.principal ?? null) : null;
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
            ...(principal
              ? {
                  party: 'individual' as const,
                  partyName: principal.name,
                  creditCode: null,
                  individual: { ...principal, unit: { ...s.unit } },
                  incomeFine: principalFineRange(s.rulebook, principal.lastYearIncomeFen),
                }
              : { party: 'unit' as const, partyName: s.unit.name, creditCode: s.unit.creditCode }),
            facts,
            majorHiddenDanger: false,
            rulebook: s.rulebook,
          },
          proposedBy: input.reportedBy,
          handlers: [],
        },
      ],
    });
  }
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
    calendar: input.calendar,
    continueAsNew: (state) =>
      continueAsNew<typeof accidentInvestigationWorkflow>({
        ...input,
        calendar: undefined,
        resume: { state },
      }),
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
