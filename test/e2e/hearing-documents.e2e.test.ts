import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { registerSearchAttributes } from '@safecase/temporal';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { testEnvironment } from '../support/environment';
import { chinaDay, HEARING_FINE, penaltyWalk } from '../support/penalty-walk';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * The hearing's own documents over HTTP, printed by the worker's Chromium and read back with poppler:
 * the 听证告知书 (听告) served with the notice of a ¥60,000 fine and listed on its 送达回证, and the
 * 听证笔录 of a held hearing with each part of the minutes in its own section (行政处罚法 第63–64条).
 */
describe('hearing documents: 听证告知书 and 听证笔录', () => {
  const config = { ...testConfig(), sandbox: true, answerWithinMs: 120_000, sandboxAdvanceAnswerMs: 120_000 };
  let env: TestWorkflowEnvironment;
  let api: INestApplication;
  let worker: RunningWorker;
  const walk = penaltyWalk(() => api);
  const { post, advance, documentsOf, printed, inspectedCase, filedPenalty, serveNotice } = walk;

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

  it('serves a hearing-eligible notice with its 听证告知书; the 送达回证 lists both', async () => {
    const caseId = await inspectedCase();
    const penaltyId = await filedPenalty(caseId);
    const answer = await serveNotice(penaltyId, HEARING_FINE);
    expect(answer.documents.map((d) => d.type)).toEqual([
      'penalty_notice',
      'hearing_right_notice',
      'service_receipt',
    ]);
    const docs = await documentsOf(caseId);
    const of = (type: string) => docs.find((d) => d.type === type)!;
    expect(of('hearing_right_notice').number).toMatch(/^洪应急听告〔\d{4}〕\d+号$/);
    expect(of('penalty_notice').number).toMatch(/^洪应急罚告〔\d{4}〕\d+号$/);

    const penalty = await walk
      .http()
      .get(`/penalties/${penaltyId}`)
      .set(await walk.as('nc.officer1'));
    const ends = penalty.body.state.notice.hearingRequestEnds as string;
    const rightNotice = await printed(of('hearing_right_notice'));
    for (const s of [
      '听证告知书',
      `以《行政处罚告知书》（${of('penalty_notice').number}）告知你（单位），拟对你（单位）作出罚款人民币60000.00元的行政处罚`,
      '主要违法事实：你单位危险化学品仓库未设置可燃气体报警装置。',
      '处罚依据：《中华人民共和国安全生产法》第九十九条。',
      '你（单位）有要求举行听证的权利',
      '应当在收到本告知书之日起五日内（按工作日计算，第八十五条）向本机关提出',
      `听证申请期限至${chinaDay(ends)}。`,
      '可以书面提出，也可以口头提出',
      '《中华人民共和国行政处罚法》第四十四条、第六十三条、第六十四条',
    ])
      expect(rightNotice).toContain(s);
    // The 告知书 itself still states the right (第44条: the rights are told with the notice).
    expect(await printed(of('penalty_notice'))).toContain('有权要求举行听证');
    const receipt = await printed(of('service_receipt'));
    expect(receipt).toContain(of('penalty_notice').number!);
    expect(receipt).toContain(`听证告知书${of('hearing_right_notice').number}`);

    // A fine under the threshold gives no right: the notice goes alone.
    const small = await serveNotice(await filedPenalty(await inspectedCase()), {
      ...HEARING_FINE,
      fine: '20000.00',
    });
    expect(small.documents.map((d) => d.type)).toEqual(['penalty_notice', 'service_receipt']);
  });

  it('records rich minutes; the 听证笔录 prints each section from its own field', async () => {
    const caseId = await inspectedCase();
    const penaltyId = await filedPenalty(caseId);
    await serveNotice(penaltyId, HEARING_FINE);
    await walk.scheduledHearing(penaltyId, { time: '09:30', place: '本局三楼听证室' });
    await advance('P21D');
    const base = {
      participants: ['张伟（调查人员）', '王五（当事人委托代理人）'],
      signed: true,
      startTime: '09:30',
      endTime: '11:10',
      place: '本局三楼听证室',
      panel: ['李听证员'],
      recorder: '钱书记员',
      investigatorsCase: '调查人员提出：仓库未设置可燃气体报警装置，有现场照片为证，建议罚款六万元。',
      partyStatement: '当事人申辩：报警装置已订购，请求从轻处罚。',
      crossExamination: '双方就现场照片的拍摄时间进行质证，代理人对照片真实性无异议。',
      finalStatement: '当事人最后陈述：请求减轻处罚。',
    };
    const bad = await post('nc.supervisor', `/penalties/${penaltyId}/hearing/record`, {
      outcome: 'held',
      minutes: { ...base, startTime: '9点半' },
    });
    expect([bad.status, bad.body.code]).toEqual([422, 'validation.failed']);
    expect(JSON.stringify(bad.body.errors)).toContain('时:分');
    const recorded = await post('nc.supervisor', `/penalties/${penaltyId}/hearing/record`, {
      outcome: 'held',
      minutes: base,
    });
    expect([recorded.status, recorded.body.documents]).toEqual([200, []]);

    const record = (await documentsOf(caseId)).find((d) => d.type === 'hearing_record')!;
    expect(record.number).toBeNull();
    const text = await printed(record);
    for (const s of [
      '听证笔录',
      '9时30分至11时10分',
      '本局三楼听证室',
      '李听证员',
      '钱书记员',
      '调查人员提出的违法事实、证据和行政处罚建议',
      base.investigatorsCase,
      '当事人陈述、申辩',
      base.partyStatement,
      '质证、辩论',
      base.crossExamination,
      '当事人最后陈述',
      base.finalStatement,
      '书记员钱书记员（签字）',
    ])
      expect(text).toContain(s);
    // In the order the hearing ran.
    const order = [base.investigatorsCase, base.partyStatement, base.crossExamination, base.finalStatement];
    const at = order.map((s) => text.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
