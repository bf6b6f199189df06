import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { registerSearchAttributes } from '@safecase/temporal';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { testEnvironment } from '../support/environment';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const PARTY = '南昌某某化工有限公司';
const DAY_MS = 24 * 3600_000;
const COURT = '南昌市青山湖区人民法院';

interface DocumentFile {
  id: string;
  /** Null for a document without a number (听证笔录). */
  number: string | null;
  type: string;
  name: string;
}

const dir = mkdtempSync(join(tmpdir(), 'safecase-forms-'));
/** The text of a PDF as poppler reads it, without the spaces and line breaks layout puts in. */
function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, '');
}

/**
 * The forms that printed generically before: the 整改复查意见书, the 听证通知书, and the 强制执行申请书
 * addressed to the court recorded with it and naming the decision and the demand by number. Each is
 * printed by the worker's Chromium and read back with poppler.
 */
describe('rendered forms: re-inspection, hearing notice, court application', () => {
  const config = { ...testConfig(), sandbox: true, answerWithinMs: 120_000, sandboxAdvanceAnswerMs: 120_000 };
  let env: TestWorkflowEnvironment;
  let api: INestApplication;
  let worker: RunningWorker;
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
  const dayIn = async (days: number) =>
    new Date((await clockNow()) + 8 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);
  const servedNow = async () => new Date((await clockNow()) - 60_000).toISOString();
  const chinaDay = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };

  async function eventually<T>(what: string, found: () => Promise<T | undefined>): Promise<T> {
    const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
    for (;;) {
      const value = await found();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error(`${what} never happened`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function documentsOf(caseId: string): Promise<DocumentFile[]> {
    const r = await http()
      .get(`/cases/${caseId}/documents`)
      .set(await as('nc.officer1'));
    expect(r.status).toBe(200);
    return r.body.items as DocumentFile[];
  }

  /** The PDF's text once printed (until then the API answers 409 document.rendering). */
  async function printed(doc: DocumentFile): Promise<string> {
    const pdf = await eventually(`${doc.number ?? doc.name} printed`, async () => {
      const r = await http()
        .get(`/documents/${doc.id}/pdf`)
        .set(await as('nc.officer1'))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      if (r.status === 409) return undefined;
      expect(r.status).toBe(200);
      return r.body as Buffer;
    });
    const text = pdfText(pdf, `${doc.type}-${doc.id}`);
    for (const s of ['安全生产行政执法文书', doc.number ?? doc.name, PARTY, '南昌市应急管理局'])
      expect(text).toContain(s);
    return text;
  }

  async function inspectedCase(): Promise<string> {
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
    const caseId = opened.body.id as string;
    const inspected = await post('nc.officer1', `/cases/${caseId}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date((await clockNow()) - 3600_000).toISOString(),
      place: '危险化学品仓库',
      findings: [
        {
          description: '危险化学品仓库未设置可燃气体报警装置',
          severity: 'ordinary',
          legalBasis: '《危险化学品安全管理条例》第二十条',
          evidence: [],
        },
        {
          description: '安全出口被货物堵塞',
          severity: 'ordinary',
          legalBasis: '《中华人民共和国安全生产法》第四十二条',
          evidence: [],
        },
      ],
      unitRefusedToSign: false,
    });
    expect(inspected.status).toBe(200);
    return caseId;
  }

  /** A penalty proposed from the case and filed by the supervisor. */
  async function filedPenalty(caseId: string): Promise<string> {
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
    return eventually('the filing', async () => {
      const page = await http()
        .get(`/cases/${caseId}`)
        .set(await as('nc.officer1'));
      const p = (page.body.procedures ?? [])[0] as { id: string; stage: string } | undefined;
      return p?.stage === 'investigating' ? p.id : undefined;
    });
  }

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
    });
    config.temporal = { ...config.temporal, address: env.address };
    await registerSearchAttributes(env.connection, 'default');
    worker = await startWorker(config, env.nativeConnection);
    api = await startApi(config);
    await ensureFixtureYears(api.get(DataSource), await env.currentTimeMs());
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await env?.teardown();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('prints the 整改复查意见书 (each hidden danger and its result) and the 听证通知书 (第64条)', async () => {
    const caseId = await inspectedCase();
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/rectification-order`, {
          deadline: await dayIn(3),
          instructions: '立即整改',
        })
      ).status,
    ).toBe(200);
    const reportedOn = await dayIn(0);
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/rectification-report`, {
          receivedOn: reportedOn,
          note: '已整改',
        })
      ).status,
    ).toBe(200);
    const reinspected = await post('nc.officer2', `/cases/${caseId}/reinspection`, {
      results: [
        { dangerId: 'D1', rectified: false, note: '报警装置仍未安装' },
        { dangerId: 'D2', rectified: true, note: '货物已清理' },
      ],
    });
    expect(reinspected.status).toBe(200);
    const docs = await documentsOf(caseId);
    const order = docs.find((d) => d.type === 'rectification_order')!;
    const opinion = await printed(docs.find((d) => d.type === 'reinspection_opinion')!);
    for (const s of [
      '整改复查意见书',
      `以《责令限期整改指令书》（${order.number}）责令你单位`,
      `你单位于${chinaDay(reportedOn)}报告了整改情况`,
      // The 复查 table, cell by cell (poppler reads a ruled table column-wise).
      '安全出口被货物堵塞（一般事故隐患）已整改货物已清理',
      '未整改',
      '报警装置仍未安',
      '经复查，危险化学品仓库未设置可燃气体报警装置未整改完毕',
      '第一百零二条',
    ])
      expect(opinion).toContain(s);

    // A fine large enough for a hearing (第63条), requested in time and scheduled with 7 days' notice.
    const penaltyId = await filedPenalty(caseId);
    const fine = {
      sanctions: ['fine'],
      fine: '60000.00',
      facts: '你单位危险化学品仓库未设置可燃气体报警装置。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
    };
    expect(
      (
        await post('nc.officer1', `/penalties/${penaltyId}/notice`, {
          service: { method: 'direct', receiver: '王五（总经理）', servedAt: await servedNow() },
          ...fine,
        })
      ).status,
    ).toBe(200);
    const requestedOn = await dayIn(0);
    expect(
      (await post('nc.officer1', `/penalties/${penaltyId}/hearing-request`, { requestedOn })).status,
    ).toBe(200);
    const hearingOn = await dayIn(20);
    const scheduled = await post('nc.supervisor', `/penalties/${penaltyId}/hearing`, {
      date: hearingOn,
      chair: 'nc.supervisor',
    });
    expect(scheduled.status).toBe(200);
    const after = await documentsOf(caseId);
    const noticeDoc = after.find((d) => d.type === 'penalty_notice')!;
    const hearing = await printed(after.find((d) => d.type === 'hearing_notice')!);
    for (const s of [
      '听证通知书',
      `送达《行政处罚告知书》（${noticeDoc.number}），拟对你（单位）给予罚款人民币60000.00元的行政处罚`,
      `你（单位）于${chinaDay(requestedOn)}提出听证申请`,
      `本机关定于${chinaDay(hearingOn)}举行听证，由王强主持`,
      '有权申请回避',
      '视为放弃听证权利',
      '《中华人民共和国行政处罚法》第六十四条',
    ])
      expect(hearing).toContain(s);
  });

  it('prints the 强制执行申请书 to the recorded court, naming the decision and the demand by number', async () => {
    const caseId = await inspectedCase();
    const penaltyId = await filedPenalty(caseId);
    const fine = {
      sanctions: ['fine'],
      fine: '20000.00',
      facts: '你单位危险化学品仓库未设置可燃气体报警装置。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
    };
    const service = async () => ({
      service: { method: 'direct', receiver: '李四（法定代表人）', servedAt: await servedNow() },
    });
    expect(
      (await post('nc.officer1', `/penalties/${penaltyId}/notice`, { ...(await service()), ...fine })).status,
    ).toBe(200);
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P6D' })).status).toBe(200);
    expect((await post('nc.officer2', `/penalties/${penaltyId}/submission`, {})).status).toBe(200);
    expect((await post('nc.supervisor', `/penalties/${penaltyId}/decision`, fine)).status).toBe(200);
    expect((await post('nc.officer1', `/penalties/${penaltyId}/service`, await service())).status).toBe(200);
    // 15 days to pay, more than 30 days of surcharge, then the demand (行政强制法 第35条, 第54条).
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P60D' })).status).toBe(200);
    await eventually('the demand falling due', async () => {
      const r = await http()
        .get(`/penalties/${penaltyId}`)
        .set(await as('nc.officer1'));
      return r.body.state?.demandDue ? true : undefined;
    });
    expect((await post('nc.officer1', `/penalties/${penaltyId}/demand`, await service())).status).toBe(200);
    // The court may be applied to once the lawsuit window (6 months from service) has closed (第53条).
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P140D' })).status).toBe(200);
    const on = await dayIn(0);
    const blank = await post('nc.supervisor', `/penalties/${penaltyId}/court-enforcement`, {
      on,
      court: '  ',
    });
    expect(blank.status).toBe(422);
    const applied = await post('nc.supervisor', `/penalties/${penaltyId}/court-enforcement`, {
      on,
      court: COURT,
    });
    expect([applied.status, applied.body]).toEqual([200, expect.anything()]);

    const docs = await documentsOf(caseId);
    const decision = docs.find((d) => d.type === 'penalty_decision')!;
    const demand = docs.find((d) => d.type === 'payment_demand')!;
    const demandText = await printed(demand);
    expect(demandText).toContain(`作出行政处罚决定（${decision.number}）`);
    const application = await printed(docs.find((d) => d.type === 'court_enforcement_application')!);
    for (const s of [
      '强制执行申请书',
      `${COURT}：`,
      // The fields table: labels, then values (poppler reads it column-wise).
      `行政处罚决定书文号催告书文号`,
      `${decision.number}${demand.number}`,
      `作出的行政处罚决定（${decision.number}，罚款人民币20000.00元）`,
      `送达催告书（${demand.number}）`,
      '特申请你院依法强制执行',
    ])
      expect(application).toContain(s);
    expect(application).not.toContain('__________人民法院');
  });

  it('prints the 听证笔录 of a held hearing, without a number (第64条(八), DOMAIN §3.6)', async () => {
    const caseId = await inspectedCase();
    const penaltyId = await filedPenalty(caseId);
    const fine = {
      sanctions: ['fine'],
      fine: '60000.00',
      facts: '你单位危险化学品仓库未设置可燃气体报警装置。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
    };
    const served = { method: 'direct', receiver: '王五（总经理）', servedAt: await servedNow() };
    expect(
      (await post('nc.officer1', `/penalties/${penaltyId}/notice`, { service: served, ...fine })).status,
    ).toBe(200);
    const requestedOn = await dayIn(0);
    expect(
      (await post('nc.officer1', `/penalties/${penaltyId}/hearing-request`, { requestedOn })).status,
    ).toBe(200);
    const hearingOn = await dayIn(20);
    expect(
      (
        await post('nc.supervisor', `/penalties/${penaltyId}/hearing`, {
          date: hearingOn,
          chair: 'nc.supervisor',
        })
      ).status,
    ).toBe(200);
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: 'P21D' })).status).toBe(200);
    const recorded = await post('nc.supervisor', `/penalties/${penaltyId}/hearing/record`, {
      outcome: 'held',
      minutes: {
        participants: ['张伟（调查人员）', '王五（当事人委托代理人）'],
        summary:
          '调查人员提出：仓库未设置可燃气体报警装置，有现场照片为证，建议罚款六万元。\n' +
          '当事人陈述申辩：报警装置已订购，请求从轻处罚。\n主持人询问：订购有无合同？答：有。',
        signed: true,
      },
    });
    expect([recorded.status, recorded.body.documents]).toEqual([200, []]);

    const docs = await documentsOf(caseId);
    const records = docs.filter((d) => d.type === 'hearing_record');
    expect(records).toEqual([expect.objectContaining({ number: null, name: '听证笔录' })]);
    const text = await printed(records[0]!);
    const noticeDoc = docs.find((d) => d.type === 'penalty_notice')!;
    for (const s of [
      '听证笔录',
      '王强',
      '张伟（调查人员）、王五（当事人委托代理人）',
      '当事人陈述申辩：报警装置已订购，请求从轻处罚。',
      '主持人询问：订购有无合同？答：有。',
      '听证参加人王五（当事人委托代理人）（签字）',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/共\d+页第1页/);
    // The only number printed is the notice's it cites: the record has none of its own.
    expect(text.match(/洪应急[^〔]{0,4}〔\d{4}〕\d+号/g)).toEqual([noticeDoc.number]);

    // Printed once, its digest in the audit chain (the entry names it by id, there being no number).
    const db = api.get(DataSource);
    const [entry] = await db.query<
      { payload: { sha256: string; documentType: string }; document_number: null }[]
    >(
      `SELECT payload, document_number FROM audit_entry
       WHERE action = 'document.rendered' AND payload->>'documentId' = $1`,
      [records[0]!.id],
    );
    expect(entry).toMatchObject({ document_number: null, payload: { documentType: 'hearing_record' } });
    const meta = await http()
      .get(`/documents/${records[0]!.id}`)
      .set(await as('nc.officer1'));
    expect([meta.status, meta.body.pdf?.sha256]).toEqual([200, entry!.payload.sha256]);
  });
});
