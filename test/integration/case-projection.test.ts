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
import { demoActor } from '../support/cases';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** The read-model activity is idempotent on (caseId, seq): a retry after a crash writes nothing twice. */
describe('projectCase (real PostgreSQL)', () => {
  let db: DataSource;
  let activities: CaseActivitiesService;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
    activities = new CaseActivitiesService(db, new AuditLog(db));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('writes each event, audit entry and document once, however often it is retried', async () => {
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
    const first = await activities.projectCase(input);
    const again = await activities.projectCase(input);
    const [parallelA, parallelB] = await Promise.all([
      activities.projectCase(input),
      activities.projectCase(input),
    ]);
    expect(again).toEqual(first);
    expect(parallelA).toEqual(first);
    expect(parallelB).toEqual(first);
    const count = async (table: string) =>
      Number((await db.query(`SELECT count(*) AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0].n);
    expect(await count('audit_entry')).toBe(2);
    expect(await count('case_event')).toBe(2);
    expect(await count('document')).toBe(1);
    expect(await count('case_task')).toBe(1);
    const [task] = await db.query('SELECT agency_id FROM case_task WHERE case_id = $1', [caseId]);
    expect(task).toEqual({ agency_id: nanchang.id });

    // A late retry of the first batch alone never takes the case back.
    await activities.projectCase({ ...input, events: [{ seq: 1, event: opened }], state: s1, tasks: [] });
    const [row] = await db.query('SELECT stage, seq FROM enforcement_case WHERE id = $1', [caseId]);
    expect(row).toEqual({ stage: 'inspected', seq: 2 });
    expect(await count('case_task')).toBe(1);
  });
});
