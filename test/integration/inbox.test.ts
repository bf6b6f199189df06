import { dataSourceOptions, DEMO_AGENCIES } from '@safecase/persistence';
import type { Actor } from '@safecase/domain';
import { SystemClock } from '@safecase/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProcedureReadService } from '../../apps/api/src/procedures/procedure-read.service';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { allPages } from '../support/pages';

/** The inbox query on the read model: who sees which task at which rung, in which order, page by page. */
describe('inbox (real PostgreSQL)', () => {
  let db: DataSource;
  let inbox: ProcedureReadService;
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
    inbox = new ProcedureReadService(db, new SystemClock());
    await db.query(
      `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name, credit_code, summary,
         stage, rulebook_version, opened_by, handlers, opened_at, seq, state)
       VALUES ($1, $2, $3, $4, 'plan', '收件箱测试公司', '91110108551385082Q', 's', 'rectifying', '2026.1', $5, $6, now(), 3, '{}')`,
      [caseId, `inbox-${caseId}`, agency.id, agency.regionCode, handler, [handler]],
    );
    const task = (key: string, role: string, dueInHours: number | null, level: number, to: string | null) =>
      db.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, due_at, escalation_level, escalated_to,
           agency_id)
         VALUES ($1, $2, $2, $2, $3, $4, $5, $6, $7)`,
        [
          caseId,
          key,
          role,
          dueInHours === null ? null : new Date(Date.now() + dueInHours * hour),
          level,
          to,
          agency.id,
        ],
      );
    await task('due_later', 'officer', 48, 0, null);
    await task('overdue_escalated_once', 'officer', -30, 1, 'supervisor');
    await task('overdue_escalated_twice', 'officer', -100, 2, 'head');
    await task('approval', 'supervisor', null, 0, null);
    await task('head_only', 'head', 5, 0, null);
    await task('review', 'legal_reviewer', -50, 1, 'supervisor');
    await task('approval_late', 'supervisor', -10, 1, 'head');
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  const walk = (a: Actor, scope: 'mine' | 'team' = 'mine', limit = 200) =>
    allPages((page) => inbox.inbox(a, { ...page, scope }), limit);
  const keys = async (a: Actor, scope: 'mine' | 'team' = 'mine') =>
    (await walk(a, scope)).filter((t) => t.caseId === caseId).map((t) => [t.key, t.escalationLevel]);

  it('an officer keeps the officer tasks of cases they handle, escalated ones marked with their rung', async () => {
    expect(await keys(actor(handler, ['officer']))).toEqual([
      ['overdue_escalated_twice', 2],
      ['overdue_escalated_once', 1],
      ['due_later', 0],
    ]);
    expect(await keys(actor(randomUUID(), ['officer']))).toEqual([]);
  });

  it('the role at the current rung sees a task too; a head does not take the supervisor’s rung 1', async () => {
    expect(await keys(actor(randomUUID(), ['supervisor']))).toEqual([
      ['review', 1],
      ['overdue_escalated_once', 1],
      // Its own task, at the head's rung now: the assignee keeps it.
      ['approval_late', 1],
      ['approval', 0],
    ]);
    expect(await keys(actor(randomUUID(), ['head']))).toEqual([
      ['overdue_escalated_twice', 2],
      ['approval_late', 1],
      ['head_only', 0],
    ]);
    // The demo head holds both roles: the supervisor's own tasks, the head's rung, not rung 1.
    expect(await keys(actor(randomUUID(), ['supervisor', 'head']))).toEqual([
      ['overdue_escalated_twice', 2],
      ['approval_late', 1],
      ['head_only', 0],
      ['approval', 0],
    ]);
    expect(await keys(actor(randomUUID(), ['legal_reviewer']))).toEqual([['review', 1]]);
    expect(await keys({ ...actor(randomUUID(), ['supervisor']), agencyId: DEMO_AGENCIES[2].id })).toEqual([]);
  });

  it('team is the agency’s every open task, dated first, for supervisors and heads only', async () => {
    const team = (await walk(actor(randomUUID(), ['supervisor']), 'team')).filter((t) => t.caseId === caseId);
    expect(team.map((t) => [t.key, t.dated])).toEqual([
      ['overdue_escalated_twice', true],
      ['review', true],
      ['overdue_escalated_once', true],
      ['approval_late', true],
      ['head_only', true],
      ['due_later', true],
      ['approval', false],
    ]);
    await expect(inbox.inbox(actor(handler, ['officer']), { scope: 'team' })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });

  it('pages of one row walk the same list, each task once, to a null cursor', async () => {
    const supervisor = actor(randomUUID(), ['supervisor', 'head']);
    const whole = await walk(supervisor, 'team');
    const oneByOne = await walk(supervisor, 'team', 1);
    expect(oneByOne.map((t) => `${t.caseId}/${t.key}`)).toEqual(whole.map((t) => `${t.caseId}/${t.key}`));
    const first = await inbox.inbox(supervisor, { scope: 'team', limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    await expect(inbox.inbox(supervisor, { cursor: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({
      code: 'validation.failed',
    });
  });
});
