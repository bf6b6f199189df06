import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  addDays,
  chinaDateOf,
  firstDaytimeWorkingInstant,
  RULEBOOK_2026_V1,
  scheduledTasks,
  startOfChinaDay,
  WorkCalendar,
  type CaseActor,
  type CaseCommand,
  type CaseOfficer,
  type IsoDate,
} from '@safecase/domain';
import { caseStateQuery } from '@safecase/workflows';
import { demoActor, eventually, startCase } from '../support/cases';
import { timeSkippingSuite } from '../support/time-skipping';
import { recordHistory } from '../support/histories';

/**
 * The enforcement case on the time-skipping server: real timers, real PostgreSQL, skipped time. The
 * server starts at today's date and cannot go back, so the holiday crossed here is the New Year after
 * the current one, whose arrangement this test loads into a database of its own (the exact 2026
 * National Day dates are pinned by the domain scenario specs).
 */

describe('enforcementCaseWorkflow (time-skipping)', () => {
  const suite = timeSkippingSuite();
  let calendar: WorkCalendar;
  let officer1: CaseOfficer & CaseActor;
  let officer2: CaseOfficer & CaseActor;
  let head: CaseActor;
  const sleepUntil = (instant: number) => suite.sleepUntil(instant);

  beforeAll(async () => {
    calendar = suite.calendar;
    officer1 = await suite.user('nc.officer1');
    officer2 = await suite.user('nc.officer2');
    head = await suite.user('nc.head');
  });

  const openCase = () => startCase(suite.env.client, suite.taskQueue, officer1);

  const inspection = (when: number): CaseCommand => ({
    type: 'record_inspection',
    officers: [officer1, officer2],
    inspectedAt: when,
    place: '储罐区',
    findings: [
      {
        description: '可燃气体报警装置失效',
        severity: 'major',
        legalBasis: '安全生产法 第36条',
        evidence: [{ kind: 'photo', name: 'alarm.jpg', sha256: 'b'.repeat(64) }],
      },
    ],
    unitRefusedToSign: false,
    refusalNote: null,
  });

  const taskRow = (caseId: string) =>
    suite.own.db.query<
      {
        task_key: string;
        reminded: boolean;
        overdue: boolean;
        escalation_level: number;
        escalated_to: string | null;
        due_at: Date;
      }[]
    >('SELECT * FROM case_task WHERE case_id = $1 AND kind = $2', [caseId, 'reinspect']);
  // The case's own entries: the printer's `document.rendered` lands whenever a print finishes.
  const auditActions = async (caseId: string) =>
    (
      await suite.own.db.query<{ action: string }[]>(
        "SELECT action FROM audit_entry WHERE case_id = $1 AND action LIKE 'case.%' ORDER BY id",
        [caseId],
      )
    ).map((r) => r.action);

  it('missed re-inspection across the New Year: reminder, overdue, supervisor, head — each at its instant', async () => {
    // Open on 10 December; the rectification deadline is 22 December, so the 10-day re-inspection
    // window ends on 1 January, a holiday. The re-inspection is the agency's limit (docs/domain.md
    // §2.4): due on that un-rolled day, acted on by the working day before it, the rolled end beside it.
    const now = await suite.env.currentTimeMs();
    let year = Number(chinaDateOf(now).slice(0, 4));
    if (chinaDateOf(now) >= `${year}-12-10`) year += 1;
    await sleepUntil(startOfChinaDay(`${year}-12-10`) + 9 * 3600_000);
    const { caseId, handle, send } = await openCase();

    const inspected = await send(officer1, inspection(await suite.env.currentTimeMs()));
    expect(inspected.documents[0]?.number).toMatch(/^洪应急检记〔\d{4}〕\d+号$/);
    const ordered = await send(officer2, {
      type: 'issue_order',
      deadline: `${year}-12-22`,
      instructions: '立即整改',
      correctedOnSite: [],
    });
    expect(ordered.documents[0]?.number).toMatch(/^洪应急责改〔\d{4}〕\d+号$/);

    const [task] = scheduledTasks(await handle.query(caseStateQuery), calendar);
    const dueDate = task!.dueDate as IsoDate;
    expect(dueDate).toBe(`${year + 1}-01-01`);
    expect(calendar.isWorkingDay(dueDate)).toBe(false);
    const actBy = task!.actBy as IsoDate;
    expect(actBy < dueDate && calendar.isWorkingDay(actBy)).toBe(true);
    for (let d = addDays(actBy, 1); d < dueDate; d = addDays(d, 1))
      expect(calendar.isWorkingDay(d)).toBe(false);
    const rolledEnd = task!.rolledEnd as IsoDate;
    expect(rolledEnd > `${year + 1}-01-01` && calendar.isWorkingDay(rolledEnd)).toBe(true);
    expect(calendar.isWorkingDay(addDays(rolledEnd, -1))).toBe(false);
    const [remindAt, dueAt, supervisorAt, headAt] = [
      task!.remindAt!,
      task!.dueAt!,
      ...task!.escalateAt,
    ] as number[];

    const marks = async () => {
      const [row] = await taskRow(caseId);
      return (
        row && {
          reminded: row.reminded,
          overdue: row.overdue,
          level: row.escalation_level,
          to: row.escalated_to,
        }
      );
    };
    await sleepUntil(remindAt! - 60_000);
    expect(await marks()).toEqual({ reminded: false, overdue: false, level: 0, to: null });
    await sleepUntil(remindAt! + 1);
    await eventually(async () =>
      expect(await marks()).toEqual({ reminded: true, overdue: false, level: 0, to: null }),
    );
    await sleepUntil(dueAt! - 60_000);
    expect((await marks())?.overdue).toBe(false);
    await sleepUntil(dueAt! + 1);
    await eventually(async () =>
      expect(await marks()).toEqual({ reminded: true, overdue: true, level: 0, to: null }),
    );
    await sleepUntil(supervisorAt! + 1);
    await eventually(async () => expect(await marks()).toMatchObject({ level: 1, to: 'supervisor' }));
    await sleepUntil(headAt! - 60_000);
    expect((await marks())?.level).toBe(1);
    await sleepUntil(headAt! + 1);
    await eventually(async () => expect(await marks()).toMatchObject({ level: 2, to: 'head' }));

    expect(await auditActions(caseId)).toEqual([
      'case.case_opened',
      'case.inspection_recorded',
      'case.order_issued',
      'case.task_reminded',
      'case.task_overdue',
      'case.task_escalated',
      'case.task_escalated',
    ]);

    const notes = await suite.own.db.query<{ reason: string }[]>(
      `SELECT reason FROM audit_entry WHERE case_id = $1 AND outcome = 'automatic' AND action LIKE 'case.task_%' ORDER BY id`,
      [caseId],
    );
    expect(notes.map((n) => n.reason.split(':')[0])).toEqual([
      'reminder',
      'overdue',
      'escalated',
      'escalated',
    ]);
    expect(notes.at(-1)?.reason).toMatch(/to head \(rung 2\)$/);

    // Then the officer re-inspects: not rectified, the case escalates and waits for a proposal.
    const reinspected = await send(officer1, {
      type: 'record_reinspection',
      results: [{ dangerId: 'D1', rectified: false, note: '未整改' }],
    });
    expect(reinspected.stage).toBe('escalated');
    if (process.env.RECORD_HISTORIES === '1') {
      // Recorded once projections went through `projectProcedure`; the older ladder keeps `projectCase`.
      recordHistory('enforcement-case-ladder-one-projection', await handle.fetchHistory());
    }
  });

  it('an emergency suspension the head disagrees with is lifted at once, with a numbered lifting document', async () => {
    const { caseId, send, handle } = await openCase();
    const now = await suite.env.currentTimeMs();
    await send(officer1, inspection(now));
    const taken = await send(officer1, {
      type: 'take_emergency_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: '气体泄漏',
      takenAt: now,
    });
    expect(taken.documents.map((d) => d.type)).toEqual(['emergency_measure_record']);
    await suite.env.sleep('3 hours');
    const lifted = await send(head, {
      type: 'decide_measure',
      measureId: 'M1',
      approve: false,
      note: '不必停产',
    });
    expect(lifted.documents[0]?.number).toMatch(/^洪应急解除〔\d{4}〕\d+号$/);
    const state = await handle.query(caseStateQuery);
    expect(state.measures[0]).toMatchObject({ status: 'lifted' });
    const rows = await suite.own.db.query<{ kind: string }[]>(
      'SELECT kind FROM case_task WHERE case_id = $1',
      [caseId],
    );
    expect(rows.map((r) => r.kind)).toEqual(['issue_order']);
    if (process.env.RECORD_HISTORIES === '1') {
      recordHistory('enforcement-case-emergency-rejected', await handle.fetchHistory());
    }
  });

  it('a power cut-off after a refused suspension takes effect when the 24 hours of notice run out', async () => {
    const { send, handle } = await openCase();
    const supervisor = await demoActor(suite.own.db, 'nc.supervisor');
    await send(officer1, inspection(await suite.env.currentTimeMs()));
    await send(officer1, {
      type: 'propose_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: '重大隐患',
      residentialSupply: false,
    });
    await send(supervisor, { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意' });
    await send(officer1, { type: 'record_unit_refusal', measureId: 'M1', note: '拒不停产' });
    await send(officer2, {
      type: 'propose_measure',
      kind: 'power_cutoff',
      dangerIds: ['D1'],
      reason: '拒不执行停产决定',
      residentialSupply: false,
    });
    const approved = await send(head, {
      type: 'decide_measure',
      measureId: 'M2',
      approve: true,
      note: '书面通知已送达',
    });
    expect(approved.documents[0]?.number).toMatch(/^洪应急停供〔\d{4}〕\d+号$/);
    const approvedAt = await suite.env.currentTimeMs();
    expect((await handle.query(caseStateQuery)).measures[1]).toMatchObject({
      status: 'noticed',
      noticeUntil: null,
    });
    // 24 hours after the approval nothing happens: the notice has not been served.
    await sleepUntil(approvedAt + 25 * 3600_000);
    expect((await handle.query(caseStateQuery)).measures[1]?.status).toBe('noticed');
    // Served now: the 24 hours run from here, then past any night or rest day (行政强制法 第43条).
    const servedAt = await suite.env.currentTimeMs();
    await send(officer1, {
      type: 'record_service',
      documentKey: 'cutoff_notice:M2',
      service: { method: 'direct', receiver: '王五（总经理）', servedAt },
    });
    const noticed = (await handle.query(caseStateQuery)).measures[1]!;
    expect(noticed.noticeUntil).toBe(servedAt + 24 * 3600_000);
    const effective = firstDaytimeWorkingInstant(noticed.noticeUntil!, calendar, RULEBOOK_2026_V1);
    await sleepUntil(effective - 60_000);
    expect((await handle.query(caseStateQuery)).measures[1]?.status).toBe('noticed');
    await sleepUntil(effective + 1);
    await eventually(async () =>
      expect((await handle.query(caseStateQuery)).measures[1]).toMatchObject({
        status: 'in_force',
        effectiveAt: expect.any(Number),
      }),
    );
    const state = await handle.query(caseStateQuery);
    expect(state.measures[1]!.effectiveAt).toBeGreaterThanOrEqual(effective);
  });

  it('an emergency seizure left unconfirmed for 24 hours is flagged and goes to the head; confirmed late', async () => {
    const { caseId, send, handle } = await openCase();
    await send(officer1, inspection(await suite.env.currentTimeMs()));
    const takenAt = (await suite.env.currentTimeMs()) - 60_000;
    const taken = await send(officer1, {
      type: 'take_emergency_measure',
      kind: 'seal_seize',
      dangerIds: ['D1'],
      reason: '气瓶泄漏',
      takenAt,
      inventory: [{ item: '液化气钢瓶', quantity: '12 个' }],
    });
    expect(taken.documents.map((d) => d.type)).toEqual([
      'emergency_measure_record',
      'seizure_decision',
      'seizure_inventory',
    ]);
    await sleepUntil(takenAt + 24 * 3600_000 + 1000);
    await eventually(async () =>
      expect((await handle.query(caseStateQuery)).measures[0]?.confirmation?.flaggedAt).toEqual(
        expect.any(Number),
      ),
    );
    const review = await eventually(async () => {
      const [row] = await suite.own.db.query<{ assignee_role: string; overdue: boolean }[]>(
        'SELECT assignee_role, overdue FROM case_task WHERE case_id = $1 AND kind = $2',
        [caseId, 'review_emergency_measure'],
      );
      expect(row).toMatchObject({ assignee_role: 'head' });
      return row;
    });
    expect(review?.overdue).toBe(true);
    // 行政强制法 第18条: confirmed only once its on-site record is made.
    const record = {
      type: 'record_measure_procedure' as const,
      measureId: 'M1',
      onSiteRecordAt: takenAt + 30_000,
      partySigned: true,
      refusalNote: null,
      informed: true,
      statement: '无异议',
      statementWaived: false,
    };
    await send(officer1, record);
    await send(head, { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意扣押' });
    expect((await handle.query(caseStateQuery)).measures[0]).toMatchObject({
      status: 'in_force',
      confirmation: { late: true },
    });
    expect(await auditActions(caseId)).toContain('case.emergency_confirmation_overdue');
  });

  it('continues as new when its history grows long, losing and repeating no update sent meanwhile', async () => {
    const { caseId, handle, send } = await startCase(suite.env.client, suite.taskQueue, officer1, {
      continueAsNewAfterEvents: 40,
    });
    const firstRun = (await handle.describe()).runId;
    await send(officer1, inspection(await suite.env.currentTimeMs()));
    const take = (n: number) =>
      send(officer1, {
        type: 'take_emergency_measure',
        kind: 'stop_equipment',
        dangerIds: ['D1'],
        reason: `设备${n}`,
        takenAt: Date.now() - 60_000,
      });
    for (let n = 1; n <= 4; n += 1) await take(n);
    // Ten more at once: some reach the old run as it closes, some the new one.
    await Promise.all(Array.from({ length: 10 }, (_, i) => take(5 + i)));
    for (let n = 15; n <= 18; n += 1) await take(n);

    const state = await handle.query(caseStateQuery);
    // Each of the 18 exactly once.
    expect(state.measures.map((m) => m.reason).sort()).toEqual(
      Array.from({ length: 18 }, (_, i) => `设备${i + 1}`).sort(),
    );
    expect((await handle.describe()).runId).not.toBe(firstRun);
    // The read model catches up with the workflow (a clock mark may still be on its way there), and
    // holds every event once, with no gap.
    const projected = await eventually(async () => {
      const [row] = await suite.own.db.query<{ seq: number }[]>(
        'SELECT seq FROM enforcement_case WHERE id = $1',
        [caseId],
      );
      expect(row?.seq).toBeGreaterThanOrEqual(state.seq);
      return row!.seq;
    });
    const events = await suite.own.db.query<{ seq: number }[]>(
      'SELECT seq FROM case_event WHERE case_id = $1 ORDER BY seq',
      [caseId],
    );
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: projected }, (_, i) => i + 1));
  });

  it('a refused action changes nothing: typed code, same state, no event, no audit entry', async () => {
    const { caseId, send, handle } = await openCase();
    const before = await handle.query(caseStateQuery);
    const events = async () =>
      (
        await suite.own.db.query<{ n: string }[]>('SELECT count(*) AS n FROM case_event WHERE case_id = $1', [
          caseId,
        ])
      )[0]?.n;
    const count = await events();
    const attempt = send(officer1, {
      type: 'issue_order',
      deadline: '2099-01-01',
      instructions: 'x',
      correctedOnSite: [],
    });
    await expect(attempt).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(attempt).rejects.toMatchObject({ cause: { type: 'case.wrong_stage' } });
    const alone = { ...inspection(await suite.env.currentTimeMs()), officers: [officer1] } as CaseCommand;
    await expect(send(officer1, alone)).rejects.toMatchObject({ cause: { type: 'case.invalid' } });
    await expect(send(head, inspection(await suite.env.currentTimeMs()))).rejects.toMatchObject({
      cause: { type: 'auth.forbidden' },
    });
    expect(await handle.query(caseStateQuery)).toEqual(before);
    expect(await events()).toBe(count);
  });
});
