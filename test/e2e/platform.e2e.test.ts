import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { freePortThatNobodyListensOn } from '../support/ports';
import { sdkLogs } from '../support/sdk-logs';
import { bearer, tokenFor } from '../support/auth';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = EVENTUALLY_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface OpenApiOperation {
  'x-access'?: unknown;
  responses: Record<string, { description: string }>;
}

describe('API end to end (HTTP → Temporal dev server → worker → PostgreSQL)', () => {
  const config = testConfig();
  let api: INestApplication;
  let worker: RunningWorker;
  let officer: Record<string, string>;

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
    const res = await request(api.getHttpServer()).get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it('runs a ping through the workflow into the read model, and settles it on acknowledgement', async () => {
    const created = await request(api.getHttpServer())
      .post('/pings')
      .set(officer)
      .set('X-Request-Id', 'e2e-ping-1')
      .send({ message: 'hello', ackWindowSeconds: 3600 })
      .expect(202);
    expect(created.headers['x-request-id']).toBe('e2e-ping-1');
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ workflowId: `ping:${id}`, status: 'PENDING' });

    const recorded = await eventually(
      () => request(api.getHttpServer()).get(`/pings/${id}`).set(officer),
      (res) => res.status === 200,
    );
    expect(recorded.body).toMatchObject({ id, message: 'hello', status: 'RECORDED', settledAt: null });

    await request(api.getHttpServer()).post(`/pings/${id}/ack`).set(officer).expect(202);
    const settled = await eventually(
      () => request(api.getHttpServer()).get(`/pings/${id}`).set(officer),
      (res) => res.body.status !== 'RECORDED',
    );
    expect(settled.body.status).toBe('ACKNOWLEDGED');

    // The caller's request id reached the workflow's and the activities' log lines.
    const tagged = sdkLogs().filter(
      (e) => e.meta.requestId === 'e2e-ping-1' && e.meta.workflowId === `ping:${id}`,
    );
    expect(tagged.map((e) => e.meta.sdkComponent)).toEqual(expect.arrayContaining(['workflow', 'activity']));

    const again = await request(api.getHttpServer()).post(`/pings/${id}/ack`).set(officer).expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({ status: 409, code: 'ping.already_settled' });
  });

  it('rejects bad input with problem+json listing each bad field, and starts nothing', async () => {
    const res = await request(api.getHttpServer())
      .post('/pings')
      .set(officer)
      .send({ message: '', ackWindowSeconds: 0, extra: true })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'ackWindowSeconds',
      'extra',
      'message',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|SELECT/);
  });

  it('answers an unknown ping with 404 problem+json', async () => {
    const res = await request(api.getHttpServer())
      .get('/pings/00000000-0000-4000-8000-000000000000')
      .set(officer)
      .expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'ping.not_found' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(api.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/health', '/pings', '/pings/{id}']));
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
