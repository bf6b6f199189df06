import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** Accidents and rectification items through HTTP alone, on the dev server with a real worker. */
describe('accidents over HTTP', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const post = async (username: string, path: string, body: object, key?: string) => {
    const r = http()
      .post(path)
      .set(await as(username));
    return (key ? r.set('Idempotency-Key', key) : r).send(body);
  };
  const get = async (username: string, path: string) =>
    http()
      .get(path)
      .set(await as(username));
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
  const accident = (overrides: object = {}) => ({
    occurredAt: hoursAgo(2),
    reportedAt: hoursAgo(1.5),
    unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' },
    location: '360111',
    industry: 'construction',
    category: 'other',
    summary: '脚手架坍塌',
    deaths: 3,
    seriousInjuries: 0,
    directLoss: '2000000.00',
    ...overrides,
  });

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('grades at intake, refuses bad input with a problem, and re-grades on a casualty change (audited)', async () => {
    const bad = await post(
      'nc.officer1',
      '/accidents',
      accident({ unit: { name: 'x', creditCode: '91110108551385083Q' }, deaths: -1 }),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'deaths',
      'unit.creditCode',
    ]);
    const backwards = await post('nc.officer1', '/accidents', accident({ reportedAt: hoursAgo(3) }));
    expect(backwards.status).toBe(422);

    const key = `acc-${Date.now()}`;
    const body = accident();
    const opened = await post('nc.officer1', '/accidents', body, key);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ grade: 'LARGER', level: 'city', lateReport: false });
    expect((await post('nc.officer1', '/accidents', body, key)).body.id).toBe(opened.body.id);
    const id = opened.body.id as string;

    const updated = await post('nc.officer1', `/accidents/${id}/casualties`, {
      deaths: 10,
      seriousInjuries: 0,
      directLoss: '2000000.00',
      note: '伤员死亡',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id, seq: expect.any(Number), documents: [] });
    // Ten deaths make it major: investigated by the province, above this city agency.
    const major = (await get('nc.officer1', `/accidents/${id}`)).body;
    expect(major.state).toMatchObject({
      grade: 'MAJOR',
      level: 'province',
      levelHandover: { required: true },
    });
    expect(major.tasks.map((t: { kind: string }) => t.kind)).toContain('level_handover');
    expect((await get('jj.officer1', `/accidents/${id}`)).status).toBe(404);
    const audit = await get('prov.auditor', `/audit/cases/${id}`);
    expect(JSON.stringify(audit.body)).toContain('casualties_updated');
  });

  it('a late report shows its penalty case; an item is rejected with reasons, then verified', async () => {
    const opened = await post(
      'nc.officer1',
      '/accidents',
      accident({ reportedAt: hoursAgo(0.5), deaths: 1 }),
    );
    expect(opened.body.state).toMatchObject({ lateReport: true, grade: 'GENERAL' });
    const id = opened.body.id as string;
    const withPenalty = await eventually(async () => {
      const res = await get('nc.supervisor', `/accidents/${id}`);
      expect(res.body.children).toEqual([expect.objectContaining({ kind: 'penalty', stage: 'proposed' })]);
      return res.body;
    });
    expect((await get('nc.supervisor', `/penalties/${withPenalty.children[0].id}`)).status).toBe(200);

    await post('nc.supervisor', `/accidents/${id}/team`, { leader: '张组长', members: ['李', '王'] }).then(
      (r) => expect(r.status).toBe(200),
    );
    await post('nc.officer1', `/accidents/${id}/report`, { summary: '调查报告' }).then((r) =>
      expect(r.status).toBe(200),
    );
    expect((await post('nc.supervisor', `/accidents/${id}/approval`, { note: '同意' })).status).toBe(403);
    const approved = await post('nc.head', `/accidents/${id}/approval`, { note: '同意' });
    expect(approved.body.documents[0].number).toMatch(/^洪应急批复〔\d{4}〕\d+号$/);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const added = await post('nc.officer1', `/accidents/${id}/rectification-items`, {
      measure: '建立脚手架验收制度',
      responsibleUnit: '南昌某建筑有限公司',
      creditCode: '91110108551385082Q',
      deadline: today,
    });
    expect(added.status).toBe(200);
    const children = (await get('nc.officer1', `/accidents/${id}`)).body.children as {
      kind: string;
      id: string;
    }[];
    const item = children.find((c) => c.kind === 'rectification_item')!;
    expect(item).toBeDefined();
    const path = `/rectification-items/${item.id}`;
    expect(
      (
        await post('nc.officer1', `${path}/completion`, {
          note: '完成',
          evidence: [{ name: 'a.jpg', sha256: 'XYZ' }],
        })
      ).status,
    ).toBe(422);
    await post('nc.officer1', `${path}/completion`, {
      note: '完成',
      evidence: [{ name: 'a.jpg', sha256: 'f'.repeat(64) }],
    }).then((r) => expect(r.status).toBe(200));
    const rejected = await post('nc.supervisor', `${path}/verification`, {
      accepted: false,
      reasons: '缺少验收签字',
    });
    expect(rejected.body).toMatchObject({ id: item.id, stage: 'open', documents: [] });
    // The item's buttons come with the answer: back in `open`, completion can be reported again.
    expect(rejected.body.availableActions).toContainEqual(
      expect.objectContaining({ command: 'report_completion', path: `${path}/completion` }),
    );
    await post('nc.officer1', `${path}/completion`, {
      note: '补签',
      evidence: [{ name: 'b.pdf', sha256: 'a'.repeat(64) }],
    });
    const verified = await post('nc.head', `${path}/verification`, { accepted: true, reasons: '' });
    expect(verified.body.documents[0].number).toMatch(/^洪应急验收〔\d{4}〕\d+号$/);
    await eventually(async () => {
      const res = await get('nc.officer1', `/accidents/${id}`);
      expect(res.body.state.items).toEqual([expect.objectContaining({ status: 'done' })]);
    });
  });
});
