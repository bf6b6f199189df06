import { TRANSFER_PACKAGE } from '../../libs/domain/src/transfer/scenarios/fixtures';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  amountDueFen,
  creditCodeCheckCharacter,
  RULEBOOK_2026_V1,
  chinaDateOf,
  endOfChinaDay,
  startOfChinaDay,
  type CaseActor,
  type CaseCommand,
  type CaseOfficer,
  type PenaltyCommand,
  type PenaltyOpening,
  type TransferCommand,
} from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import {
  caseStateQuery,
  penaltyCommand,
  penaltyStateQuery,
  transferCommand,
  transferStateQuery,
  type penaltyProcedureWorkflow,
} from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { eventually, startCase } from '../support/cases';
import { timeSkippingSuite } from '../support/time-skipping';
import { recordHistory } from '../support/histories';

/**
 * Penalty procedures and judicial transfers as child workflows of an enforcement case, on the
 * time-skipping server with real PostgreSQL: started from the case, their clocks firing at their
 * instants, their end reported back to the case.
 */

describe('penalty and transfer child workflows (time-skipping)', () => {
  const suite = timeSkippingSuite();
  let officer1: CaseOfficer & CaseActor;
  let officer2: CaseOfficer & CaseActor;
  let supervisor: CaseActor;
  let head: CaseActor;
  const sleepUntil = (instant: number) => suite.sleepUntil(instant);
  const today = () => suite.today();

  beforeAll(async () => {
    officer1 = await suite.user('nc.officer1');
    officer2 = await suite.user('nc.officer2');
    supervisor = await suite.user('nc.supervisor');
    head = await suite.user('nc.head');
  });

  /** The next working day's 10:00 China time, at least `days` calendar days ahead. */
  async function workingDayAfter(days: number): Promise<string> {
    let d = chinaDateOf((await suite.env.currentTimeMs()) + days * 86_400_000);
    while (!suite.calendar.isWorkingDay(d)) d = chinaDateOf(startOfChinaDay(d) + 36 * 3600_000);
    await sleepUntil(startOfChinaDay(d) + 10 * 3600_000);
    return d;
  }

  /** A penalty case opened on its own (as for a late accident report); its id and an `act` to drive it. */
  async function standalonePenalty(
    opening: Partial<PenaltyOpening>,
    options: { continueAsNewAfterEvents?: number } = {},
  ) {
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
            ...options,
            opening: {
              penaltyId,
              caseId: null,
              agencyId: officer1.agencyId,
              regionCode: '360100',
              docPrefix: '洪应急',
              party: 'unit',
              partyName: '南昌某危化品公司',
              creditCode: null,
              facts: '违法事实',
              majorHiddenDanger: false,
              rulebook: RULEBOOK_2026_V1,
              ...opening,
            },
            proposedBy: { userId: officer1.userId, username: officer1.username },
            handlers: [officer2.userId],
          },
        ],
      },
    );
    const act = (actor: CaseActor, command: PenaltyCommand) =>
      handle.executeUpdate(penaltyCommand, { args: [{ actor, command }] });
    return { penaltyId, handle, act };
  }

  async function inspectedCase() {
    const opened = await startCase(suite.env.client, suite.taskQueue, officer1);
    await opened.send(officer1, {
      type: 'record_inspection',
      officers: [officer1, officer2],
      inspectedAt: await suite.env.currentTimeMs(),
      place: '井下采区',
      findings: [
        {
          description: '拒不执行停产指令',
          severity: 'major',
          legalBasis: '安全生产法 第65条',
          evidence: [{ kind: 'video', name: 'cam.mp4', sha256: 'c'.repeat(64) }],
        },
      ],
      unitRefusedToSign: false,
      refusalNote: null,
    } satisfies CaseCommand);
    return opened;
  }

  const auditActions = async (caseId: string) =>
    (
      await suite.own.db.query<{ action: string }[]>(
        'SELECT action FROM audit_entry WHERE case_id = $1 ORDER BY id',
        [caseId],
      )
    ).map((r) => r.action);

  it('a penalty opened from the case runs to a capped surcharge, payment and closing, and tells the case', async () => {
    await workingDayAfter(0);
    const { caseId, handle, send } = await inspectedCase();
    await send(officer1, { type: 'propose_penalty', dangerIds: ['D1'], summary: '建议罚款1万元' });
    const penaltyId = randomUUID();
    await send(supervisor, { type: 'acknowledge_penalty_proposal', note: '同意立案', penaltyId });
    const penalty = suite.env.client.workflow.getHandle(workflowIds.penalty(penaltyId));
    const act = (actor: CaseActor, command: PenaltyCommand) =>
      penalty.executeUpdate(penaltyCommand, { args: [{ actor, command }] });
    const filed = await eventually(async () => {
      const s = await penalty.query(penaltyStateQuery);
      expect(s.stage).toBe('investigating');
      return s;
    });
    expect(filed.filing?.approvedBy).toBe(supervisor.userId);
    expect(filed.handlers).toEqual(expect.arrayContaining([officer1.userId, officer2.userId]));

    const fine = {
      sanctions: ['fine' as const],
      fineFen: 1_000_000,
      facts: '未整改',
      legalBasis: '安全生产法 第102条',
    };
    const noticed = await act(officer1, { type: 'serve_notice', servedOn: await today(), ...fine });
    expect(noticed.documents[0]?.number).toMatch(/^洪应急罚告〔\d{4}〕\d+号$/);
    // Before the defence period ends the case cannot go to decision; after it, it can.
    await expect(act(officer1, { type: 'submit_for_decision' })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    const state = await penalty.query(penaltyStateQuery);
    await sleepUntil(endOfChinaDay(state.notice!.defenceEnds) + 10 * 3600_000);
    await act(officer2, { type: 'submit_for_decision' });
    // The handlers never decide; the supervisor who took up the proposal may (they did not investigate).
    await expect(act(officer1, { type: 'decide_penalty', ...fine })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    const decided = await act(supervisor, { type: 'decide_penalty', ...fine });
    expect(decided.documents[0]?.number).toMatch(/^洪应急罚〔\d{4}〕\d+号$/);
    const servedOn = await today();
    await act(officer1, { type: 'record_service', servedOn, method: 'direct' });
    await act(officer1, { type: 'record_publication', publishedOn: servedOn });

    // Unpaid: the clock alone raises the demand after 30 days of surcharge and marks the cap on day 34.
    const served = await penalty.query(penaltyStateQuery);
    await suite.env.sleep('60 days');
    const late = await eventually(async () => {
      const s = await penalty.query(penaltyStateQuery);
      expect(s.surchargeCappedOn).not.toBeNull();
      return s;
    });
    expect(late.demandDue).toBe(true);
    const taskKinds = await suite.own.db.query<{ kind: string; procedure_kind: string }[]>(
      'SELECT kind, procedure_kind FROM case_task WHERE case_id = $1 ORDER BY kind',
      [penaltyId],
    );
    expect(taskKinds).toEqual([{ kind: 'serve_demand', procedure_kind: 'penalty' }]);
    const paidOn = await today();
    const owed = amountDueFen(served, suite.calendar, paidOn);
    expect(owed).toBe(2_000_000);
    await act(officer1, { type: 'record_payment', paidOn, amountFen: owed });
    await act(officer1, { type: 'propose_closing', reason: '罚款及加处罚款已缴清' });
    const closed = await act(head, { type: 'decide_closing', approve: true, note: '同意结案' });
    expect(closed.documents[0]?.number).toMatch(/^洪应急结〔\d{4}〕\d+号$/);

    // The case hears of it; the auditor reads the penalty's story on the case's audit trail.
    await eventually(async () => {
      const s = await handle.query(caseStateQuery);
      expect(s.procedures).toEqual([expect.objectContaining({ id: penaltyId, status: 'finished' })]);
    });
    await eventually(async () => expect(await auditActions(caseId)).toContain('case.procedure_finished'));
    const actions = await auditActions(caseId);
    expect(actions).toEqual(
      expect.arrayContaining([
        'penalty.penalty_opened',
        'penalty.filing_decided',
        'penalty.notice_served',
        'penalty.penalty_decided',
        'penalty.demand_due',
        'penalty.surcharge_capped',
        'penalty.payment_recorded',
        'penalty.closing_decided',
        'case.procedure_finished',
      ]),
    );
    const [row] = await suite.own.db.query<{ stage: string; case_id: string }[]>(
      'SELECT stage, case_id FROM procedure WHERE id = $1',
      [penaltyId],
    );
    expect(row).toEqual({ stage: 'closed', case_id: caseId });
    if (process.env.RECORD_HISTORIES === '1') {
      recordHistory('penalty-procedure-capped-and-paid', await penalty.fetchHistory());
      recordHistory('enforcement-case-with-penalty', await handle.fetchHistory());
    }
  });

  it('a transfer refused by the police is reconsidered; the 24-hour sending clock reminds and goes overdue', async () => {
    await workingDayAfter(1);
    const { caseId, handle, send } = await inspectedCase();
    const transferId = randomUUID();
    const team = [officer1, officer2].map((o) => ({
      userId: o.userId,
      username: o.username,
      displayName: o.displayName,
    }));
    await send(officer1, {
      type: 'report_transfer',
      transferId,
      team,
      suspectedOffence: '危险作业罪',
      facts: '拒不停产',
    });
    const transfer = suite.env.client.workflow.getHandle(workflowIds.transfer(transferId));
    const act = (actor: CaseActor, command: TransferCommand) =>
      transfer.executeUpdate(transferCommand, { args: [{ actor, command }] });
    await eventually(async () => expect((await transfer.query(transferStateQuery)).stage).toBe('reported'));
    // The case cannot be closed while the transfer stands: a fine never replaces it.
    await expect(send(head, { type: 'close_case', note: '结案' })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );

    const approvedAt = await suite.env.currentTimeMs();
    const approved = await act(head, { type: 'decide_transfer', approve: true, note: '同意移送' });
    expect(approved.documents[0]?.number).toMatch(/^洪应急移审〔\d{4}〕\d+号$/);
    const marks = async () => (await transfer.query(transferStateQuery)).taskMarks['send_transfer'];
    await suite.env.sleep('17 hours');
    expect(await marks()).toBeUndefined();
    await sleepUntil(approvedAt + 18 * 3600_000 + 1000);
    await eventually(async () => expect(await marks()).toMatchObject({ reminded: true, overdue: false }));
    await sleepUntil(approvedAt + 24 * 3600_000 + 1000);
    await eventually(async () => expect(await marks()).toMatchObject({ overdue: true }));

    const sent = await act(officer2, {
      type: 'record_sending',
      sentOn: await today(),
      package: TRANSFER_PACKAGE,
    });
    expect(sent.documents[0]?.number).toMatch(/^洪应急移〔\d{4}〕\d+号$/);
    await act(officer1, {
      type: 'record_police_decision',
      filed: false,
      on: await today(),
      note: '不予立案',
    });
    await act(officer1, { type: 'request_reconsideration', on: await today() });
    await suite.env.sleep('2 days');
    await act(officer1, { type: 'record_reconsideration_answer', filed: true, on: await today() });
    const handed = await act(officer2, {
      type: 'record_handover',
      on: await today(),
      items: '涉案账簿、监控录像',
    });
    expect(handed.stage).toBe('closed');
    await eventually(async () => {
      const s = await handle.query(caseStateQuery);
      expect(s.procedures).toEqual([
        expect.objectContaining({ kind: 'transfer', status: 'finished', outcome: 'handed_over' }),
      ]);
    });
    expect(await auditActions(caseId)).toEqual(
      expect.arrayContaining([
        'case.transfer_reported',
        'transfer.task_reminded',
        'transfer.task_overdue',
        'transfer.handed_over',
      ]),
    );
    if (process.env.RECORD_HISTORIES === '1') {
      recordHistory('judicial-transfer-reconsidered', await transfer.fetchHistory());
    }
  });

  it('a third penalty within 180 days on a unit with a major hidden danger puts a closure proposal before the head', async () => {
    await workingDayAfter(1);
    const creditCode = '91360100MA35ABCD1';
    const code = `${creditCode}${creditCodeCheckCharacter(creditCode)}`;
    const fine = {
      sanctions: ['fine' as const],
      fineFen: 1_000_000,
      facts: '重大隐患未整改',
      legalBasis: '安全生产法 第102条',
    };
    const handles = [];
    for (let i = 0; i < 3; i += 1) {
      const { act } = await standalonePenalty({
        creditCode: code,
        facts: `第${i + 1}次`,
        majorHiddenDanger: true,
      });
      await act(supervisor, { type: 'decide_filing', approve: true, note: '同意' });
      await act(officer1, { type: 'serve_notice', servedOn: await today(), ...fine });
      handles.push(act);
    }
    await suite.env.sleep('10 days');
    const results = [];
    for (const act of handles) {
      await act(officer2, { type: 'submit_for_decision' });
      results.push(await act(head, { type: 'decide_penalty', ...fine }));
    }
    expect(results.map((r) => r.stage)).toEqual(['decided', 'decided', 'decided']);
    const [third] = await suite.own.db.query<
      { id: string; state: { closureProposal: { reason: string } | null } }[]
    >(`SELECT id, state FROM procedure WHERE credit_code = $1 AND title = '第3次'`, [code]);
    expect(third!.state.closureProposal?.reason).toMatch(/3 penalties within 180 days/);
    const tasks = await suite.own.db.query<{ kind: string; assignee_role: string }[]>(
      `SELECT kind, assignee_role FROM case_task WHERE case_id = $1 AND kind = 'closure_proposal'`,
      [third!.id],
    );
    expect(tasks).toEqual([{ kind: 'closure_proposal', assignee_role: 'head' }]);
  });

  it('a long penalty case continues as new without losing or repeating an update sent meanwhile', async () => {
    const { penaltyId, handle } = await standalonePenalty(
      { party: 'individual', partyName: '张某', facts: '无证上岗作业' },
      { continueAsNewAfterEvents: 40 },
    );
    const firstRun = (await handle.describe()).runId;
    const act = (command: PenaltyCommand, actor: CaseActor = officer1) =>
      handle.executeUpdate(penaltyCommand, { args: [{ actor, command }] });
    await act({ type: 'decide_filing', approve: true, note: '同意' }, supervisor);
    const on = await today();
    // Twelve preservations (request, the head's prior approval, registration), four at a time,
    // across the continue-as-new boundary.
    for (let batch = 0; batch < 3; batch += 1) {
      await Promise.all(
        [1, 2, 3, 4].map((i) =>
          act({ type: 'request_evidence_preservation', description: `物证 ${batch * 4 + i}` }),
        ),
      );
    }
    for (let batch = 0; batch < 3; batch += 1) {
      const ids = [1, 2, 3, 4].map((i) => `E${batch * 4 + i}`);
      await Promise.all(
        ids.map((evidenceId) =>
          act({ type: 'decide_evidence_preservation', evidenceId, approve: true, note: '同意' }, supervisor),
        ),
      );
      await Promise.all(
        ids.map((evidenceId) => act({ type: 'register_evidence', evidenceId, registeredOn: on })),
      );
    }
    const state = await handle.query(penaltyStateQuery);
    expect(state.evidence.map((e) => e.id).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `E${i + 1}`).sort(),
    );
    expect(new Set(state.evidence.map((e) => e.description)).size).toBe(12);
    expect((await handle.describe()).runId).not.toBe(firstRun);
    await eventually(async () => {
      const events = await suite.own.db.query<{ seq: number }[]>(
        'SELECT seq FROM case_event WHERE case_id = $1 ORDER BY seq',
        [penaltyId],
      );
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: state.seq }, (_, i) => i + 1));
    });
    const numbers = await suite.own.db.query<{ number: string }[]>(
      `SELECT number FROM document WHERE case_id = $1 AND doc_type = 'evidence_preservation_notice'`,
      [penaltyId],
    );
    expect(new Set(numbers.map((n) => n.number)).size).toBe(12);
  });
});
