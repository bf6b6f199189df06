import { WorkflowUpdateFailedError } from '@temporalio/client';
import { endOfChinaDay, type CaseActor, type CaseOfficer } from '@safecase/domain';
import { penaltyStateQuery } from '@safecase/workflows';
import { eventually } from '../support/cases';
import { servedFineOnWorker, workingDayAfter } from '../support/penalty-on-worker';
import { timeSkippingSuite } from '../support/time-skipping';

/**
 * Issue #13 item 6 on the worker: a daily continuing fine (安全生产法 第112条) is a penalty of its own.
 * After a ¥10,000 fine and its order to correct are served, nothing is imposed on the head's word
 * alone: the re-inspection's finding of refusal comes first, then the notice (served, with its
 * service record), then the statement and defence period and, the total being a large fine, the
 * hearing-request period (行政处罚法 第44–45条, 第63条); only after them does the head impose it.
 */
describe('a continuing fine on the penalty workflow (time-skipping)', () => {
  const suite = timeSkippingSuite();
  let officer1: CaseOfficer & CaseActor;
  let officer2: CaseOfficer & CaseActor;
  let supervisor: CaseActor;
  let head: CaseActor;

  beforeAll(async () => {
    officer1 = await suite.user('nc.officer1');
    officer2 = await suite.user('nc.officer2');
    supervisor = await suite.user('nc.supervisor');
    head = await suite.user('nc.head');
  });

  const refused = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(WorkflowUpdateFailedError);

  it('imposes it only after the refusal finding, the served notice and the party’s periods', async () => {
    const {
      penaltyId,
      handle,
      act,
      servedOn: orderedOn,
    } = await servedFineOnWorker(
      suite,
      { officer1, officer2, supervisor },
      '未设置安全警示标志',
      '安全生产法 第99条',
    );

    // One approval alone imposes nothing: the re-inspection finding comes first.
    await refused(act(head, { type: 'impose_continuing_fine' }));
    const reinspectedOn = await workingDayAfter(suite, 7);
    await act(officer1, {
      type: 'record_correction_refusal',
      correctionOrderedOn: orderedOn,
      reinspectedOn,
      finding: '复查发现仍未设置安全警示标志',
    });
    // Then the notice: without it, still nothing.
    await refused(act(head, { type: 'impose_continuing_fine' }));
    await act(officer1, {
      type: 'serve_continuing_fine_notice',
      asOf: reinspectedOn,
      service: { method: 'direct', receiver: '王五（总经理）', servedAt: await suite.env.currentTimeMs() },
    });
    const notice = await handle.query(penaltyStateQuery);
    expect(notice.documents.map((d) => d.type)).toContain('continuing_fine_notice');
    const n = notice.continuingFine!.notice!;
    expect(n.asOf).toBe(reinspectedOn);
    expect(n.days).toBeGreaterThanOrEqual(7);
    expect(n.totalFen).toBe(n.days * 1_000_000);
    // ¥70,000 or more is a large fine for a unit: the party may ask for a hearing.
    expect(n.hearingRight).toBe(true);
    await eventually(async () => {
      const rows = await suite.own.db.query<{ kind: string }[]>(
        'SELECT kind FROM case_task WHERE case_id = $1',
        [penaltyId],
      );
      expect(rows.map((r) => r.kind)).toContain('impose_continuing_fine');
    });

    // Not during the defence period, nor while a hearing may still be requested.
    await refused(act(head, { type: 'impose_continuing_fine' }));
    await suite.sleepUntil(endOfChinaDay(n.defenceEnds) + 10 * 3600_000);
    if (n.hearingRequestEnds && n.hearingRequestEnds > (await suite.today()))
      await refused(act(head, { type: 'impose_continuing_fine' }));
    await suite.sleepUntil(endOfChinaDay(n.hearingRequestEnds ?? n.defenceEnds) + 10 * 3600_000);
    await act(head, { type: 'impose_continuing_fine' });
    const imposed = await handle.query(penaltyStateQuery);
    expect(imposed.documents.map((d) => d.type)).toContain('continuing_fine_decision');
    expect(imposed.continuingFines).toEqual([
      { correctionOrderedOn: orderedOn, asOf: reinspectedOn, days: n.days, totalFen: n.totalFen },
    ]);
    expect(imposed.continuingFine).toBeNull();
    await handle.terminate('done');
  });
});
