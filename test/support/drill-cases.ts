import request from 'supertest';
import type { DataSource, QueryRunner } from 'typeorm';
import { bearer, tokenFor } from './auth';
import type { Drill } from './drill';

const DIGEST = 'd'.repeat(64);

/** HTTP on a drill's API as a demo user. */
export function drillHttp(drill: Drill) {
  const http = () => request(drill.api.getHttpServer());
  const as = async (username: string) => bearer(await tokenFor(drill.api, username));
  return {
    http,
    as,
    get: async (path: string, username = 'nc.officer1') =>
      http()
        .get(path)
        .set(await as(username)),
    post: async (path: string, body: object, username = 'nc.officer1', key?: string) =>
      http()
        .post(path)
        .set(await as(username))
        .set(key ? { 'Idempotency-Key': key } : {})
        .send(body),
  };
}

/** Opens a case and records an inspection with one major finding (D1): the case is `inspected`. */
export async function inspectedCase(drill: Drill): Promise<string> {
  const { post } = drillHttp(drill);
  const opened = await post('/cases', {
    origin: 'complaint',
    enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
    summary: '群众举报（故障演练）',
  });
  expect(opened.status).toBe(201);
  const id = (opened.body as { id: string }).id;
  const inspected = await post(`/cases/${id}/inspection`, {
    officers: ['nc.officer1', 'nc.officer2'],
    inspectedAt: new Date().toISOString(),
    place: '生产车间',
    unitRefusedToSign: false,
    findings: [
      {
        description: '报警装置失效',
        severity: 'major',
        legalBasis: '安全生产法 第36条',
        evidence: [{ kind: 'photo', name: 'a.jpg', sha256: DIGEST }],
      },
    ],
  });
  expect(inspected.status).toBe(200);
  return id;
}

/**
 * Holds the case row's lock, so the next projection of the case waits inside its transaction;
 * `projectionWaiting()` resolves once it does. `release()` lets it go on.
 */
export async function holdCaseRow(db: DataSource, caseId: string) {
  const runner: QueryRunner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query('SELECT 1 FROM enforcement_case WHERE id = $1 FOR UPDATE', [caseId]);
  return {
    async projectionWaiting(timeoutMs = 60_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await db.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO enforcement_case%'`,
        );
        if (Number(row?.n) > 0) return;
        if (Date.now() > deadline) throw new Error('no projection came to wait for the case row');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async release(): Promise<void> {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release().catch(() => undefined);
    },
  };
}

/** Polls until `check` passes or the time is up (then its last failure is the test's). */
export async function until<T>(check: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
