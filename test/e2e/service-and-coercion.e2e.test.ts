import type { INestApplication } from '@nestjs/common';
import { addDays, chinaDateOf, chinaInstant } from '@safecase/domain';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { aMinuteBefore, eventually } from '../support/cases';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * Issue #13: the service record (送达回证) checked at the edge, a cut-off's 24 hours counted from its
 * service, closing over an open danger, and a transfer sent with its package that goes to the
 * procuratorate straight after the police refuse. HTTP alone, real worker, PostgreSQL and dev server.
 */
describe('service records, cut-offs, closing and transfers over HTTP', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const today = () => chinaDateOf(Date.now());
  const post = async (username: string, path: string, body: object) =>
    http()
      .post(path)
      .set(await as(username))
      .send(body);

  /** The record as its page shows it (an action answers only what it did; the record is one GET away). */
  const read = async (path: string) => {
    const res = await http()
      .get(path)
      .set(await as('nc.supervisor'));
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  async function inspectedCase(severities: ('major' | 'ordinary')[] = ['major']) {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'referral',
      enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: '重大事故隐患',
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    const inspected = await post('nc.officer1', `/cases/${id}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '储罐区',
      findings: severities.map((severity, i) => ({
        description: `隐患${i + 1}`,
        severity,
        legalBasis: '安全生产法 第41条',
        evidence: [{ kind: 'photo', name: `p${i}.jpg`, sha256: 'e'.repeat(64) }],
      })),
      unitRefusedToSign: false,
    });
    expect(inspected.status).toBe(200);
    return id;
  }

  it('refuses an incomplete service record with 422 in Chinese, then counts the cut-off from its service', async () => {
    const id = await inspectedCase();
    const ok = (r: request.Response) => {
      expect(r.status).toBe(200);
      return r;
    };
    ok(
      await post('nc.officer1', `/cases/${id}/measures`, {
        kind: 'suspend_production',
        dangerIds: ['D1'],
        reason: '无法保证安全',
      }),
    );
    ok(await post('nc.supervisor', `/cases/${id}/measures/M1/decision`, { approve: true, note: '同意' }));
    ok(await post('nc.officer1', `/cases/${id}/measures/M1/refusal`, { note: '拒不停产' }));
    ok(
      await post('nc.officer1', `/cases/${id}/measures`, {
        kind: 'power_cutoff',
        dangerIds: ['D1'],
        reason: '拒不执行停产决定',
      }),
    );
    ok(await post('nc.head', `/cases/${id}/measures/M2/decision`, { approve: true, note: '同意' }));
    const m2 = (await read(`/cases/${id}`)).measures[1];
    expect(m2).toMatchObject({ status: 'noticed', noticeUntil: null });
    expect((await read(`/cases/${id}`)).tasks.map((t: { kind: string }) => t.kind)).toContain(
      'serve_cutoff_notice',
    );

    // Served after the approval (a notice is never served before it is issued).
    const servedAt = new Date().toISOString();
    const serve = (service: object) =>
      post('nc.officer1', `/cases/${id}/services`, { documentKey: 'cutoff_notice:M2', service });
    const cases: [object, string, RegExp][] = [
      [{ method: 'left', receiver: '王五', servedAt }, 'service.witness', /留置送达须有见证人/],
      [{ method: 'electronic', receiver: '王五', servedAt }, 'service.consent', /电子送达须经受送达人同意/],
      [{ method: 'mail', receiver: '收发室', servedAt }, 'service.receiptDate', /邮寄送达须记录回执/],
    ];
    for (const [service, field, zh] of cases) {
      const refused = await serve(service);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('validation.failed');
      const errors = refused.body.errors as { field: string; messages: string[] }[];
      expect(errors.find((e) => e.field === field)?.messages.join()).toMatch(zh);
    }
    const unknown = await post('nc.officer1', `/cases/${id}/services`, {
      documentKey: 'cutoff_notice:M9',
      service: { method: 'direct', receiver: '王五', servedAt },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toContain('cutoff_notice:M9');

    const served = ok(
      await serve({
        method: 'left',
        receiver: '王五（总经理）拒收',
        servedAt,
        witness: '李四（村委会主任）',
      }),
    );
    // The 送达回证 is a numbered document of its own (回), issued once with the service.
    expect(served.body.documents).toEqual([
      expect.objectContaining({
        key: 'receipt:cutoff_notice:M2',
        type: 'service_receipt',
        name: '送达回证',
        number: expect.stringMatching(/^洪应急回〔\d{4}〕\d+号$/),
      }),
    ]);
    const record = (await read(`/cases/${id}`)).services[0];
    expect(record).toMatchObject({
      documentKey: 'cutoff_notice:M2',
      method: 'left',
      witness: '李四（村委会主任）',
      servedAt: chinaInstant(Date.parse(servedAt)),
      effectiveAt: chinaInstant(Date.parse(servedAt)),
    });
    expect((await read(`/cases/${id}`)).measures[1].noticeUntil).toBe(
      chinaInstant(Date.parse(servedAt) + 24 * 3600_000),
    );
    const twice = await serve({ method: 'direct', receiver: '王五', servedAt });
    expect(twice.status).toBe(409);
  });

  it('an emergency cut-off with its reason takes effect on the head’s approval', async () => {
    const id = await inspectedCase();
    await post('nc.officer1', `/cases/${id}/measures`, {
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: 'x',
    });
    await post('nc.supervisor', `/cases/${id}/measures/M1/decision`, { approve: true, note: '同意' });
    await post('nc.officer1', `/cases/${id}/measures/M1/refusal`, { note: '拒不停产' });
    const noReason = await post('nc.officer1', `/cases/${id}/measures`, {
      kind: 'power_cutoff',
      dangerIds: ['D1'],
      reason: '拒不停产',
      urgent: true,
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.detail).toContain('第70条');
    await post('nc.officer1', `/cases/${id}/measures`, {
      kind: 'power_cutoff',
      dangerIds: ['D1'],
      reason: '拒不停产',
      urgent: true,
      urgencyReason: '储罐持续泄漏',
    });
    const approved = await post('nc.head', `/cases/${id}/measures/M2/decision`, {
      approve: true,
      note: '立即停电',
    });
    expect(approved.status).toBe(200);
    expect((await read(`/cases/${id}`)).measures[1]).toMatchObject({
      status: 'in_force',
      cutoff: { urgent: true },
    });
  });

  it('a seizure has its inventory and on-site record; closing over an open danger needs a reason', async () => {
    const id = await inspectedCase(['major', 'ordinary']);
    const noInventory = await post('nc.officer1', `/cases/${id}/emergency-measures`, {
      kind: 'seal_seize',
      dangerIds: ['D1'],
      reason: '气瓶泄漏',
      takenAt: new Date(aMinuteBefore(Date.now())).toISOString(),
    });
    expect(noInventory.status).toBe(422);
    const seized = await post('nc.officer1', `/cases/${id}/emergency-measures`, {
      kind: 'seal_seize',
      dangerIds: ['D1'],
      reason: '气瓶泄漏',
      takenAt: new Date(aMinuteBefore(Date.now())).toISOString(),
      inventory: [{ item: '液化气钢瓶', quantity: '12 个' }],
    });
    expect(seized.status).toBe(200);
    expect(seized.body.documents.map((d: { number: string }) => d.number)).toEqual([
      expect.stringMatching(/^洪应急紧急〔\d{4}〕\d+号$/),
      expect.stringMatching(/^洪应急查扣〔\d{4}〕\d+号$/),
      expect.stringMatching(/^洪应急查扣清〔\d{4}〕\d+号$/),
    ]);
    const recorded = await post('nc.officer2', `/cases/${id}/measures/M1/on-site-record`, {
      onSiteRecordAt: new Date(Date.now() - 30_000).toISOString(),
      partySigned: true,
      informed: true,
      statement: '无异议',
      statementWaived: false,
    });
    expect(recorded.status).toBe(200);
    expect((await read(`/cases/${id}`)).measures[0].procedure).toMatchObject({
      partySigned: true,
      statement: '无异议',
    });
    await post('nc.head', `/cases/${id}/measures/M1/decision`, { approve: true, note: '确认' });
    await post('nc.officer1', `/cases/${id}/measures/M1/lifting`, { reason: '已处理' });
    await post('nc.officer1', `/cases/${id}/rectification-order`, {
      deadline: addDays(today(), 7),
      instructions: '限期整改',
    });
    // Re-inspected: D2 rectified, D1 not; the case is escalated.
    const re = await post('nc.officer1', `/cases/${id}/reinspection`, {
      results: [
        { dangerId: 'D1', rectified: false, note: '未整改' },
        { dangerId: 'D2', rectified: true, note: '' },
      ],
    });
    expect(re.body.stage).toBe('escalated');
    const silent = await post('nc.supervisor', `/cases/${id}/closure`, { note: '结案' });
    expect(silent.status).toBe(422);
    expect(silent.body.detail).toContain('D1');
    const closed = await post('nc.supervisor', `/cases/${id}/closure`, {
      note: '结案',
      unrectifiedReason: '该装置已拆除',
    });
    expect(closed.status).toBe(200);
    expect((await read(`/cases/${id}`)).closure).toMatchObject({
      unrectifiedReason: '该装置已拆除',
      dangers: [
        { dangerId: 'D1', disposition: 'closed_with_reason' },
        { dangerId: 'D2', disposition: 'closed_out' },
      ],
    });
  });

  it('a transfer started from inside a penalty case names the penalty and waits for the head', async () => {
    const opened = await post('nc.officer1', '/penalties', {
      party: 'unit',
      partyName: '南昌某建筑有限公司',
      creditCode: '91110108551385082Q',
      facts: '拒不执行停产停业决定继续施工',
      handlers: ['nc.officer2'],
    });
    expect(opened.status).toBe(201);
    const penaltyId = opened.body.id as string;
    // Another agency's officer does not see the penalty at all.
    const outsider = await post('jj.officer1', `/penalties/${penaltyId}/transfers`, {
      team: ['jj.officer1', 'nc.officer1'],
      suspectedOffence: '危险作业罪',
      facts: 'x',
    });
    expect(outsider.status).toBe(404);
    const alone = await post('nc.officer1', `/penalties/${penaltyId}/transfers`, {
      team: ['nc.officer1'],
      suspectedOffence: '危险作业罪',
      facts: 'x',
    });
    expect(alone.status).toBe(422);
    const reported = await post('nc.officer1', `/penalties/${penaltyId}/transfers`, {
      team: ['nc.officer1', 'nc.officer2'],
      suspectedOffence: '危险作业罪 (刑法 第134条之一)',
      facts: '停产期间继续组织施工，发现涉嫌犯罪',
    });
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ kind: 'transfer', stage: 'reported' });
    expect(reported.body.state).toMatchObject({ penaltyId });
    expect(reported.body.tasks.map((t: { kind: string }) => t.kind)).toEqual(['decide_transfer']);
  });

  it('a transfer started from the case’s penalty keeps the case from closing until it ends', async () => {
    const caseId = await inspectedCase();
    await post('nc.officer1', `/cases/${caseId}/rectification-order`, {
      deadline: addDays(today(), 7),
      instructions: '限期整改',
    });
    const re = await post('nc.officer1', `/cases/${caseId}/reinspection`, {
      results: [{ dangerId: 'D1', rectified: false, note: '未整改' }],
    });
    expect(re.body.stage).toBe('escalated');
    expect(
      (await post('nc.officer1', `/cases/${caseId}/penalty-proposal`, { dangerIds: ['D1'], summary: '处罚' }))
        .status,
    ).toBe(200);
    const taken = await post('nc.supervisor', `/cases/${caseId}/penalty-proposal/acknowledgement`, {
      note: '转立案',
    });
    expect(taken.status).toBe(200);
    const penaltyId = await eventually(async () => {
      const p = (await read(`/cases/${caseId}`)).procedures.find(
        (x: { kind: string }) => x.kind === 'penalty',
      );
      if (!p) throw new Error('no penalty yet');
      return p.id as string;
    });
    const reported = await post('nc.officer1', `/penalties/${penaltyId}/transfers`, {
      team: ['nc.officer1', 'nc.officer2'],
      suspectedOffence: '危险作业罪 (刑法 第134条之一)',
      facts: '拒不整改重大事故隐患，发现涉嫌犯罪',
    });
    expect(reported.status).toBe(201);
    const transferId = reported.body.id as string;

    const blocked = await post('nc.supervisor', `/cases/${caseId}/closure`, { note: '隐患移交处罚程序' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('case.wrong_stage');
    expect(blocked.body.detail).toContain(transferId);
    expect(blocked.body.detail).toMatch(/移送/);

    // The head refuses the transfer: it closes, and with it the block.
    expect(
      (
        await post('nc.head', `/transfers/${transferId}/decision`, {
          approve: false,
          note: '证据不足，不移送',
        })
      ).status,
    ).toBe(200);
    await eventually(async () => {
      if ((await read(`/transfers/${transferId}`)).stage !== 'closed') throw new Error('transfer still open');
    });
    const closed = await post('nc.supervisor', `/cases/${caseId}/closure`, { note: '隐患移交处罚程序' });
    expect(closed.status).toBe(200);
    expect((await read(`/cases/${caseId}`)).stage).toBe('closed');
  });

  it('a transfer refused by the police goes to the procuratorate directly (310号令 第9条)', async () => {
    const caseId = await inspectedCase();
    const reported = await post('nc.officer1', `/cases/${caseId}/transfers`, {
      team: ['nc.officer1', 'nc.officer2'],
      suspectedOffence: '危险作业罪 (刑法 第134条之一)',
      facts: '拒不执行停产停业决定',
    });
    expect(reported.status).toBe(200);
    const page = await http()
      .get(`/cases/${caseId}`)
      .set(await as('nc.officer1'))
      .expect(200);
    const id = page.body.procedures[0].id as string;
    await post('nc.head', `/transfers/${id}/decision`, { approve: true, note: '同意移送' });
    const sent = await post('nc.officer2', `/transfers/${id}/sending`, {
      on: today(),
      package: {
        investigationReport: '调查报告',
        items: [{ item: '阀门', quantity: '2 个' }],
        appraisals: [{ title: '检验报告', conclusion: '密封失效' }],
      },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.documents).toHaveLength(4);
    await post('nc.officer1', `/transfers/${id}/police-decision`, {
      filed: false,
      on: today(),
      note: '不予立案',
    });
    const direct = await post('nc.officer1', `/transfers/${id}/procuratorate`, { on: today() });
    expect(direct.status).toBe(200);
    expect(direct.body.stage).toBe('procuratorate_requested');
    expect(direct.body.documents[0].number).toMatch(/^洪应急检督〔\d{4}〕\d+号$/);
  });
});
