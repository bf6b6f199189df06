import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  RULEBOOK_2026_V1,
  addDays,
  addMonths,
  remediesCloseOn,
  startOfChinaDay,
  type CaseActor,
  type CaseOfficer,
} from '@safecase/domain';
import { penaltyStateQuery } from '@safecase/workflows';
import { servedFineOnWorker, workingDayAfter } from '../support/penalty-on-worker';
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

  it('closes the remedies 15 days after the reconsideration decision, on the workflow', async () => {
    const { handle, act, servedOn } = await servedFineOnWorker(
      suite,
      { officer1, officer2, supervisor },
      '未如实记录隐患排查治理情况',
      '安全生产法 第101条',
    );
    await act(officer1, { type: 'record_publication', publishedOn: servedOn });

    const filedOn = await workingDayAfter(suite, 1);
    await act(officer1, { type: 'record_remedy', kind: 'reconsideration', filedOn });
    const endedOn = await workingDayAfter(suite, 7);
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
