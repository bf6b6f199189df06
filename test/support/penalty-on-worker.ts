import {
  RULEBOOK_2026_V1,
  chinaDateOf,
  endOfChinaDay,
  startOfChinaDay,
  type CaseActor,
  type CaseOfficer,
  type PenaltyCommand,
} from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import { penaltyCommand, penaltyStateQuery, type penaltyProcedureWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import type { TimeSkippingSuite } from './time-skipping';

/** Sleeps to 10:00 China time of the first working day at least `days` calendar days ahead. */
export async function workingDayAfter(suite: TimeSkippingSuite, days: number): Promise<string> {
  let d = chinaDateOf((await suite.env.currentTimeMs()) + days * 86_400_000);
  while (!suite.calendar.isWorkingDay(d)) d = chinaDateOf(startOfChinaDay(d) + 36 * 3600_000);
  await suite.sleepUntil(startOfChinaDay(d) + 10 * 3600_000);
  return d;
}

export interface PenaltyPeople {
  officer1: CaseOfficer & CaseActor;
  officer2: CaseOfficer & CaseActor;
  supervisor: CaseActor;
}

/**
 * A ¥10,000 fine on a unit, walked on the worker from 立案 to its served decision: filed, noticed,
 * past the defence period, decided, and served directly today. Returns the handle, an `act` helper
 * and the day of service.
 */
export async function servedFineOnWorker(
  suite: TimeSkippingSuite,
  people: PenaltyPeople,
  facts: string,
  legalBasis: string,
) {
  const { officer1, officer2, supervisor } = people;
  await workingDayAfter(suite, 0);
  const penaltyId = randomUUID();
  const handle = await suite.env.client.workflow.start<typeof penaltyProcedureWorkflow>(
    'penaltyProcedureWorkflow',
    {
      workflowId: workflowIds.penalty(penaltyId),
      taskQueue: suite.taskQueue,
      args: [
        {
          parentWorkflowId: null,
          searchAttributes: false,
          opening: {
            penaltyId,
            caseId: null,
            agencyId: officer1.agencyId,
            regionCode: '360100',
            docPrefix: '洪应急',
            party: 'unit',
            partyName: '南昌某危化品公司',
            creditCode: null,
            facts,
            majorHiddenDanger: false,
            rulebook: RULEBOOK_2026_V1,
          },
          proposedBy: { userId: officer1.userId, username: officer1.username },
          handlers: [officer2.userId],
        },
      ],
    },
  );
  const act = (actor: CaseActor, command: PenaltyCommand) =>
    handle.executeUpdate(penaltyCommand, { args: [{ actor, command }] });
  const fine = { sanctions: ['fine' as const], fineFen: 1_000_000, facts, legalBasis };
  await act(supervisor, { type: 'decide_filing', approve: true, note: '同意立案' });
  await act(officer1, { type: 'serve_notice', servedOn: await suite.today(), ...fine });
  const noticed = await handle.query(penaltyStateQuery);
  await suite.sleepUntil(endOfChinaDay(noticed.notice!.defenceEnds) + 10 * 3600_000);
  await act(officer2, { type: 'submit_for_decision' });
  await act(supervisor, { type: 'decide_penalty', ...fine });
  const servedOn = await suite.today();
  await act(officer1, { type: 'record_service', servedOn, method: 'direct' });
  return { penaltyId, handle, act, servedOn };
}
