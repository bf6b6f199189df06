import {
  applyCaseEvents,
  decide,
  RULEBOOK_2026_V1,
  scheduledTasks,
  WorkCalendar,
  type CaseEvent,
} from '@safecase/domain';
import { AuditLog, dataSourceOptions, DEMO_AGENCIES, loadArrangements } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseActivitiesService } from '../../apps/worker/src/activities/case.activities';
import { ProcedureActivitiesService } from '../../apps/worker/src/activities/procedure.activities';
import { demoActor } from '../support/cases';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** The case's read-model write is idempotent on (caseId, seq): a retry after a crash writes nothing twice. */
describe('projectCase and projectProcedure of a case (real PostgreSQL)', () => {
  let db: DataSource;
  let activities: CaseActivitiesService;
  let procedures: ProcedureActivitiesService;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
    activities = new CaseActivitiesService(db, new AuditLog(db));
    procedures = new ProcedureActivitiesService(db, new AuditLog(db));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  /** A new case opened and inspected: the two events as one batch, with the state and tasks after them. */
  async function inspectedCase() {
    const caseId = randomUUID();
    const officer1 = await demoActor(db, 'nc.officer1');
    const officer2 = await demoActor(db, 'nc.officer2');
    const nanchang = DEMO_AGENCIES[1];
    const at = Date.parse('2026-06-01T02:00:00Z');
    const opened: CaseEvent = {
      type: 'case_opened',
      at,
      by: { userId: officer1.userId, username: officer1.username, role: 'officer' },
      caseId,
      agencyId: nanchang.id,
      regionCode: nanchang.regionCode,
      docPrefix: nanchang.docPrefix,
      origin: 'plan',
      enterprise: { name: '幂等测试公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: 'retry',
      rulebook: RULEBOOK_2026_V1,
    };
    const s1 = applyCaseEvents(undefined, [opened]);
    const inspected = decide(
      s1,
      {
        type: 'record_inspection',
        officers: [officer1, officer2],
        inspectedAt: at,
        place: '车间',
        findings: [{ description: 'x', severity: 'ordinary', legalBasis: 'y', evidence: [] }],
        unitRefusedToSign: false,
        refusalNote: null,
      },
      officer1,
      at + 1000,
    );
    const state = applyCaseEvents(s1, inspected);
    const calendar = new WorkCalendar(await loadArrangements(db));
    const input = {
      caseId,
      workflowId: `enforcement-case:${caseId}`,
      runId: 'run',
      events: [
        { seq: 1, event: opened },
        { seq: 2, event: inspected[0]! },
      ],
      state,
      tasks: scheduledTasks(state, calendar),
    };
    return { caseId, nanchang, opened, s1, input };
  }
  const count = async (table: string, caseId: string) =>
    Number((await db.query(`SELECT count(*) AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0].n);

  it('writes each event, audit entry and document once, however often it is retried', async () => {
    const { caseId, nanchang, opened, s1, input } = await inspectedCase();
    const first = await activities.projectCase(input);
    const again = await activities.projectCase(input);
    const [parallelA, parallelB] = await Promise.all([
      activities.projectCase(input),
      activities.projectCase(input),
    ]);
    expect(again).toEqual(first);
    expect(parallelA).toEqual(first);
    expect(parallelB).toEqual(first);
    expect(await count('audit_entry', caseId)).toBe(2);
    expect(await count('case_event', caseId)).toBe(2);
    expect(await count('document', caseId)).toBe(1);
    expect(await count('case_task', caseId)).toBe(1);
    const [task] = await db.query('SELECT agency_id FROM case_task WHERE case_id = $1', [caseId]);
    expect(task).toEqual({ agency_id: nanchang.id });

    // A late retry of the first batch alone never takes the case back.
    await activities.projectCase({ ...input, events: [{ seq: 1, event: opened }], state: s1, tasks: [] });
    const [row] = await db.query('SELECT stage, seq FROM enforcement_case WHERE id = $1', [caseId]);
    expect(row).toEqual({ stage: 'inspected', seq: 2 });
    expect(await count('case_task', caseId)).toBe(1);
  });

  it('projectProcedure writes a case as projectCase does: a run that switches mid-way writes nothing twice', async () => {
    const { caseId, input } = await inspectedCase();
    const { caseId: id, state, ...rest } = input;
    const record = {
      kind: 'enforcement' as const,
      id,
      agencyId: state.agencyId,
      regionCode: state.regionCode,
      stage: state.stage,
      seq: state.seq,
      state,
    };
    const first = await procedures.projectProcedure({ ...rest, record });
    expect(first.documents).toHaveLength(1);
    expect(await activities.projectCase(input)).toEqual(first);
    expect(await procedures.projectProcedure({ ...rest, record })).toEqual(first);
    const [row] = await db.query('SELECT stage, seq FROM enforcement_case WHERE id = $1', [caseId]);
    expect(row).toEqual({ stage: 'inspected', seq: 2 });
    expect(await count('audit_entry', caseId)).toBe(2);
    expect(await count('case_event', caseId)).toBe(2);
    expect(await count('document', caseId)).toBe(1);
    expect(await count('case_task', caseId)).toBe(1);
    // Nothing of the case goes to the sub-procedures' table.
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM procedure WHERE id = $1', [caseId]);
    expect(n).toBe(0);
  });
});
