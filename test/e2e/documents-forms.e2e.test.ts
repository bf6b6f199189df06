import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { registerSearchAttributes } from '@safecase/temporal';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { testEnvironment } from '../support/environment';
import { chinaDay, eventually, HEARING_FINE, penaltyWalk } from '../support/penalty-walk';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const COURT = '南昌市青山湖区人民法院';

/**
 * The forms that printed generically before: the 整改复查意见书, the 听证通知书, and the 强制执行申请书
 * addressed to the court recorded with it and naming the decision and the demand by number. Each is
 * printed by the worker's Chromium and read back with poppler. (The hearing's own documents, 听证告知书
 * and 听证笔录, are in hearing-documents.e2e.test.ts.)
 */
describe('rendered forms: re-inspection, hearing notice, court application', () => {
  const config = { ...testConfig(), sandbox: true, answerWithinMs: 120_000, sandboxAdvanceAnswerMs: 120_000 };
  let env: TestWorkflowEnvironment;
  let api: INestApplication;
  let worker: RunningWorker;
  const walk = penaltyWalk(() => api);
  const { as, http, post, dayIn, servedNow, documentsOf, printed, inspectedCase, filedPenalty } = walk;
  const { serveNotice, scheduledHearing } = walk;

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
    await serveNotice(penaltyId, HEARING_FINE);
    const { requestedOn, hearingOn } = await scheduledHearing(penaltyId, {
      time: '09:30',
      place: '本局三楼听证室',
    });
    const after = await documentsOf(caseId);
    const noticeDoc = after.find((d) => d.type === 'penalty_notice')!;
    const hearing = await printed(after.find((d) => d.type === 'hearing_notice')!);
    for (const s of [
      '听证通知书',
      `送达《行政处罚告知书》（${noticeDoc.number}），拟对你（单位）给予罚款人民币60000.00元的行政处罚`,
      `你（单位）于${chinaDay(requestedOn)}提出听证申请`,
      `本机关定于${chinaDay(hearingOn)}9时30分在本局三楼听证室举行听证，由王强主持`,
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
});
