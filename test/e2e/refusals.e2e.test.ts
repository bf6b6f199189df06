import type { INestApplication } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { sha256Hex } from '@safecase/persistence';
import { workflowIds } from '@safecase/temporal';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { uuidFromDigest } from '../../apps/api/src/cases/request-key';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { demoActor } from '../support/cases';

jest.setTimeout(120_000);

const CASE_BODY = {
  origin: 'complaint',
  enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
  summary: '群众举报',
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const ACCIDENT_BODY = {
  occurredAt: hoursAgo(2),
  reportedAt: hoursAgo(1.5),
  unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' },
  location: '360111',
  industry: 'construction',
  category: 'other',
  summary: '脚手架坍塌',
  deaths: 0,
  seriousInjuries: 1,
  directLoss: '10000.00',
};

/**
 * Refusals (issue #12): a create the workflow could not use is refused before any workflow starts,
 * and every refusal is audited on the case it names, whatever bytes its body holds.
 */
describe('refusals', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let client: Client;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const post = async (username: string, path: string, body: unknown, key?: string) => {
    const r = http()
      .post(path)
      .set(await as(username));
    return (key ? r.set('Idempotency-Key', key) : r).send(body as object);
  };

  /** The record id the API derives from an Idempotency-Key (RequestKey and newId). */
  async function derivedId(kind: string, route: string, key: string): Promise<string> {
    const { userId } = await demoActor(db, 'nc.officer1');
    const requestKey = sha256Hex(`${userId}\nPOST ${route}\n${route}\n${key}`);
    return uuidFromDigest(sha256Hex(`${kind}:${requestKey}`));
  }
  async function expectNoWorkflow(workflowId: string) {
    await expect(client.workflow.getHandle(workflowId).describe()).rejects.toBeInstanceOf(
      WorkflowNotFoundError,
    );
  }
  const history = async (id: string) =>
    (
      await http()
        .get(`/audit/cases/${id}`)
        .set(await as('prov.auditor'))
        .expect(200)
    ).body.entries as { action: string; outcome: string; who: string; reason: string }[];

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    db = api.get(DataSource);
    client = api.get(Client);
  });
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  });

  it('refuses a case without its enterprise (missing, null or a list) with 422 and starts no workflow', async () => {
    const { enterprise, ...withoutEnterprise } = CASE_BODY;
    for (const body of [
      withoutEnterprise,
      { ...withoutEnterprise, enterprise: null },
      { ...withoutEnterprise, enterprise: [enterprise] },
    ]) {
      const key = `no-enterprise-${randomUUID()}`;
      const res = await post('nc.officer1', '/cases', body, key);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'validation.failed' });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('enterprise');
      await expectNoWorkflow(workflowIds.enforcementCase(await derivedId('case', '/cases', key)));
    }
  });

  it('refuses an accident without its unit, or at an instant Date.parse cannot read, and starts nothing', async () => {
    const { unit: _unit, ...withoutUnit } = ACCIDENT_BODY;
    const cases: [object, string][] = [
      [withoutUnit, 'unit'],
      [{ ...ACCIDENT_BODY, occurredAt: '2026-W48-6' }, 'occurredAt'],
      [{ ...ACCIDENT_BODY, reportedAt: '20261128T081000Z' }, 'reportedAt'],
    ];
    for (const [body, field] of cases) {
      const key = `bad-accident-${randomUUID()}`;
      const res = await post('nc.officer1', '/accidents', body, key);
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      await expectNoWorkflow(workflowIds.accident(await derivedId('accident', '/accidents', key)));
    }
  });

  it('audits every refusal of a race on its case', async () => {
    const opened = await post('nc.officer1', '/cases', CASE_BODY);
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    const inspection = {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date().toISOString(),
      place: '生产车间',
      // A hidden danger, so the accepted inspection leaves the case open (none found would close it).
      findings: [
        {
          description: '消防通道堵塞',
          severity: 'ordinary',
          legalBasis: '安全生产法 第36条',
          evidence: [{ kind: 'photo', name: 'a.jpg', sha256: 'c'.repeat(64) }],
        },
      ],
      unitRefusedToSign: false,
    };
    const headers = await as('nc.officer1');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => http().post(`/cases/${id}/inspection`).set(headers).send(inspection)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const refused = (await history(id)).filter((e) => e.outcome === 'rejected');
    expect(refused).toHaveLength(19);
    for (const e of refused) {
      expect(e).toMatchObject({ action: 'case.inspection.record', who: 'nc.officer1' });
      expect(e.reason).toMatch(/^case\.wrong_stage: /);
    }
  });

  it('audits a refused body with a NUL byte, on its case, the NUL written out', async () => {
    const opened = await post('nc.officer1', '/cases', CASE_BODY);
    const id = opened.body.id as string;
    // A rectification order before the inspection: refused (by the stage, or at the edge for the NUL).
    const refused = await post('nc.officer1', `/cases/${id}/rectification-order`, {
      deadline: '2026-12-22',
      instructions: '限期\u0000整改',
    });
    expect([409, 422]).toContain(refused.status);
    const [entry] = await db.query<{ payload: { body: { instructions: string } }; action: string }[]>(
      `SELECT payload, action FROM audit_entry WHERE case_id = $1 AND outcome = 'rejected'`,
      [id],
    );
    expect(entry?.action).toBe('case.order.issue');
    expect(entry?.payload.body.instructions).toBe('限期\\u0000整改');
    expect((await history(id)).map((e) => e.outcome)).toContain('rejected');
  });

  it('hangs a sub-procedure’s refusal on its record, and one outside the caller’s jurisdiction on none', async () => {
    const penalty = await post('nc.officer1', '/penalties', {
      party: 'unit',
      partyName: '南昌某建筑有限公司',
      creditCode: '91110108551385082Q',
      facts: '事故发生后迟报',
      handlers: ['nc.officer2'],
    });
    expect(penalty.status).toBe(201);
    const id = penalty.body.id as string;
    // The route's roles refuse an officer (403 by the guard); the workflow refuses self-approval.
    const decision = { approve: true, note: '同意' };
    expect((await post('nc.officer1', `/penalties/${id}/filing-decision`, decision)).status).toBe(403);
    const refused = (await history(id)).filter((e) => e.outcome === 'rejected');
    expect(refused.map((e) => [e.action, e.who])).toEqual([['penalty.filing.decide', 'nc.officer1']]);

    // 九江's officer is told the penalty does not exist, and the refusal names no case.
    const stranger = await post('jj.officer1', `/penalties/${id}/evidence`, { description: '照片' });
    expect(stranger.status).toBe(404);
    const [entry] = await db.query<{ case_id: string | null }[]>(
      `SELECT case_id FROM audit_entry WHERE actor_username = 'jj.officer1' AND action = 'penalty.evidence.request'
       ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ case_id: null });
    expect((await history(id)).filter((e) => e.outcome === 'rejected')).toHaveLength(1);
  });
});
