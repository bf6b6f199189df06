import type { INestApplication } from '@nestjs/common';
import { workflowIds } from '@safecase/temporal';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { freePortThatNobodyListensOn } from '../support/ports';
import { sdkLogs } from '../support/sdk-logs';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

interface OpenApiOperation {
  'x-access'?: unknown;
  responses: Record<string, { description: string }>;
}

// The machine is shared and slow: a case round trip can take seconds.

const ENTERPRISE = { name: '南昌某机械制造有限公司', creditCode: '91110108551385082Q', address: '南昌' };

/** An inspection that finds one hidden danger, as two certificated Nanchang officers record it. */
const inspection = () => ({
  officers: ['nc.officer1', 'nc.officer2'],
  inspectedAt: new Date().toISOString(),
  place: '装配车间',
  unitRefusedToSign: false,
  findings: [
    {
      description: '安全出口堵塞',
      severity: 'ordinary',
      legalBasis: '安全生产法 第42条',
      evidence: [{ kind: 'photo', name: 'exit.jpg', sha256: 'e'.repeat(64) }],
    },
  ],
});

/**
 * The platform under one real enforcement case: HTTP → Temporal dev server → worker → PostgreSQL,
 * with the request id, Idempotency-Key and problem+json conventions every area relies on.
 */
describe('API end to end (HTTP → Temporal dev server → worker → PostgreSQL)', () => {
  const config = testConfig();
  let api: INestApplication;
  let worker: RunningWorker;
  let officer: Record<string, string>;
  const http = () => request(api.getHttpServer());
  const openCase = (requestId: string) =>
    http()
      .post('/cases')
      .set(officer)
      .set('X-Request-Id', requestId)
      .send({ origin: 'plan', summary: '平台检查', enterprise: ENTERPRISE });

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    officer = bearer(await tokenFor(api, 'nc.officer1'));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('GET /health is 200 when PostgreSQL and Temporal answer', async () => {
    const res = await http().get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it("carries each request's id from the API into the case workflow's and its activities' log lines", async () => {
    const openId = `e2e-open-${randomUUID()}`;
    const opened = await openCase(openId).expect(201);
    expect(opened.headers['x-request-id']).toBe(openId);
    const caseId = (opened.body as { id: string }).id;
    const workflowId = workflowIds.enforcementCase(caseId);

    const inspectId = `e2e-inspect-${randomUUID()}`;
    const inspected = await http()
      .post(`/cases/${caseId}/inspection`)
      .set(officer)
      .set('X-Request-Id', inspectId)
      .send(inspection())
      .expect(200);
    expect(inspected.headers['x-request-id']).toBe(inspectId);
    // The action answers once the workflow accepted it and projectCase wrote it to the read model.
    const read = await http().get(`/cases/${caseId}`).set(officer).expect(200);
    expect(read.body).toMatchObject({ id: caseId, stage: 'inspected' });

    const linesOf = (requestId: string) =>
      eventually(() => {
        const lines = sdkLogs()
          .filter((e) => e.meta.requestId === requestId && e.meta.workflowId === workflowId)
          .map((e) => `${String(e.meta.sdkComponent)}: ${e.message}`);
        expect(lines).toEqual(
          expect.arrayContaining(['workflow: projecting events', 'activity: case projected']),
        );
        return Promise.resolve(lines);
      }, 30_000);
    // The opening and the inspection each reached the workflow and its projectCase activity.
    await linesOf(openId);
    await linesOf(inspectId);
  });

  it('replays a repeated command with Idempotent-Replayed and records the inspection once', async () => {
    const opened = await openCase(`e2e-${randomUUID()}`).expect(201);
    const caseId = (opened.body as { id: string }).id;
    const key = `e2e-inspection-${randomUUID()}`;
    const body = inspection();
    const send = () =>
      http().post(`/cases/${caseId}/inspection`).set(officer).set('Idempotency-Key', key).send(body);

    const first = await send().expect(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await send().expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);

    // A second inspection without the key would be refused (wrong stage); the replay changed nothing.
    const [{ inspections }] = await api
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS inspections FROM case_event WHERE case_id = $1 AND type = 'inspection_recorded'`,
        [caseId],
      );
    expect(inspections).toBe(1);
    const documents = await api
      .get(DataSource)
      .query(`SELECT number FROM document WHERE case_id = $1`, [caseId]);
    expect(documents).toHaveLength(1);
  });

  it('rejects bad input with problem+json listing each bad field, and starts nothing', async () => {
    const db = api.get(DataSource);
    const count = async () =>
      (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM enforcement_case'))[0]!.n;
    const before = await count();
    const res = await http()
      .post('/cases')
      .set(officer)
      .send({ origin: 'rumour', summary: '', enterprise: ENTERPRISE, extra: true })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'origin',
      'summary',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|SELECT/);
    expect(await count()).toBe(before);
  });

  it('answers an unknown case with 404 problem+json', async () => {
    const res = await http().get('/cases/00000000-0000-4000-8000-000000000000').set(officer).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'case.not_found' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await http().get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/cases', '/cases/{caseId}', '/cases/{caseId}/inspection']),
    );
    expect(Object.keys(res.body.paths).filter((p) => p.startsWith('/pings'))).toEqual([]);
    // Every operation names who may call it; role-restricted ones document their 401/403 answers.
    for (const [path, operations] of Object.entries(
      res.body.paths as Record<string, Record<string, OpenApiOperation>>,
    )) {
      for (const [method, op] of Object.entries(operations)) {
        expect({ path, method, access: op['x-access'] }).toEqual({ path, method, access: expect.anything() });
        if (op['x-access'] !== 'public')
          expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
    expect(res.body.paths['/calendar/deadline'].get.responses['422'].description).toMatch(
      /calendar\.year_missing/,
    );
  });
});

describe('GET /health when a dependency is down', () => {
  it('is 503 naming Temporal when Temporal does not answer', async () => {
    const api = await startApi(
      testConfig({ temporalAddress: `127.0.0.1:${await freePortThatNobodyListensOn()}` }),
    );
    try {
      const res = await request(api.getHttpServer()).get('/health').expect(503);
      expect(res.body).toMatchObject({
        status: 'error',
        down: ['temporal'],
        info: { database: { status: 'up' } },
      });
    } finally {
      await api.close();
    }
  });

  it('is 503 naming the database when PostgreSQL does not answer', async () => {
    const api = await startApi(testConfig());
    const dataSource = api.get(DataSource);
    try {
      await dataSource.destroy(); // the pool is gone: as good as a stopped server to the API
      const res = await request(api.getHttpServer()).get('/health').expect(503);
      expect(res.body).toMatchObject({
        status: 'error',
        down: ['database'],
        info: { temporal: { status: 'up' } },
      });
    } finally {
      if (!dataSource.isInitialized) await dataSource.initialize(); // so the app closes cleanly
      await api.close();
    }
  });
});
