import type { INestApplication } from '@nestjs/common';
import { chinaDateOf } from '@safecase/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { allPages, type Page } from '../support/pages';

/** Penalty cases and transfers through HTTP alone, on the dev server with a real worker and PostgreSQL. */
describe('penalty cases and transfers over HTTP', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const today = () => chinaDateOf(Date.now());
  const get = async (username: string, path: string) =>
    http()
      .get(path)
      .set(await as(username))
      .expect(200)
      .then((r) => r.body);
  const post = async (username: string, path: string, body: object, key?: string) => {
    const r = http()
      .post(path)
      .set(await as(username));
    return (key ? r.set('Idempotency-Key', key) : r).send(body);
  };

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    db = api.get(DataSource);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  async function inspectedCase() {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'referral',
      enterprise: { name: '南昌某矿业有限公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: '拒不执行停产决定',
    });
    expect(opened.status).toBe(201);
    const inspected = await post('nc.officer1', `/cases/${opened.body.id}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date().toISOString(),
      place: '井下',
      findings: [
        {
          description: '停产期间组织井下作业',
          severity: 'major',
          legalBasis: '安全生产法 第65条',
          evidence: [{ kind: 'video', name: 'cam.mp4', sha256: 'd'.repeat(64) }],
        },
      ],
      unitRefusedToSign: false,
      refusalNote: null,
    });
    expect(inspected.status).toBe(200);
    return opened.body.id as string;
  }

  it('a penalty opened on its own: filing by a supervisor, notice with hearing right, typed refusals', async () => {
    const bad = await post('nc.officer1', '/penalties', {
      party: 'unit',
      partyName: '某公司',
      facts: '迟报事故',
      creditCode: '91110108551385083Q',
    });
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);

    const key = `pen-${Date.now()}`;
    const body = {
      party: 'unit',
      partyName: '南昌某建筑有限公司',
      creditCode: '91110108551385082Q',
      facts: '事故发生后迟报 (国务院令493号)',
      handlers: ['nc.officer2'],
    };
    const opened = await post('nc.officer1', '/penalties', body, key);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ kind: 'penalty', stage: 'proposed', caseId: null });
    expect(opened.body.tasks.map((t: { kind: string }) => t.kind)).toEqual(['decide_filing']);
    const again = await post('nc.officer1', '/penalties', body, key);
    expect(again.body.id).toBe(opened.body.id);
    const id = opened.body.id as string;

    // 立案 needs the day of the act (the limitation of 行政处罚法 第36条): 422 naming the field.
    const undated = await post('nc.supervisor', `/penalties/${id}/filing-decision`, {
      approve: true,
      note: '同意立案',
    });
    expect(undated.status).toBe(422);
    expect(undated.body.errors.map((e: { field: string }) => e.field)).toEqual(['actOn']);
    const selfApproval = await post('nc.officer1', `/penalties/${id}/filing-decision`, {
      approve: true,
      note: '',
      actOn: today(),
    });
    expect(selfApproval.status).toBe(403);
    const filed = await post('nc.supervisor', `/penalties/${id}/filing-decision`, {
      approve: true,
      note: '同意立案',
      actOn: today(),
      complex: true,
    });
    expect(filed.status).toBe(200);
    expect(filed.body.documents[0].number).toMatch(/^洪应急立〔\d{4}〕\d+号$/);

    const notice = await post('nc.officer2', `/penalties/${id}/notice`, {
      service: { method: 'direct', receiver: '王五（总经理）', servedAt: `${today()}T00:01:00+08:00` },
      sanctions: ['fine'],
      fine: '60000.00',
      facts: '迟报事故',
      legalBasis: '安全生产法 第110条',
    });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ id, stage: expect.any(String), seq: expect.any(Number) });
    // The notice, its 听证告知书 (the fine gives the right, 第63条) and the 送达回证, each numbered once.
    expect(notice.body.documents.map((d: { type: string; number: string }) => [d.type, d.number])).toEqual([
      ['penalty_notice', expect.stringMatching(/^洪应急罚告〔\d{4}〕\d+号$/)],
      ['hearing_right_notice', expect.stringMatching(/^洪应急听告〔\d{4}〕\d+号$/)],
      ['service_receipt', expect.stringMatching(/^洪应急回〔\d{4}〕\d+号$/)],
    ]);
    expect((await get('nc.officer2', `/penalties/${id}`)).state.notice).toMatchObject({ hearingRight: true });
    // An action without a body takes `{}` only.
    expect((await post('nc.officer1', `/penalties/${id}/submission`, { force: true })).status).toBe(422);
    const early = await post('nc.officer1', `/penalties/${id}/submission`, {});
    expect(early.status).toBe(409);
    expect(early.body.title).toBeDefined();
    const hearing = await post('nc.officer1', `/penalties/${id}/hearing-request`, { requestedOn: today() });
    expect(hearing.status).toBe(200);
    const investigatorChair = await post('nc.supervisor', `/penalties/${id}/hearing`, {
      date: today(),
      chair: 'nc.officer2',
    });
    expect(investigatorChair.status).toBe(403);
    const tooSoon = await post('nc.supervisor', `/penalties/${id}/hearing`, {
      date: today(),
      chair: 'nc.supervisor',
    });
    expect(tooSoon.status).toBe(422);

    const other = await http()
      .get(`/penalties/${id}`)
      .set(await as('jj.officer1'));
    expect(other.status).toBe(404);
    const inbox = await allPages(
      async (query) =>
        (
          await http()
            .get('/tasks')
            .query(query)
            .set(await as('nc.supervisor'))
            .expect(200)
        ).body as Page<unknown>,
    );
    expect(inbox).toContainEqual(
      expect.objectContaining({ caseId: id, procedure: 'penalty', kind: 'schedule_hearing' }),
    );
    const audit = await http()
      .get(`/audit/cases/${id}`)
      .set(await as('prov.auditor'))
      .expect(200);
    expect(JSON.stringify(audit.body)).toContain('洪应急立〔');
  });

  it('a transfer from a case: the head decides, the police refuse, reconsideration, handover; the case waits for it', async () => {
    const caseId = await inspectedCase();
    const oneOfficer = await post('nc.officer1', `/cases/${caseId}/transfers`, {
      team: ['nc.officer1'],
      suspectedOffence: '危险作业罪',
      facts: 'x',
    });
    expect(oneOfficer.status).toBe(422);
    const reported = await post('nc.officer1', `/cases/${caseId}/transfers`, {
      team: ['nc.officer1', 'nc.officer2'],
      suspectedOffence: '危险作业罪 (刑法 第134条之一)',
      facts: '拒不执行停产停业决定，继续组织井下作业',
    });
    expect(reported.status).toBe(200);
    const page = await http()
      .get(`/cases/${caseId}`)
      .set(await as('nc.officer1'))
      .expect(200);
    const [procedure] = page.body.procedures;
    expect(procedure).toMatchObject({ kind: 'transfer', stage: 'reported' });
    const id = procedure.id as string;

    expect(
      (await post('nc.supervisor', `/transfers/${id}/decision`, { approve: true, note: '同意' })).status,
    ).toBe(403);
    const decided = await post('nc.head', `/transfers/${id}/decision`, { approve: true, note: '同意移送' });
    expect(decided.status).toBe(200);
    // The head decided; sending is the officers' step now, so the head's buttons name it but refuse it.
    expect(decided.body.availableActions).toContainEqual(
      expect.objectContaining({ id: 'sending', allowed: false, reason: 'role' }),
    );
    expect((await get('nc.officer2', `/transfers/${id}`)).tasks[0]).toMatchObject({
      kind: 'send_transfer',
      rule: 'transfer.send',
    });
    const noPackage = await post('nc.officer2', `/transfers/${id}/sending`, { on: today() });
    expect(noPackage.status).toBe(422);
    const sent = await post('nc.officer2', `/transfers/${id}/sending`, {
      on: today(),
      package: {
        investigationReport: '拒不执行停产停业决定，继续组织井下作业（调查报告）',
        items: [{ item: '井下作业记录', quantity: '1 册' }],
        appraisals: [],
      },
    });
    expect(sent.status).toBe(200);
    // 国务院令第310号 第6条: the letter, the investigation report and the inventory, each numbered.
    expect(sent.body.documents.map((d: { number: string }) => d.number)).toEqual([
      expect.stringMatching(/^洪应急移〔\d{4}〕\d+号$/),
      expect.stringMatching(/^洪应急移调〔\d{4}〕\d+号$/),
      expect.stringMatching(/^洪应急移清〔\d{4}〕\d+号$/),
    ]);
    await post('nc.officer1', `/transfers/${id}/police-decision`, {
      filed: false,
      on: today(),
      note: '不予立案',
    });
    const reconsider = await post('nc.officer1', `/transfers/${id}/reconsideration`, { on: today() });
    expect(reconsider.body.documents[0].number).toMatch(/^洪应急提复〔\d{4}〕\d+号$/);
    const closeCase = await post('nc.head', `/cases/${caseId}/closure`, { note: '结案' });
    expect(closeCase.status).toBe(409);
    await post('nc.officer1', `/transfers/${id}/reconsideration/answer`, { filed: true, on: today() });
    const handed = await post('nc.officer2', `/transfers/${id}/handover`, {
      on: today(),
      items: '账簿、录像',
    });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ id, stage: 'closed', availableActions: [] });
    const closedAgain = await post('nc.officer2', `/transfers/${id}/handover`, {
      on: today(),
      items: '账簿',
    });
    expect(closedAgain.status).toBe(409);

    // The transfer tells its case when it ends; the case then records it.
    await eventually(async () => {
      const [row] = await db.query<{ state: { procedures: { status: string }[] } }[]>(
        'SELECT state FROM enforcement_case WHERE id = $1',
        [caseId],
      );
      expect(row?.state.procedures).toEqual([expect.objectContaining({ status: 'finished' })]);
    });
  });
});
