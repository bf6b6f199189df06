import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

interface AvailableAction {
  id: string;
  label: string;
  allowed: boolean;
  reason?: string;
}

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

    // The buttons of the accident's page, from its definition (accident.procedure.ts).
    const buttons = async (username: string) =>
      Object.fromEntries(
        ((await get(username, `/accidents/${id}`)).body.availableActions as AvailableAction[]).map((a) => [
          a.id,
          a.allowed ? 'allowed' : a.reason,
        ]),
      );
    expect(await buttons('nc.officer1')).toEqual({
      casualties: 'allowed',
      'report-passed-up': 'allowed',
      'level-handover': 'role',
      'reporting-violation': 'allowed',
      team: 'role',
      'technical-appraisal': 'allowed',
      // No appraisal running: nothing to end yet.
    });
    expect(await buttons('nc.supervisor')).toMatchObject({ casualties: 'role', team: 'allowed' });
    const team = (await get('nc.officer1', `/accidents/${id}`)).body.availableActions.find(
      (a: AvailableAction) => a.id === 'team',
    );
    expect(team).toMatchObject({ label: '成立事故调查组', method: 'POST', path: `/accidents/${id}/team` });

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

  const principal = {
    name: '王某',
    idNumber: '11010519491231002X',
    position: '总经理',
    lastYearIncome: '360000.00',
  };

  it('a late report needs the 主要负责人, validated; its penalty case is on that person', async () => {
    // Late by the head's hour (第9条): told 1 h 30 before the agency was.
    const late = {
      occurredAt: hoursAgo(3),
      unitHeadNotifiedAt: hoursAgo(2),
      reportedAt: hoursAgo(0.5),
      deaths: 1,
    };
    const without = await post('nc.officer1', '/accidents', accident(late));
    expect(without.status).toBe(422);
    expect(without.body).toMatchObject({ code: 'case.invalid' });
    expect(without.body.detail).toContain('主要负责人');
    const badId = await post(
      'nc.officer1',
      '/accidents',
      accident({ ...late, principal: { ...principal, idNumber: '110105194912310021' } }),
    );
    expect(badId.status).toBe(422);
    expect(badId.body.errors).toEqual([
      expect.objectContaining({
        field: 'principal.idNumber',
        messages: [expect.stringContaining('不是有效的居民身份证号码')],
      }),
    ]);
    const headAfterReport = await post(
      'nc.officer1',
      '/accidents',
      accident({ ...late, unitHeadNotifiedAt: hoursAgo(0.25), principal }),
    );
    expect(headAfterReport.status).toBe(422);
    expect(headAfterReport.body.detail).toContain('unitHeadNotifiedAt');

    const opened = await post('nc.officer1', '/accidents', accident({ ...late, principal }));
    expect([opened.status, opened.body.detail]).toEqual([201, undefined]);
    expect(opened.body).toMatchObject({ lateReport: true, lateReportMeasuredFrom: 'unit_head_notified' });
    expect(opened.body.state).toMatchObject({
      lateReport: true,
      grade: 'GENERAL',
      unitHeadNotifiedAt: expect.stringMatching(/\+08:00$/),
    });
    const id = opened.body.id as string;
    const withPenalty = await eventually(async () => {
      const res = await get('nc.supervisor', `/accidents/${id}`);
      expect(res.body.children).toEqual([expect.objectContaining({ kind: 'penalty', stage: 'proposed' })]);
      return res.body;
    });
    const penalty = await get('nc.supervisor', `/penalties/${withPenalty.children[0].id}`);
    expect(penalty.status).toBe(200);
    expect(penalty.body.party).toEqual({ name: '王某', creditCode: null });
    expect(penalty.body.state).toMatchObject({
      party: 'individual',
      individual: { name: '王某', idNumber: '11010519491231002X', position: '总经理' },
    });
  });

  it('an accident time alone counts when the head’s receipt is unknown; 瞒报 opens two penalty cases', async () => {
    const opened = await post(
      'nc.officer1',
      '/accidents',
      accident({ reportedAt: hoursAgo(1.5), deaths: 1 }),
    );
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ lateReport: false, lateReportMeasuredFrom: 'accident_time' });
    const id = opened.body.id as string;
    const found = await post('nc.officer1', `/accidents/${id}/reporting-violation`, {
      kind: 'concealment',
      facts: '隐瞒一名死亡人员',
      principal,
    });
    expect(found.status).toBe(200);
    await eventually(async () => {
      const res = await get('nc.supervisor', `/accidents/${id}`);
      expect(res.body.children.map((c: { party: { name: string } }) => c.party.name).sort()).toEqual(
        ['王某', '南昌某建筑有限公司'].sort(),
      );
    });
  });

  it('a penalty on an individual names them, with a validated 居民身份证号 (422 in Chinese)', async () => {
    const bad = await post('nc.officer1', '/penalties', {
      party: 'individual',
      partyName: '张某',
      facts: '违章作业',
      individual: {
        name: '张某',
        idNumber: '360102198003151234',
        position: '班组长',
        lastYearIncome: '80000.00',
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({
        field: 'individual.idNumber',
        messages: [expect.stringContaining('末位校验码符合 GB 11643')],
      }),
    ]);
    const good = await post('nc.officer1', '/penalties', {
      party: 'individual',
      partyName: '张某',
      facts: '违章作业',
      individual: {
        name: '张某',
        idNumber: '360102198003151231',
        position: '班组长',
        lastYearIncome: '80000.00',
      },
    });
    expect(good.status).toBe(201);
    expect(good.body.state.individual).toEqual({
      name: '张某',
      idNumber: '360102198003151231',
      position: '班组长',
      lastYearIncome: '80000.00',
    });
  });

  it('the report clock stands still for a technical appraisal; a late-entered death counts by its day', async () => {
    const opened = await post('nc.officer1', '/accidents', accident({ deaths: 1 }));
    const id = opened.body.id as string;
    await post('nc.supervisor', `/accidents/${id}/team`, { leader: '张组长', members: ['李'] });
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const started = await post('nc.officer1', `/accidents/${id}/technical-appraisal`, {
      on: today,
      note: '委托鉴定脚手架扣件',
    });
    expect(started.status).toBe(200);
    // While it runs, it can be ended and not started again.
    const ids = (started.body.availableActions as AvailableAction[]).map((a) => a.id);
    expect(ids).toContain('technical-appraisal/end');
    expect(ids).not.toContain('technical-appraisal');
    const report = (body: { tasks: { kind: string; dueAt: string | null; paused: boolean }[] }) =>
      body.tasks.find((t) => t.kind === 'submit_report');
    expect(report((await get('nc.officer1', `/accidents/${id}`)).body)).toMatchObject({
      dueAt: null,
      paused: true,
    });
    expect((await post('nc.officer1', `/accidents/${id}/report`, { summary: '报告' })).status).toBe(409);
    const ended = await post('nc.officer1', `/accidents/${id}/technical-appraisal/end`, { on: today });
    expect(ended.status).toBe(200);
    // Running again (its due day may still wait for next year's calendar in December).
    expect(report((await get('nc.officer1', `/accidents/${id}`)).body)).toMatchObject({ paused: false });
    const future = new Date(Date.now() + 8 * 3600_000 + 2 * 86_400_000).toISOString().slice(0, 10);
    const death = await post('nc.officer1', `/accidents/${id}/casualties`, {
      deaths: 3,
      seriousInjuries: 0,
      missing: 0,
      directLoss: '2000000.00',
      changedOn: future,
      note: '',
    });
    expect(death.status).toBe(422);
    const counted = await post('nc.officer1', `/accidents/${id}/casualties`, {
      deaths: 3,
      seriousInjuries: 0,
      missing: 1,
      directLoss: '2000000.00',
      changedOn: today,
      note: '伤员死亡，一人下落不明',
    });
    expect(counted.status).toBe(200);
    expect((await get('nc.officer1', `/accidents/${id}`)).body).toMatchObject({ grade: 'LARGER' });
    expect((await get('nc.officer1', `/accidents/${id}`)).body.state).toMatchObject({
      missing: 1,
      deaths: 3,
    });
  });

  it('an item is rejected with reasons, then verified', async () => {
    const opened = await post('nc.officer1', '/accidents', accident({ deaths: 1 }));
    const id = opened.body.id as string;
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
