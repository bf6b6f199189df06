import { dataSourceOptions, DEMO_AGENCIES } from '@safecase/persistence';
import type { Actor } from '@safecase/domain';
import { SystemClock } from '@safecase/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseReadService } from '../../apps/api/src/cases/case-read.service';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** The inbox query on the read model: who sees which task, escalations included, soonest first. */
describe('inbox (real PostgreSQL)', () => {
  let db: DataSource;
  let inbox: CaseReadService;
  const agency = DEMO_AGENCIES[1];
  const caseId = randomUUID();
  const handler = randomUUID();
  const actor = (userId: string, roles: Actor['roles']): Actor => ({
    userId,
    username: 'x',
    displayName: 'x',
    roles,
    agencyId: agency.id,
    agencyName: agency.name,
    regionCode: agency.regionCode,
  });
  const hour = 3600_000;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
    inbox = new CaseReadService(db, new SystemClock());
    await db.query(
      `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name, credit_code, summary,
         stage, rulebook_version, opened_by, handlers, opened_at, seq, state)
       VALUES ($1, $2, $3, $4, 'plan', '收件箱测试公司', '91110108551385082Q', 's', 'rectifying', '2026.1', $5, $6, now(), 3, '{}')`,
      [caseId, `inbox-${caseId}`, agency.id, agency.regionCode, handler, [handler]],
    );
    const task = (key: string, role: string, dueInHours: number | null, level: number, to: string | null) =>
      db.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, due_at, escalation_level, escalated_to)
         VALUES ($1, $2, $2, $2, $3, $4, $5, $6)`,
        [caseId, key, role, dueInHours === null ? null : new Date(Date.now() + dueInHours * hour), level, to],
      );
    await task('due_later', 'officer', 48, 0, null);
    await task('overdue_escalated_once', 'officer', -30, 1, 'supervisor');
    await task('overdue_escalated_twice', 'officer', -100, 2, 'head');
    await task('approval', 'supervisor', null, 0, null);
    await task('head_only', 'head', 5, 0, null);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  const keys = async (a: Actor) =>
    (await inbox.inbox(a)).items.filter((t) => t.caseId === caseId).map((t) => [t.key, t.overdue]);

  it('an officer sees the officer tasks of cases they handle, soonest due first, overdue flagged', async () => {
    expect(await keys(actor(handler, ['officer']))).toEqual([
      ['overdue_escalated_twice', true],
      ['overdue_escalated_once', true],
      ['due_later', false],
    ]);
    expect(await keys(actor(randomUUID(), ['officer']))).toEqual([]);
  });

  it('escalations reach the supervisor after one rung and the head after two', async () => {
    expect(await keys(actor(randomUUID(), ['supervisor']))).toEqual([
      ['overdue_escalated_twice', true],
      ['overdue_escalated_once', true],
      ['approval', false],
    ]);
    expect(await keys(actor(randomUUID(), ['head']))).toEqual([
      ['overdue_escalated_twice', true],
      ['head_only', false],
    ]);
    expect(await keys({ ...actor(randomUUID(), ['supervisor']), agencyId: DEMO_AGENCIES[2].id })).toEqual([]);
  });
});
