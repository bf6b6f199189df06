import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { registerSearchAttributes } from '@safecase/temporal';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as rawRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { aMinuteBefore } from '../support/cases';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { testEnvironment } from '../support/environment';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const PARTY = '南昌某某化工有限公司';
const DAY_MS = 24 * 3600_000;

interface DocumentFile {
  id: string;
  number: string;
  type: string;
  status: string;
  pdf: { sha256: string; size: number; pages: number; href: string } | null;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** 2026年12月1日 in China Standard Time, computed here independently of the renderer. */
function chinaDay(ms: number): string {
  const t = new Date(ms + 8 * 3600_000);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`;
}
function chinaMinute(ms: number): string {
  const t = new Date(ms + 8 * 3600_000);
  return `${chinaDay(ms)}${t.getUTCHours()}时${String(t.getUTCMinutes()).padStart(2, '0')}分（北京时间）`;
}

const dir = mkdtempSync(join(tmpdir(), 'safecase-pdf-'));
/** The text of a PDF as poppler reads it, without the spaces and line breaks layout puts in. */
function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, '');
}
function pdfInfo(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}-info.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfinfo failed: ${r.stderr}`);
  return r.stdout;
}

/** A multipart body: the fields first, then the file (as the endpoint asks). */
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = `----safecase${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { boundary, body: Buffer.concat(parts) };
}

/**
 * Documents as files and evidence as files, over HTTP, in the training sandbox (time-skipping test
 * server, so the penalty's defence period can pass): a case walks from inspection to a penalty
 * decision, each document's PDF is read back with poppler, and evidence streams in and out.
 */
describe('documents and evidence as files', () => {
  // Printing shares the two cores with the workers: on a busy machine an action's projection can take
  // longer than the default 20 s answer deadline, and the 202 it then gets (for an action or a clock advance) is not what this test is about.
  const config = { ...testConfig(), sandbox: true, answerWithinMs: 120_000, sandboxAdvanceAnswerMs: 120_000 };
  let env: TestWorkflowEnvironment;
  let api: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  const tokens = new Map<string, Record<string, string>>();
  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, bearer(await tokenFor(api, username)));
    return tokens.get(username)!;
  };
  const http = () => request(api.getHttpServer());
  const post = async (username: string, path: string, body: object) =>
    http()
      .post(path)
      .set(await as(username))
      .send(body);
  const clockNow = async () =>
    Date.parse(
      (
        (
          await http()
            .get('/sandbox/clock')
            .set(await as('nc.officer1'))
        ).body as { now: string }
      ).now,
    );
  const today = async () => new Date((await clockNow()) + 8 * 3600_000).toISOString().slice(0, 10);
  /** A service handed over a minute ago on the sandbox's clock (an instant the workflow has passed). */
  const servedNow = async () => new Date(aMinuteBefore(await clockNow())).toISOString();

  async function openCase(): Promise<string> {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'plan',
      enterprise: {
        name: PARTY,
        creditCode: '91110108551385082Q',
        address: '江西省南昌市青山湖区某某路88号',
      },
      summary: '危险化学品仓库检查',
    });
    expect(opened.status).toBe(201);
    return opened.body.id as string;
  }

  async function upload(
    username: string,
    fields: Record<string, string>,
    content: Buffer,
    type = 'image/jpeg',
  ) {
    const { boundary, body } = multipart(fields, { name: '仓库照片.jpg', type, content });
    return http()
      .post('/evidence')
      .set(await as(username))
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(body);
  }

  async function documentsOf(caseId: string): Promise<DocumentFile[]> {
    const r = await http()
      .get(`/cases/${caseId}/documents`)
      .set(await as('nc.officer1'));
    expect(r.status).toBe(200);
    return r.body.items as DocumentFile[];
  }

  /** The PDF once printed; until then the API answers 409 document.rendering with Retry-After. */
  async function pdfOf(doc: DocumentFile): Promise<Buffer> {
    const deadline = Date.now() + EVENTUALLY_TIMEOUT_MS;
    let sawRendering = false;
    for (;;) {
      const r = await http()
        .get(`/documents/${doc.id}/pdf`)
        .set(await as('nc.officer1'))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      if (r.status === 200) {
        expect(r.headers['content-type']).toBe('application/pdf');
        void sawRendering;
        return r.body as Buffer;
      }
      expect(r.status).toBe(409);
      expect(JSON.parse((r.body as Buffer).toString('utf8'))).toMatchObject({ code: 'document.rendering' });
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      sawRendering = true;
      if (Date.now() > deadline) throw new Error(`${doc.number} was never printed`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
    });
    config.temporal = { ...config.temporal, address: env.address };
    await registerSearchAttributes(env.connection, 'default');
    worker = await startWorker(config, env.nativeConnection);
    api = await startApi(config);
    db = api.get(DataSource);
    await ensureFixtureYears(db, await env.currentTimeMs());
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await env?.teardown();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('walks a case from inspection to a penalty decision; every document is a PDF with its facts and digest', async () => {
    const caseId = await openCase();
    const photo = randomBytes(300_000);
    const stored = await upload('nc.officer1', { caseId, sha256: sha256(photo) }, photo);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ sha256: sha256(photo), size: photo.length, mediaType: 'image/jpeg' });

    const inspectedAt = (await clockNow()) - 3600_000;
    const inspected = await post('nc.officer1', `/cases/${caseId}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date(inspectedAt).toISOString(),
      place: '危险化学品仓库',
      findings: [
        {
          description: '危险化学品仓库未设置可燃气体报警装置',
          severity: 'ordinary',
          legalBasis: '《危险化学品安全管理条例》第二十条',
          // The finding's evidence is the stored file, named by its digest.
          evidence: [{ kind: 'photo', name: '仓库照片.jpg', sha256: stored.body.sha256 }],
        },
      ],
      unitRefusedToSign: true,
      refusalNote: '负责人拒绝签字',
    });
    expect(inspected.status).toBe(200);
    const deadline = new Date((await clockNow()) + 8 * 3600_000 + 3 * DAY_MS).toISOString().slice(0, 10);
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/rectification-order`, {
          deadline,
          instructions: '立即整改',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/penalty-proposal`, {
          dangerIds: ['D1'],
          summary: '建议罚款',
        })
      ).status,
    ).toBe(200);
    expect(
      (await post('nc.supervisor', `/cases/${caseId}/penalty-proposal/acknowledgement`, { note: '同意立案' }))
        .status,
    ).toBe(200);
    const penaltyId = await (async () => {
      const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
      for (;;) {
        const page = await http()
          .get(`/cases/${caseId}`)
          .set(await as('nc.officer1'));
        const p = (page.body.procedures ?? [])[0] as { id: string; stage: string } | undefined;
        if (p?.stage === 'investigating') return p.id;
        if (Date.now() > until) throw new Error('the penalty was never filed');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const fine = {
      sanctions: ['warning', 'fine'],
      fine: '20000.00',
      facts: '你单位危险化学品仓库未设置可燃气体报警装置。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
    };
    expect(
      (
        await post('nc.officer1', `/penalties/${penaltyId}/notice`, {
          service: {
            method: 'direct',
            receiver: '王五（总经理）',
            servedAt: `${await today()}T00:01:00+08:00`,
          },
          ...fine,
        })
      ).status,
    ).toBe(200);
    // The statement and defence period (3 days) runs out.
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P6D' })).status).toBe(200);
    expect((await post('nc.officer2', `/penalties/${penaltyId}/submission`, {})).status).toBe(200);
    const decided = await post('nc.supervisor', `/penalties/${penaltyId}/decision`, fine);
    expect(decided.status).toBe(200);
    const decidedOn = await today();

    const docs = await documentsOf(caseId);
    const byType = new Map(docs.map((d) => [d.type, d]));
    for (const type of [
      'inspection_record',
      'rectification_order',
      'filing_approval',
      'penalty_notice',
      'penalty_decision',
    ]) {
      expect(byType.has(type)).toBe(true);
    }
    expect(byType.get('penalty_decision')!.number).toMatch(/^洪应急罚〔\d{4}〕\d+号$/);
    expect(byType.get('filing_approval')!.number).toMatch(/^洪应急立〔\d{4}〕\d+号$/);

    const texts = new Map<string, string>();
    for (const doc of docs) {
      const pdf = await pdfOf(doc);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const info = pdfInfo(pdf, doc.type);
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      const text = pdfText(pdf, doc.type);
      texts.set(doc.type, text);
      expect(text).toContain('安全生产行政执法文书');
      expect(text).toContain(doc.number);
      expect(text).toContain(PARTY);
      expect(text).toContain('南昌市应急管理局');
      expect(text).toMatch(/共\d+页第1页/);
      // The same bytes every time, and the digest the metadata and the audit chain hold.
      const again = await pdfOf(doc);
      expect(again.equals(pdf)).toBe(true);
      const meta = await http()
        .get(`/documents/${doc.id}`)
        .set(await as('nc.officer1'));
      expect(meta.status).toBe(200);
      expect(meta.body).toMatchObject({
        status: 'rendered',
        number: doc.number,
        pdf: { sha256: sha256(pdf), size: pdf.length },
      });
      const [entry] = await db.query<{ payload: { sha256: string; documentId: string }; case_id: string }[]>(
        `SELECT payload, case_id FROM audit_entry WHERE action = 'document.rendered' AND document_number = $1`,
        [doc.number],
      );
      expect(entry).toMatchObject({ case_id: caseId, payload: { sha256: sha256(pdf), documentId: doc.id } });
    }

    const inspection = texts.get('inspection_record')!;
    expect(inspection).toContain(chinaMinute(inspectedAt));
    expect(inspection).toContain('张伟（执法证号36010020001）');
    expect(inspection).toContain('拒绝签字');
    expect(inspection).toContain(stored.body.sha256.slice(0, 16));
    expect(texts.get('rectification_order')).toContain(
      `${chinaDay(Date.parse(`${deadline}T12:00:00+08:00`))}前整改完毕`,
    );
    const notice = texts.get('penalty_notice')!;
    expect(notice).toContain('罚款人民币20000.00元');
    expect(notice).toContain('陈述和申辩');
    const decision = texts.get('penalty_decision')!;
    expect(decision).toContain(chinaDay(Date.parse(`${decidedOn}T12:00:00+08:00`)));
    // 行政复议法 2023 第24条: 复议 against a department goes to the people's government at its level.
    expect(decision).toContain('可以在收到本决定书之日起六十日内依法向南昌市人民政府申请行政复议');
    expect(decision).toContain('六个月内依法向人民法院提起行政诉讼');
    expect(decision).toContain('十五日内');

    // Another agency sees neither the list nor a document.
    const stranger = await http()
      .get(`/documents/${byType.get('penalty_decision')!.id}`)
      .set(await as('jj.officer1'));
    expect(stranger.status).toBe(404);
    expect(
      (
        await http()
          .get(`/audit/verify`)
          .set(await as('prov.auditor'))
      ).body,
    ).toMatchObject({ ok: true });
  });

  /** Polls until `found` gives a value: a workflow's step or timer lands asynchronously. */
  async function eventually<T>(what: string, found: () => Promise<T | undefined>): Promise<T> {
    const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
    for (;;) {
      const value = await found();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error(`${what} never happened`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('prints the 查封扣押决定书 with its 清单 (第24条), approved or on the spot, and the 催告书 (第35条)', async () => {
    const caseId = await openCase();
    const inspected = await post('nc.officer1', `/cases/${caseId}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date((await clockNow()) - 3600_000).toISOString(),
      place: '危险化学品仓库',
      findings: [
        {
          description: '液化气钢瓶存放于地下室',
          severity: 'major',
          legalBasis: '《城镇燃气管理条例》第二十八条',
          evidence: [],
        },
        {
          description: '储罐区可燃气体报警装置失效',
          severity: 'major',
          legalBasis: '《危险化学品安全管理条例》第二十条',
          evidence: [],
        },
      ],
      unitRefusedToSign: false,
    });
    expect(inspected.status).toBe(200);
    // M1: proposed and approved by the supervisor; M2: taken on the spot (行政强制法 第19条).
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/measures`, {
          kind: 'seal_seize',
          dangerIds: ['D1'],
          reason: '气瓶存放场所不符合安全要求，存在爆炸危险',
          inventory: [
            { item: '液化气钢瓶（50公斤）', quantity: '12 个' },
            { item: '地下室仓库', quantity: '1 处' },
          ],
        })
      ).status,
    ).toBe(200);
    const approved = await post('nc.supervisor', `/cases/${caseId}/measures/M1/decision`, {
      approve: true,
      note: '同意查封',
    });
    expect(approved.status).toBe(200);
    const takenAt = (await clockNow()) - 60_000;
    const taken = await post('nc.officer2', `/cases/${caseId}/emergency-measures`, {
      kind: 'seal_seize',
      dangerIds: ['D2'],
      reason: '报警装置失效，储罐泄漏',
      takenAt: new Date(takenAt).toISOString(),
      inventory: [{ item: '液氨储罐', quantity: '2 台' }],
    });
    expect(taken.status).toBe(200);

    const docs = await documentsOf(caseId);
    const find = (type: string, n: number) => docs.filter((d) => d.type === type)[n]!;
    const printed = async (doc: DocumentFile) => {
      const text = pdfText(await pdfOf(doc), `${doc.type}-${doc.id}`);
      for (const s of ['安全生产行政执法文书', doc.number, PARTY, '南昌市应急管理局', '（印章）'])
        expect(text).toContain(s);
      return text;
    };
    const common = [
      // 第24条(一): name and address; (二) reasons, basis, term; (四) remedies.
      '江西省南昌市青山湖区某某路88号',
      '《中华人民共和国安全生产法》第六十五条第一款第（四）项',
      '查封、扣押的期限为三十日，自本决定书送达之日起计算',
      '延长期限不得超过三十日',
      '六十日内依法向南昌市人民政府申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
    ];
    const decision = await printed(find('seizure_decision', 0));
    for (const s of [
      ...common,
      '气瓶存放场所不符合安全要求，存在爆炸危险',
      '液化气钢瓶存放于地下室',
      '液化气钢瓶（50公斤）12个',
      '地下室仓库1处',
    ])
      expect(decision).toContain(s);
    expect(decision).not.toContain('当场实施');
    const emergency = await printed(find('seizure_decision', 1));
    for (const s of [...common, '液氨储罐2台', `于${chinaMinute(takenAt)}当场实施查封、扣押`])
      expect(emergency).toContain(s);
    const inventory = await printed(find('seizure_inventory', 0));
    expect(inventory).toContain('查封扣押场所、设施、财物清单');
    expect(inventory).toContain('液化气钢瓶（50公斤）12个');
    expect(inventory).toContain('当事人（签名）');

    // The penalty on the same facts, decided and served; the fine stays unpaid past 30 days of surcharge.
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/penalty-proposal`, {
          dangerIds: ['D1'],
          summary: '建议罚款',
        })
      ).status,
    ).toBe(200);
    expect(
      (await post('nc.supervisor', `/cases/${caseId}/penalty-proposal/acknowledgement`, { note: '同意立案' }))
        .status,
    ).toBe(200);
    const penaltyId = await eventually('the filing', async () => {
      const page = await http()
        .get(`/cases/${caseId}`)
        .set(await as('nc.officer1'));
      const p = (page.body.procedures ?? [])[0] as { id: string; stage: string } | undefined;
      return p?.stage === 'investigating' ? p.id : undefined;
    });
    const fine = {
      sanctions: ['fine'],
      fine: '20000.00',
      facts: '你单位将液化气钢瓶存放于地下室。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
    };
    expect(
      (
        await post('nc.officer1', `/penalties/${penaltyId}/notice`, {
          service: { method: 'direct', receiver: '李四（法定代表人）', servedAt: await servedNow() },
          ...fine,
        })
      ).status,
    ).toBe(200);
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P6D' })).status).toBe(200);
    expect((await post('nc.officer2', `/penalties/${penaltyId}/submission`, {})).status).toBe(200);
    expect((await post('nc.supervisor', `/penalties/${penaltyId}/decision`, fine)).status).toBe(200);
    const decidedOn = await today();
    const served = await post('nc.officer1', `/penalties/${penaltyId}/service`, {
      service: { method: 'direct', receiver: '李四（法定代表人）', servedAt: await servedNow() },
    });
    expect(decidedOn).toBe(await today());
    expect(served.status).toBe(200);
    // 15 days to pay (第67条), then more than 30 days of surcharge before the demand (第54条 practice).
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P60D' })).status).toBe(200);
    await eventually('the demand falling due', async () => {
      const [row] = await db.query<{ due: boolean }[]>(
        `SELECT (state->>'demandDue')::boolean AS due FROM procedure WHERE id = $1`,
        [penaltyId],
      );
      return row?.due ? true : undefined;
    });
    const demandOn = await today();
    expect(
      (
        await post('nc.officer1', `/penalties/${penaltyId}/demand`, {
          service: { method: 'direct', receiver: '李四（法定代表人）', servedAt: await servedNow() },
        })
      ).status,
    ).toBe(200);

    const demandDoc = (await documentsOf(caseId)).find((d) => d.type === 'payment_demand')!;
    expect(demandDoc.number).toMatch(/^洪应急催〔\d{4}〕\d+号$/);
    const demand = await printed(demandDoc);
    for (const s of [
      '催告书',
      `于${chinaDay(Date.parse(`${decidedOn}T12:00:00+08:00`))}对你（单位）作出行政处罚决定`,
      // 第35条(三): the amount, fine and surcharge, in yuan, as the record computes it that day.
      '罚款人民币20000.00元',
      `截至${chinaDay(Date.parse(`${demandOn}T12:00:00+08:00`))}，合计人民币`,
      // (一)(二): deadline and manner; (四): statement and defence.
      '自收到本催告书之日起十日内履行上述义务',
      '缴至指定银行或者通过电子支付系统缴纳',
      '有权进行陈述和申辩',
      '《中华人民共和国行政强制法》第三十五条',
    ])
      expect(demand).toContain(s);
    // 行政处罚法 第72条: 3% of the fine a day (¥600.00), more than 30 days of it, never above the fine.
    const m = /加处罚款人民币(\d+\.\d{2})元（[^）]*共(\d+)日/.exec(demand);
    expect(m).not.toBeNull();
    const [surcharge, days] = [Number(m![1]), Number(m![2])];
    expect(days).toBeGreaterThan(30);
    expect(surcharge).toBe(Math.min(20000, 600 * days));
    expect(demand).toContain(`合计人民币${(20000 + surcharge).toFixed(2)}元`);
    // The record answers the same sum a payment must match (it once failed with 500 here: the read
    // model keeps the pinned rulebook as its version only).
    const record = await http()
      .get(`/penalties/${penaltyId}`)
      .set(await as('nc.officer1'))
      .expect(200);
    expect(record.body.owed).toMatchObject({ fine: '20000.00', surcharge: surcharge.toFixed(2) });
  });

  it('prints the 涉嫌犯罪案件移送书 with its receipt and the 第6条 package (国务院令第310号)', async () => {
    const caseId = await openCase();
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/inspection`, {
          officers: ['nc.officer1', 'nc.officer2'],
          inspectedAt: new Date((await clockNow()) - 3600_000).toISOString(),
          place: '生产车间',
          findings: [
            {
              description: '责令停产停业期间擅自恢复生产',
              severity: 'major',
              legalBasis: '《中华人民共和国安全生产法》第六十五条',
              evidence: [],
            },
          ],
          unitRefusedToSign: false,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/transfers`, {
          team: ['nc.officer1', 'nc.officer2'],
          suspectedOffence: '危险作业罪',
          facts: '该单位在责令停产停业期间擅自恢复生产，具有发生重大伤亡事故的现实危险。',
        })
      ).status,
    ).toBe(200);
    const transferId = await eventually('the transfer', async () => {
      const page = await http()
        .get(`/cases/${caseId}`)
        .set(await as('nc.officer1'));
      const p = (page.body.procedures ?? [])[0] as { id: string; kind: string } | undefined;
      return p?.kind === 'transfer' ? p.id : undefined;
    });
    expect(
      (await post('nc.head', `/transfers/${transferId}/decision`, { approve: true, note: '同意移送' }))
        .status,
    ).toBe(200);
    const sentOn = await today();
    const sent = await post('nc.officer2', `/transfers/${transferId}/sending`, {
      on: sentOn,
      policeOrgan: '南昌市公安局青山湖分局',
      package: {
        investigationReport: '经调查，该单位在停产停业期间擅自恢复生产，有关负责人对此供认不讳。',
        items: [{ item: '生产记录台账', quantity: '3 册' }],
        appraisals: [{ title: '压力容器检验报告', conclusion: '该储罐不符合安全技术规范，禁止使用。' }],
      },
    });
    expect(sent.status).toBe(200);

    const docs = await documentsOf(caseId);
    const text = async (type: string) => {
      const doc = docs.find((d) => d.type === type)!;
      const t = pdfText(await pdfOf(doc), `${type}-${doc.id}`);
      for (const s of ['安全生产行政执法文书', doc.number, PARTY, '南昌市应急管理局']) expect(t).toContain(s);
      return { t, number: doc.number };
    };
    const letter = await text('transfer_letter');
    expect(letter.number).toMatch(/^洪应急移〔\d{4}〕\d+号$/);
    const approval = docs.find((d) => d.type === 'transfer_approval')!;
    for (const s of [
      '涉嫌犯罪案件移送书',
      // 第8条: addressed to the organ recorded with the sending; the approval cited by its number.
      '南昌市公安局青山湖分局：',
      `批准（${approval.number}）`,
      '涉嫌危险作业罪一案',
      '擅自恢复生产',
      chinaDay(Date.parse(`${sentOn}T12:00:00+08:00`)),
      '自接受之日起三日内作出立案或者不予立案的决定',
      '不以行政处罚代替移送',
      '涉嫌犯罪案件情况的调查报告一份',
      '涉案物品清单一份（共1项）',
      '检验报告或者鉴定结论1份：《压力容器检验报告》',
      // 第8条: the police sign the receipt.
      `回执（${letter.number}）`,
      '接收人（签名）',
    ])
      expect(letter.t).toContain(s);
    expect((await text('transfer_investigation_report')).t).toContain('有关负责人对此供认不讳');
    const inventory = (await text('transfer_item_inventory')).t;
    expect(inventory).toContain('生产记录台账');
    expect(inventory).toContain('3册');
    expect((await text('transfer_appraisal')).t).toContain('该储罐不符合安全技术规范，禁止使用。');
  });

  it('streams evidence in and out byte for byte; a wrong digest or a broken-off upload leaves nothing', async () => {
    const caseId = await openCase();
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const up = await upload('nc.officer2', { caseId }, content, 'video/mp4');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      caseId,
      sha256: sha256(content),
      size: content.length,
      mediaType: 'video/mp4',
    });
    const down = await http()
      .get(`/evidence/${up.body.id}/content`)
      .set(await as('prov.auditor'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(down.status).toBe(200);
    expect(down.headers['content-type']).toBe('video/mp4');
    expect((down.body as Buffer).equals(content)).toBe(true);
    // The case's files, as the console's evidence tab lists them; another agency's officer sees none.
    const listed = await http()
      .get('/evidence')
      .query({ caseId })
      .set(await as('prov.auditor'));
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: up.body.id, sha256: sha256(content) })]);
    const elsewhere = await http()
      .get('/evidence')
      .query({ caseId })
      .set(await as('jj.officer1'));
    expect(elsewhere.status).toBe(404);
    const [audit] = await db.query<{ payload: { sha256: string } }[]>(
      `SELECT payload FROM audit_entry WHERE action = 'evidence.upload' AND case_id = $1`,
      [caseId],
    );
    expect(audit?.payload.sha256).toBe(sha256(content));
    // The same content again is stored once.
    const twice = await upload('nc.officer1', { caseId }, content, 'video/mp4');
    expect(twice.status).toBe(201);
    const blobs = await db.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM evidence_blob WHERE sha256 = $1',
      [sha256(content)],
    );
    expect(Number(blobs[0]!.n)).toBe(1);

    const other = randomBytes(1000);
    const wrong = await upload('nc.officer1', { caseId, sha256: sha256(Buffer.from('not it')) }, other);
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('evidence.digest_mismatch');
    const none = await db.query('SELECT 1 FROM evidence_blob WHERE sha256 = $1', [sha256(other)]);
    expect(none).toHaveLength(0);

    const stranger = await upload('jj.officer1', { caseId }, other);
    expect(stranger.status).toBe(404);
    const noCase = await upload('nc.officer1', {}, other);
    expect(noCase.status).toBe(422);

    // Broken off: half a file, then the connection drops.
    const before = await db.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM evidence_file WHERE case_id = $1',
      [caseId],
    );
    const server = api.getHttpServer().listen(0);
    const port = (server.address() as { port: number }).port;
    const { boundary, body } = multipart(
      { caseId },
      { name: 'cut.mp4', type: 'video/mp4', content: randomBytes(4 * 1024 * 1024) },
    );
    const headers = await as('nc.officer1');
    await new Promise<void>((resolve) => {
      const req = rawRequest({
        port,
        method: 'POST',
        path: '/evidence',
        headers: {
          ...headers,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(body.length),
        },
      });
      req.on('error', () => resolve());
      req.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 500);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    server.close();
    const after = await db.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM evidence_file WHERE case_id = $1',
      [caseId],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    const orphans = await db.query(
      'SELECT 1 FROM evidence_chunk c WHERE NOT EXISTS (SELECT 1 FROM evidence_blob b WHERE b.id = c.blob_id)',
    );
    expect(orphans).toHaveLength(0);
  });
});
