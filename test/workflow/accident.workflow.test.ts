import {
  chinaDateOf,
  endOfChinaDay,
  rungDays,
  RULEBOOK_2026_V1,
  startOfChinaDay,
  type AccidentCommand,
  type AccidentOpening,
  type CaseActor,
  type ItemCommand,
} from '@safecase/domain';
import { DEMO_AGENCIES } from '@safecase/persistence';
import { workflowIds } from '@safecase/temporal';
import {
  accidentCommand,
  accidentStateQuery,
  itemCommand,
  itemStateQuery,
  penaltyStateQuery,
  type accidentInvestigationWorkflow,
} from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { eventually } from '../support/cases';
import { timeSkippingSuite } from '../support/time-skipping';
import { recordHistory } from '../support/histories';

/**
 * The accident investigation and its rectification items on the time-skipping server with real
 * PostgreSQL: a late report's penalty, an item climbing the whole ladder at its instants, the
 * evaluation falling due, and a long accident continuing as new while updates and signals arrive.
 */

describe('accident investigation and rectification items (time-skipping)', () => {
  const suite = timeSkippingSuite();
  let officer: CaseActor;
  let supervisor: CaseActor;
  let head: CaseActor;
  const sleepUntil = (instant: number) => suite.sleepUntil(instant);
  const today = () => suite.today();

  beforeAll(async () => {
    officer = await suite.user('nc.officer1');
    supervisor = await suite.user('nc.supervisor');
    head = await suite.user('nc.head');
  });

  async function report(overrides: Partial<AccidentOpening> = {}, continueAsNewAfterEvents?: number) {
    const now = await suite.env.currentTimeMs();
    const accidentId = randomUUID();
    const nanchang = DEMO_AGENCIES[1];
    const handle = await suite.env.client.workflow.start<typeof accidentInvestigationWorkflow>(
      'accidentInvestigationWorkflow',
      {
        workflowId: workflowIds.accident(accidentId),
        taskQueue: suite.taskQueue,
        args: [
          {
            searchAttributes: false,
            continueAsNewAfterEvents,
            reportedBy: { userId: officer.userId, username: officer.username },
            opening: {
              accidentId,
              agencyId: nanchang.id,
              regionCode: nanchang.regionCode,
              docPrefix: nanchang.docPrefix,
              occurredAt: now - 3 * 3600_000,
              reportedAt: now - 2 * 3600_000 + 1,
              unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' },
              location: '360111',
              industry: 'construction',
              category: 'other',
              summary: '脚手架坍塌',
              deaths: 1,
              seriousInjuries: 2,
              directLossYuan: 800_000,
              rulebook: RULEBOOK_2026_V1,
              ...overrides,
            },
          },
        ],
      },
    );
    const act = (actor: CaseActor, command: AccidentCommand) =>
      handle.executeUpdate(accidentCommand, { args: [{ actor, command }] });
    return { accidentId, handle, act };
  }

  /** Through the team, report, approval and publication to the stage where items are added. */
  async function published() {
    const opened = await report({
      reportedAt: (await suite.env.currentTimeMs()) - 3 * 3600_000 + 30 * 60_000,
    });
    const { act } = opened;
    await act(supervisor, { type: 'form_team', leader: '张组长', members: ['李', '王'] });
    await act(officer, { type: 'submit_report', summary: '调查报告' });
    await act(head, { type: 'approve_report', note: '同意' });
    await act(officer, { type: 'record_publication', publishedOn: await today() });
    return opened;
  }

  const principal = {
    name: '王某',
    idNumber: '11010519491231002X',
    position: '总经理',
    lastYearIncomeFen: 36_000_000,
  };

  /** The penalty case a workflow started, once its read model row is there. */
  async function penaltyOf(penaltyId: string) {
    const penalty = suite.env.client.workflow.getHandle(workflowIds.penalty(penaltyId));
    return eventually(async () => {
      const s = await penalty.query(penaltyStateQuery);
      expect(s.stage).toBe('proposed');
      return s;
    });
  }

  it('a late report, counted from the head’s receipt, opens a penalty case on the 主要负责人', async () => {
    const now = await suite.env.currentTimeMs();
    // Happened 5 hours ago, the head heard of it 3 hours ago, the agency 1 hour 50 minutes ago: late
    // by the head's hour (第9条), though the accident's time alone would say so too.
    const { accidentId, handle } = await report({
      occurredAt: now - 5 * 3600_000,
      unitHeadNotifiedAt: now - 3 * 3600_000,
      reportedAt: now - 110 * 60_000,
      principal,
    });
    const state = await eventually(async () => {
      const s = await handle.query(accidentStateQuery);
      expect(s.latePenaltyId).not.toBeNull();
      return s;
    });
    expect(state).toMatchObject({
      lateReport: true,
      lateReportMeasuredFrom: 'unit_head_notified',
      grade: 'GENERAL',
      level: 'county',
    });
    const penalty = await penaltyOf(state.latePenaltyId!);
    expect(penalty).toMatchObject({
      party: 'individual',
      partyName: '王某',
      creditCode: null,
      individual: { ...principal, unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' } },
      // 60–100% of ¥360,000 (安全生产法 第110条), from the rulebook.
      incomeFine: { minFen: 21_600_000, maxFen: 36_000_000, source: '安全生产法 第110条' },
    });
    expect(penalty.facts).toContain('国务院令第493号 第9条');
    expect(penalty.facts).toContain('安全生产法 第110条');
    expect(penalty.facts).not.toContain('第35条');
    await eventually(async () => {
      const rows = await suite.own.db.query<{ kind: string; parent_id: string; party_name: string }[]>(
        'SELECT kind, parent_id, party_name FROM procedure WHERE id = $1',
        [state.latePenaltyId],
      );
      expect(rows).toEqual([{ kind: 'penalty', parent_id: accidentId, party_name: '王某' }]);
    });
  });

  it('a report in time from the head’s receipt opens nothing; 瞒报 found later opens two penalty cases', async () => {
    const now = await suite.env.currentTimeMs();
    // The head heard of it 3 hours after it happened and reported within 40 minutes: in time.
    const { handle, act } = await report({
      occurredAt: now - 4 * 3600_000,
      unitHeadNotifiedAt: now - 3600_000,
      reportedAt: now - 20 * 60_000,
    });
    const opened = await handle.query(accidentStateQuery);
    expect(opened).toMatchObject({ lateReport: false, latePenaltyId: null });
    await act(officer, {
      type: 'record_reporting_violation',
      kind: 'concealment',
      facts: '单位隐瞒一名死亡人员',
      principal,
    });
    const state = await eventually(async () => {
      const s = await handle.query(accidentStateQuery);
      expect(s.reportingViolations[0]?.penalties).toHaveLength(2);
      return s;
    });
    const [onPrincipal, onUnit] = state.reportingViolations[0]!.penalties;
    expect(onPrincipal!.against).toBe('principal');
    expect(await penaltyOf(onPrincipal!.penaltyId)).toMatchObject({ party: 'individual', partyName: '王某' });
    expect(onUnit!.against).toBe('unit');
    const unit = await penaltyOf(onUnit!.penaltyId);
    expect(unit).toMatchObject({ party: 'unit', creditCode: '91110108551385082Q' });
    expect(unit.incomeFine).toBeUndefined();
    expect(unit.facts).toContain('国务院令第493号 第36条');
  });

  it('a technical appraisal stops the 60-day report clock: no overdue while it runs, later due after (第27条)', async () => {
    const now = await suite.env.currentTimeMs();
    const { accidentId, handle, act } = await report({
      occurredAt: now - 2 * 3600_000,
      reportedAt: now - 90 * 60_000,
    });
    await act(supervisor, { type: 'form_team', leader: '张组长', members: ['李'] });
    const row = async () =>
      (
        await suite.own.db.query<{ due_date: string | null; paused: boolean }[]>(
          `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date, paused FROM case_task
           WHERE case_id = $1 AND task_key = 'submit_report'`,
          [accidentId],
        )
      )[0];
    const before = await eventually(async () => {
      const r = await row();
      expect(r?.due_date).toBeTruthy();
      return r!;
    });
    const started = await today();
    await act(officer, { type: 'start_technical_appraisal', on: started, note: '委托鉴定脚手架扣件' });
    await eventually(async () => expect(await row()).toEqual({ due_date: null, paused: true }));
    // Seventy days on, past the 60 and both rungs of the ladder: nothing has fired for the report.
    await sleepUntil(now + 70 * 86_400_000);
    await eventually(async () =>
      expect((await handle.query(accidentStateQuery)).taskMarks['pass_report_up']).toMatchObject({
        overdue: true,
      }),
    );
    // No mark at all: not reminded, not overdue, not escalated.
    expect((await handle.query(accidentStateQuery)).taskMarks['submit_report']).toBeUndefined();
    const ended = await today();
    await act(officer, { type: 'end_technical_appraisal', on: ended });
    const stood = Math.round((Date.parse(ended) - Date.parse(started)) / 86_400_000);
    expect(stood).toBeGreaterThanOrEqual(69);
    const after = await eventually(async () => {
      const r = await row();
      expect(r).toMatchObject({ paused: false });
      expect(r?.due_date).toBeTruthy();
      return r!;
    });
    // The same budget, pushed back by the days it stood still (the end may roll off a rest day).
    const shift = Math.round((Date.parse(after.due_date!) - Date.parse(before.due_date!)) / 86_400_000);
    expect(shift).toBeGreaterThanOrEqual(stood - 3);
    expect(shift).toBeLessThanOrEqual(stood + 3);
  });

  it('an accident entered months late starts its report task at the head: one event, one audit entry', async () => {
    const now = await suite.env.currentTimeMs();
    // Happened 100 days ago: the 60-day report (第29条) is past both rungs of its ladder already.
    const { accidentId, handle } = await report({
      occurredAt: now - 100 * 86_400_000,
      reportedAt: now - 60_000,
    });
    await eventually(async () =>
      expect((await handle.query(accidentStateQuery)).taskMarks['submit_report']).toEqual({
        reminded: false,
        overdue: true,
        escalationLevel: 2,
      }),
    );
    const written = async () => {
      const events = await suite.own.db.query<{ type: string; level: number | null; to: string | null }[]>(
        `SELECT type, (payload->>'level')::int AS level, payload->>'to' AS to FROM case_event
         WHERE case_id = $1 AND payload->>'taskKey' = 'submit_report' ORDER BY seq`,
        [accidentId],
      );
      const audit = await suite.own.db.query<{ action: string }[]>(
        `SELECT action FROM audit_entry WHERE case_id = $1 AND payload->>'taskKey' = 'submit_report' ORDER BY id`,
        [accidentId],
      );
      const tasks = await suite.own.db.query<{ escalation_level: number; escalated_to: string }[]>(
        `SELECT escalation_level, escalated_to FROM case_task WHERE case_id = $1 AND task_key = 'submit_report'`,
        [accidentId],
      );
      return { events, audit: audit.map((a) => a.action), tasks };
    };
    const expected = {
      events: [{ type: 'task_overdue', level: 2, to: 'head' }],
      audit: ['accident.task_overdue'],
      tasks: [{ escalation_level: 2, escalated_to: 'head' }],
    };
    await eventually(async () => expect(await written()).toEqual(expected));
    // Days later nothing more has fired for it: it was already where its lateness put it.
    await sleepUntil(now + 5 * 86_400_000);
    await eventually(async () =>
      expect((await handle.query(accidentStateQuery)).taskMarks['pass_report_up']).toMatchObject({
        overdue: true,
      }),
    );
    expect(await written()).toEqual(expected);
    // New code path, so the history carries its patch marker (running workflows replay the old way).
    const history = await handle.fetchHistory();
    expect(history.events?.some((e) => e.markerRecordedEventAttributes)).toBe(true);
    if (process.env.RECORD_HISTORIES === '1') recordHistory('accident-entered-late', history);
  });

  it('an item left undone climbs reminder → 通报 → 约谈 → 挂牌督办 → 问责, each at its instant with its document', async () => {
    const { handle, act } = await published();
    let deadline = chinaDateOf((await suite.env.currentTimeMs()) + 10 * 86_400_000);
    while (!suite.calendar.isWorkingDay(deadline))
      deadline = chinaDateOf(startOfChinaDay(deadline) + 36 * 3600_000);
    const itemId = randomUUID();
    await act(officer, {
      type: 'add_rectification_item',
      itemId,
      measure: '建立脚手架验收制度',
      responsibleUnit: '南昌某建筑有限公司',
      creditCode: '91110108551385082Q',
      deadline: deadline,
    });
    const item = suite.env.client.workflow.getHandle(workflowIds.rectificationItem(itemId));
    const rungsNow = async () => (await item.query(itemStateQuery)).rungs.map((r) => r.rung);
    await eventually(async () => expect(await rungsNow()).toEqual([]));
    const state = await item.query(itemStateQuery);
    const planned = rungDays(state, suite.calendar);
    expect(planned).toHaveLength(4);
    for (const [i, { on }] of planned.entries()) {
      await sleepUntil(endOfChinaDay(on) - 60_000);
      expect(await rungsNow()).toHaveLength(i);
      await sleepUntil(endOfChinaDay(on) + 1000);
      await eventually(async () => expect(await rungsNow()).toHaveLength(i + 1));
    }
    const final = await item.query(itemStateQuery);
    expect(final.taskMarks[`rectify:${deadline}`]).toMatchObject({ reminded: true, overdue: true });
    const docs = await suite.own.db.query<{ number: string }[]>(
      'SELECT number FROM document WHERE case_id = $1 ORDER BY seq',
      [itemId],
    );
    expect(docs.map((d) => d.number.replace(/〔\d{4}〕\d+号$/, ''))).toEqual([
      '洪应急通报',
      '洪应急约谈',
      '洪应急挂牌',
      '洪应急问责',
    ]);
    // The evaluation, a year after the 批复, finds it open and refers it; the accident hears of it.
    const accident = await handle.query(accidentStateQuery);
    const evaluation = (
      await suite.own.db.query<{ due_at: Date; kind: string }[]>(
        `SELECT due_at, kind FROM case_task WHERE case_id = $1 AND kind = 'evaluate'`,
        [accident.accidentId],
      )
    )[0]!;
    expect(
      chinaDateOf(evaluation.due_at.getTime() - 1) >=
        chinaDateOf(startOfChinaDay(accident.approval!.approvedOn) + 364 * 86_400_000),
    ).toBe(true);
    await sleepUntil(evaluation.due_at.getTime() + 1000);
    await eventually(async () =>
      expect((await handle.query(accidentStateQuery)).taskMarks['evaluate']).toMatchObject({ overdue: true }),
    );
    await act(supervisor, { type: 'record_evaluation', result: '部分措施未落实' });
    await eventually(async () => {
      const s = await handle.query(accidentStateQuery);
      expect(s.items).toEqual([expect.objectContaining({ itemId, status: 'referred' })]);
    });
    expect((await item.query(itemStateQuery)).outcome).toBe('referred');
    if (process.env.RECORD_HISTORIES === '1') {
      recordHistory('rectification-item-ladder', await item.fetchHistory());
      recordHistory('accident-evaluated', await handle.fetchHistory());
    }
  });

  it('a long accident continues as new without losing an update or a child’s signal sent meanwhile', async () => {
    const opened = await report(
      { reportedAt: (await suite.env.currentTimeMs()) - 3 * 3600_000 + 10 * 60_000 },
      60,
    );
    const { handle, act } = opened;
    const firstRun = (await handle.describe()).runId;
    await act(supervisor, { type: 'form_team', leader: '张组长', members: ['李'] });
    await act(officer, { type: 'submit_report', summary: '调查报告' });
    await act(head, { type: 'approve_report', note: '同意' });
    await act(officer, { type: 'record_publication', publishedOn: await today() });
    const deadline = chinaDateOf((await suite.env.currentTimeMs()) + 40 * 86_400_000);
    const ids = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(
      ids.map((itemId, i) =>
        act(officer, {
          type: 'add_rectification_item',
          itemId,
          measure: `措施 ${i + 1}`,
          responsibleUnit: '某公司',
          creditCode: '91110108551385082Q',
          deadline,
        }),
      ),
    );
    // Each item is completed and verified: each child's end is a signal to the accident.
    for (const itemId of ids) {
      const item = suite.env.client.workflow.getHandle(workflowIds.rectificationItem(itemId));
      const send = (actor: CaseActor, command: ItemCommand) =>
        item.executeUpdate(itemCommand, { args: [{ actor, command }] });
      await eventually(async () => expect((await item.query(itemStateQuery)).stage).toBe('open'));
      await send(officer, {
        type: 'report_completion',
        note: '完成',
        evidence: [{ name: 'a.jpg', sha256: 'e'.repeat(64) }],
      });
      await send(supervisor, { type: 'verify_completion', accepted: true, reasons: '' });
    }
    const state = await eventually(async () => {
      const s = await handle.query(accidentStateQuery);
      expect(s.items.map((i) => i.status)).toEqual(ids.map(() => 'done'));
      return s;
    });
    expect(new Set(state.items.map((i) => i.itemId))).toEqual(new Set(ids));
    expect((await handle.describe()).runId).not.toBe(firstRun);
    await eventually(async () => {
      const events = await suite.own.db.query<{ seq: number }[]>(
        'SELECT seq FROM case_event WHERE case_id = $1 ORDER BY seq',
        [state.accidentId],
      );
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: state.seq }, (_, i) => i + 1));
    });
  });
});
