import type { INestApplication } from '@nestjs/common';
import { addDays, chinaDateOf } from '@safecase/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { allPages, type Page } from '../support/pages';

jest.setTimeout(60_000);

const CJK = /[\u4e00-\u9fff]/;

/** What a person reads is Chinese by default and English with `Accept-Language: en`; codes stay. */
describe('display language', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  let caseId: string;

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    api.get(DataSource);
    const opened = await http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .send({
        origin: 'complaint',
        enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
        summary: '群众举报',
      })
      .expect(201);
    caseId = opened.body.id as string;
  });
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  });

  /** Issues the order to rectify, answering `status`. */
  const order = async (status: number, language?: string) => {
    const req = http()
      .post(`/cases/${caseId}/rectification-order`)
      .set(await as('nc.officer1'));
    if (language) req.set('Accept-Language', language);
    return req
      .send({ deadline: addDays(chinaDateOf(Date.now()), 10), instructions: '限期整改', correctedOnSite: [] })
      .expect(status);
  };

  it('answers a refusal with a Chinese title and detail by default', async () => {
    const res = await order(409);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.body).toMatchObject({
      code: 'case.wrong_stage',
      title: '案件当前阶段不能办理此操作',
      detail: '案件当前处于“已立案”阶段，不能下达责令限期整改指令书（须处于已检查阶段）',
    });
  });

  it('answers the same refusal in English with Accept-Language: en (q-values respected)', async () => {
    for (const language of ['en', 'en-US', 'fr;q=0.9, en;q=0.8, zh;q=0.1']) {
      const res = await order(409, language);
      expect(res.headers['content-language']).toBe('en');
      expect(res.body).toMatchObject({
        code: 'case.wrong_stage',
        title: 'Not possible at the case’s current stage',
        detail: 'cannot issue the order to rectify while the case is opened (needs inspected)',
      });
    }
  });

  it('shows an API refusal and validation messages in Chinese, field names as they are', async () => {
    const res = await http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .send({ origin: 'rumour', enterprise: { name: '某厂', creditCode: 'X', address: '南昌' } })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'validation.failed', title: '请求内容无效' });
    expect(res.body.detail).toMatch(CJK);
    const fields = res.body.errors as { field: string; messages: string[] }[];
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['origin', 'enterprise.creditCode']));
    for (const f of fields) for (const m of f.messages) expect(m).toMatch(CJK);
  });

  it('titles inbox and record tasks in Chinese, in English on request, by their stable kind', async () => {
    // Tests share one database: the inbox is paged, soonest due first, so walk every page.
    const inbox = await allPages(
      async (query) =>
        (
          await http()
            .get('/tasks')
            .query(query)
            .set(await as('nc.officer1'))
            .expect(200)
        ).body as Page<{ caseId: string; kind: string; title: string }>,
    );
    const mine = inbox.find((t) => t.caseId === caseId);
    expect(mine).toMatchObject({
      kind: 'record_inspection',
      title: '对单位进行现场检查并记录（两名执法人员）',
    });
    const record = await http()
      .get(`/cases/${caseId}`)
      .set(await as('nc.officer1'))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(record.body.tasks).toEqual([
      expect.objectContaining({
        kind: 'record_inspection',
        title: 'Inspect the unit and record the inspection (two officers)',
      }),
    ]);
  });

  it('writes the audit history in Chinese sentences and keeps the codes', async () => {
    const lines = (language: string) =>
      eventually(async () => {
        const res = await http()
          .get(`/audit/cases/${caseId}`)
          .set(await as('prov.auditor'))
          .set('Accept-Language', language)
          .expect(200);
        const entries = res.body.entries as { action: string; text: string }[];
        const opened = entries.find((e) => e.action === 'case.case_opened');
        if (!opened) throw new Error('the opening is not yet projected');
        return opened.text;
      });
    // Each line starts with the instant as a person reads it in 北京时间, never the stored UTC.
    expect(await lines('zh-CN')).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间） nc\.officer1（执法人员）立案$/,
    );
    expect(await lines('en')).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(Beijing time\) nc\.officer1 \(officer\): open the case$/,
    );
  });

  it('explains a deadline and names documents in the reader’s language', async () => {
    const zh = await http()
      .get('/calendar/deadline?from=2026-09-30&amount=1&unit=calendar_days')
      .set(await as('nc.officer1'))
      .expect(200);
    expect(zh.body.rule).toMatch(/^起算日不计入/);
    expect(zh.body.extendedOver.length).toBeGreaterThan(0);
    for (const d of zh.body.extendedOver as { reason: string }[]) expect(d.reason).toMatch(CJK);
    const en = await http()
      .get('/calendar/deadline?from=2026-09-30&amount=1&unit=calendar_days')
      .set(await as('nc.officer1'))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(en.body.due).toBe(zh.body.due);
    expect(en.body.rule).toMatch(/^starting day not counted/);
    for (const d of en.body.extendedOver as { reason: string }[]) expect(d.reason).not.toMatch(CJK);

    await http()
      .post(`/cases/${caseId}/inspection`)
      .set(await as('nc.officer1'))
      .send({
        officers: ['nc.officer1', 'nc.officer2'],
        inspectedAt: new Date().toISOString(),
        place: '生产车间',
        unitRefusedToSign: false,
        findings: [
          {
            description: '报警装置失效',
            severity: 'major',
            legalBasis: '安全生产法 第36条',
            evidence: [{ kind: 'photo', name: 'a.jpg', sha256: 'a'.repeat(64) }],
          },
        ],
      })
      .expect(200);
    await order(200);
    const record = await http()
      .get(`/cases/${caseId}`)
      .set(await as('nc.officer1'))
      .expect(200);
    const documents = record.body.documents as { type: string; name: string }[];
    expect(documents.find((d) => d.type === 'rectification_order')?.name).toBe('责令限期整改指令书');
  });
});
