import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource, QueryRunner } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { ownDatabase } from '../support/own-database';

jest.setTimeout(120_000);

const CASE_BODY = {
  origin: 'plan',
  enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
  summary: '年度计划检查',
};

/**
 * A slow read model (issue #12): the workflow has the case or the action, but its projection is held
 * up by a lock the test keeps, so the answer deadline (ANSWER_WITHIN_MS, short here) passes first.
 * The API answers 202 `{id, recordPending: true}`, and the record appears once the lock is lifted,
 * exactly once. A database of its own, so the lock holds up no other test file.
 */
describe('a slow read model', () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let api: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    own = await ownDatabase();
    db = own.db;
    const config = { ...testConfig(), databaseUrl: own.url, answerWithinMs: 4_000 };
    worker = await startWorker(config);
    api = await startApi(config);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await own?.drop();
  });

  /** Takes a lock in a transaction of its own; the returned function lifts it. */
  async function hold(sql: string, params: unknown[] = []): Promise<() => Promise<void>> {
    const runner: QueryRunner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(sql, params);
    return async () => {
      await runner.rollbackTransaction();
      await runner.release();
    };
  }
  const count = async (sql: string, params: unknown[]) =>
    Number((await db.query<{ n: string }[]>(sql, params))[0]!.n);

  it('a case opened while its table is locked answers 202 recordPending, then appears once', async () => {
    const key = `slow-open-${randomUUID()}`;
    const release = await hold('LOCK TABLE enforcement_case IN EXCLUSIVE MODE');
    let id: string;
    try {
      const opened = await http()
        .post('/cases')
        .set(await as('nc.officer1'))
        .set('Idempotency-Key', key)
        .send(CASE_BODY);
      expect(opened.status).toBe(202);
      expect(opened.body).toEqual({ id: expect.any(String), recordPending: true });
      id = opened.body.id as string;
      // A repeat with the key gets the same answer and opens nothing more.
      const again = await http()
        .post('/cases')
        .set(await as('nc.officer1'))
        .set('Idempotency-Key', key)
        .send(CASE_BODY);
      expect(again.status).toBe(202);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(opened.body);
      await http()
        .get(`/cases/${id}`)
        .set(await as('nc.officer1'))
        .expect(404);
    } finally {
      await release();
    }
    const page = await eventually(async () =>
      http()
        .get(`/cases/${id}`)
        .set(await as('nc.officer1'))
        .expect(200),
    );
    expect(page.body).toMatchObject({ id, stage: 'opened' });
    // The repeat opened no second case (this database holds only this test's cases).
    expect(await count('SELECT count(*) AS n FROM enforcement_case', [])).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM case_event WHERE case_id = $1 AND type = 'case_opened'`, [id]),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_entry WHERE case_id = $1 AND action = 'case.case_opened'`,
        [id],
      ),
    ).toBe(1);
  });

  it('an action whose case row is locked answers 202 recordPending, then is applied once', async () => {
    const opened = await http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .send(CASE_BODY)
      .expect(201);
    const id = opened.body.id as string;
    const release = await hold('SELECT 1 FROM enforcement_case WHERE id = $1 FOR UPDATE', [id]);
    try {
      const inspected = await http()
        .post(`/cases/${id}/inspection`)
        .set(await as('nc.officer1'))
        .send({
          officers: ['nc.officer1', 'nc.officer2'],
          inspectedAt: new Date().toISOString(),
          place: '生产车间',
          findings: [],
          unitRefusedToSign: false,
        });
      expect(inspected.status).toBe(202);
      expect(inspected.body).toEqual({ id, recordPending: true });
    } finally {
      await release();
    }
    await eventually(async () => {
      const page = await http()
        .get(`/cases/${id}`)
        .set(await as('nc.officer1'))
        .expect(200);
      expect(page.body.stage).not.toBe('opened');
    });
    expect(
      await count(
        `SELECT count(*) AS n FROM case_event WHERE case_id = $1 AND type = 'inspection_recorded'`,
        [id],
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_entry WHERE case_id = $1 AND action = 'case.inspection_recorded'`,
        [id],
      ),
    ).toBe(1);
  });

  it('a penalty opened while its table is locked answers 202 recordPending, then appears once', async () => {
    const release = await hold('LOCK TABLE procedure IN EXCLUSIVE MODE');
    let id: string;
    try {
      const opened = await http()
        .post('/penalties')
        .set(await as('nc.officer1'))
        .send({ party: 'individual', partyName: '张某', facts: '违章作业' });
      expect(opened.status).toBe(202);
      expect(opened.body).toEqual({ id: expect.any(String), recordPending: true });
      id = opened.body.id as string;
    } finally {
      await release();
    }
    await eventually(async () =>
      http()
        .get(`/penalties/${id}`)
        .set(await as('nc.officer1'))
        .expect(200),
    );
    expect(
      await count(`SELECT count(*) AS n FROM case_event WHERE case_id = $1 AND type = 'penalty_opened'`, [
        id,
      ]),
    ).toBe(1);
  });
});
