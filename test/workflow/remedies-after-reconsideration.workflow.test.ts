import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  RULEBOOK_2026_V1,
  addDays,
  addMonths,
  chinaDateOf,
  remediesCloseOn,
  endOfChinaDay,
  startOfChinaDay,
  type CaseActor,
  type CaseOfficer,
  type PenaltyCommand,
} from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import { penaltyCommand, penaltyStateQuery, type penaltyProcedureWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { timeSkippingSuite } from '../support/time-skipping';

/**
 * Issue #13 item 4 on the worker: after a 复议 decision the party has 15 days to sue (行政诉讼法 第45条),
 * not the 6 months from service (第46条). A ¥10,000 fine is served; the party applies for
 * reconsideration a working day later; the decision upholding it is received a week after that. The
 * remedies close on the 15th day (rolled past rest days); a suit on the day after is refused.
 */
describe('the lawsuit window after a reconsideration decision (time-skipping)', () => {
  const suite = timeSkippingSuite();
  let officer1: CaseOfficer & CaseActor;
  let officer2: CaseOfficer & CaseActor;
  let supervisor: CaseActor;

  beforeAll(async () => {
    officer1 = await suite.user('nc.officer1');
    officer2 = await suite.user('nc.officer2');
    supervisor = await suite.user('nc.supervisor');
  });

  /** 10:00 China time of the first working day at least `days` calendar days ahead. */
  async function workingDayAfter(days: number): Promise<string> {
    let d = chinaDateOf((await suite.env.currentTimeMs()) + days * 86_400_000);
    while (!suite.calendar.isWorkingDay(d)) d = chinaDateOf(startOfChinaDay(d) + 36 * 3600_000);
    await suite.sleepUntil(startOfChinaDay(d) + 10 * 3600_000);
    return d;
  }

  it('closes the remedies 15 days after the reconsideration decision, on the workflow', async () => {
    await workingDayAfter(0);
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
              facts: '未如实记录隐患排查治理情况',
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
    const fine = {
      sanctions: ['fine' as const],
      fineFen: 1_000_000,
      facts: '未如实记录隐患排查治理情况',
      legalBasis: '安全生产法 第101条',
    };
    await act(supervisor, { type: 'decide_filing', approve: true, note: '同意立案' });
    await act(officer1, { type: 'serve_notice', servedOn: await suite.today(), ...fine });
    const noticed = await handle.query(penaltyStateQuery);
    await suite.sleepUntil(endOfChinaDay(noticed.notice!.defenceEnds) + 10 * 3600_000);
    await act(officer2, { type: 'submit_for_decision' });
    await act(supervisor, { type: 'decide_penalty', ...fine });
    const servedOn = await suite.today();
    await act(officer1, { type: 'record_service', servedOn, method: 'direct' });
    await act(officer1, { type: 'record_publication', publishedOn: servedOn });

    const filedOn = await workingDayAfter(1);
    await act(officer1, { type: 'record_remedy', kind: 'reconsideration', filedOn });
    const endedOn = await workingDayAfter(7);
    await act(officer1, {
      type: 'record_remedy_outcome',
      kind: 'reconsideration',
      endedOn,
      outcome: 'upheld',
    });
    const s = await handle.query(penaltyStateQuery);
    const closes = remediesCloseOn(suite.calendar, RULEBOOK_2026_V1, servedOn, s.remedies)!;
    // 15 days from the decision's receipt (rolled past rest days, a party-side period), never the
    // six months from service.
    expect(closes >= addDays(endedOn, 15)).toBe(true);
    expect(closes <= addDays(endedOn, 15 + 9)).toBe(true);
    expect(closes < addMonths(servedOn, 6)).toBe(true);

    // The day after the window, a suit is refused (it would be in time under the six months).
    const dayAfter = addDays(closes, 1);
    await suite.sleepUntil(startOfChinaDay(dayAfter) + 10 * 3600_000);
    const late = await act(officer1, { type: 'record_remedy', kind: 'lawsuit', filedOn: dayAfter }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(late).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((late as WorkflowUpdateFailedError).cause?.message)).toContain(
      `the lawsuit window closed on ${closes}`,
    );
    expect((await handle.query(penaltyStateQuery)).remedies).toHaveLength(1);
    await handle.terminate('done');
  });
});
