import {
  applyPenaltyEvents,
  decidePenalty,
  RULEBOOK_2026_V1,
  scheduledPenaltyTasks,
  WorkCalendar,
  type PenaltyEvent,
  type PenaltyState,
} from '@safecase/domain';
import { AuditLog, dataSourceOptions, DEMO_AGENCIES, loadArrangements } from '@safecase/persistence';
import type { ProjectProcedureInput } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProcedureActivitiesService } from '../../apps/worker/src/activities/procedure.activities';
import { demoActor } from '../support/cases';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** A sub-procedure's projection is idempotent on (procedure id, seq) and never goes back. */
describe('projectProcedure (real PostgreSQL)', () => {
  let db: DataSource;
  let activities: ProcedureActivitiesService;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
    activities = new ProcedureActivitiesService(db, new AuditLog(db));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('writes events, documents and audit entries once; an older projection never overwrites a newer one', async () => {
    const penaltyId = randomUUID();
    const officer = await demoActor(db, 'nc.officer1');
    const supervisor = await demoActor(db, 'nc.supervisor');
    const nanchang = DEMO_AGENCIES[1];
    const at = Date.parse('2026-06-01T02:00:00Z');
    const opened: PenaltyEvent = {
      type: 'penalty_opened',
      at,
      by: { userId: officer.userId, username: officer.username, role: 'officer' },
      penaltyId,
      caseId: null,
      agencyId: nanchang.id,
      regionCode: nanchang.regionCode,
      docPrefix: nanchang.docPrefix,
      party: 'unit',
      partyName: '幂等测试公司',
      creditCode: '91110108551385082Q',
      facts: '迟报',
      majorHiddenDanger: false,
      rulebook: RULEBOOK_2026_V1,
      proposedBy: officer.userId,
      handlers: [],
    };
    const calendar = new WorkCalendar(await loadArrangements(db));
    const s1 = applyPenaltyEvents(undefined, [opened]);
    const filing = decidePenalty(
      s1,
      { type: 'decide_filing', approve: true, note: '同意' },
      supervisor,
      at + 1000,
      calendar,
    );
    const s2 = applyPenaltyEvents(s1, filing);
    const input = (
      state: PenaltyState,
      events: { seq: number; event: PenaltyEvent }[],
    ): ProjectProcedureInput => ({
      workflowId: `penalty:${penaltyId}`,
      runId: 'run',
      record: {
        kind: 'penalty',
        id: penaltyId,
        caseId: null,
        parentId: null,
        agencyId: state.agencyId,
        regionCode: state.regionCode,
        docPrefix: state.docPrefix,
        stage: state.stage,
        title: state.facts,
        partyName: state.partyName,
        creditCode: state.creditCode,
        handlers: state.handlers,
        openedAt: state.openedAt,
        closedAt: state.closedAt,
        seq: state.seq,
        state: { ...state, rulebook: { version: state.rulebook.version } },
      },
      events,
      tasks: scheduledPenaltyTasks(state, calendar),
    });
    const latest = input(s2, [
      { seq: 1, event: opened },
      { seq: 2, event: filing[0]! },
    ]);
    const first = await activities.projectProcedure(latest);
    const [a, b] = await Promise.all([
      activities.projectProcedure(latest),
      activities.projectProcedure(latest),
    ]);
    expect(first.documents).toHaveLength(1);
    expect(first.documents[0]!.number).toMatch(/^洪应急立〔2026〕\d+号$/);
    expect(a).toEqual(first);
    expect(b).toEqual(first);
    // A late retry of the first batch alone must not take the row back to 'proposed'.
    await activities.projectProcedure(input(s1, [{ seq: 1, event: opened }]));

    const [row] = await db.query<{ stage: string; seq: number }[]>(
      'SELECT stage, seq FROM procedure WHERE id = $1',
      [penaltyId],
    );
    expect(row).toEqual({ stage: 'investigating', seq: 2 });
    const counts = await db.query<{ events: string; audits: string; documents: string; tasks: string }[]>(
      `SELECT (SELECT count(*) FROM case_event WHERE case_id = $1) AS events,
              (SELECT count(*) FROM audit_entry WHERE case_id = $2) AS audits,
              (SELECT count(*) FROM document WHERE case_id = $1) AS documents,
              (SELECT count(*) FROM case_task WHERE case_id = $1) AS tasks`,
      [penaltyId, penaltyId],
    );
    expect(counts[0]).toEqual({ events: '2', audits: '2', documents: '1', tasks: '2' });
    const tasks = await db.query<{ kind: string; agency_id: string }[]>(
      'SELECT kind, agency_id FROM case_task WHERE case_id = $1 ORDER BY kind',
      [penaltyId],
    );
    expect(tasks.map((t) => t.kind)).toEqual(['decision_due', 'serve_notice']);
    // Each task carries its record's agency, for the agency's inbox (ix_case_task_agency_*order).
    expect(tasks.map((t) => t.agency_id)).toEqual([nanchang.id, nanchang.id]);
  });
});
