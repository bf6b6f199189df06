import type { INestApplication } from '@nestjs/common';
import { chinaDateOf, PENALTY_PROCEDURE } from '@safecase/domain';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

interface Action {
  command: string;
  path: string;
  allowed: boolean;
  reason?: string;
}
interface Task {
  kind: string;
  title: string;
  assigneeRole: string;
}

/**
 * Issue #13's new penalty steps over HTTP, on the dev server with a real worker and PostgreSQL:
 * 先行登记保存 with the head's approval beforehand (行政处罚法 第56条), the statement and defence and its
 * review (第45条), and the refusals of the steps that need a decision first (hearing record,
 * continuing fine, 第113条 grounds). Routes, roles and buttons come from PENALTY_PROCEDURE.
 */
describe('penalty: evidence approved beforehand, statement and defence reviewed (HTTP)', () => {
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
  const read = async (username: string, id: string, language = 'zh-CN') =>
    (
      await http()
        .get(`/penalties/${id}`)
        .set(await as(username))
        .set('Accept-Language', language)
        .expect(200)
    ).body as {
      stage: string;
      state: Record<string, unknown> & {
        evidence: { id: string; status: string; registeredOn: string | null }[];
        statements: { id: string; review: unknown }[];
      };
      tasks: Task[];
      availableActions: Action[];
    };
  const button = (actions: Action[], command: string) => {
    const a = actions.find((x) => x.command === command)!;
    return a.allowed ? 'allowed' : a.reason;
  };
  const path = (command: keyof typeof PENALTY_PROCEDURE.commands) =>
    PENALTY_PROCEDURE.commands[command].action;

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  async function filedPenalty(): Promise<string> {
    const opened = await post('nc.officer1', '/penalties', {
      party: 'unit',
      partyName: '南昌某化工有限公司',
      creditCode: '91110108551385082Q',
      facts: '未如实记录安全生产教育和培训情况',
      handlers: ['nc.officer2'],
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    expect(
      (
        await post('nc.supervisor', `/penalties/${id}/filing-decision`, {
          approve: true,
          note: '同意立案',
          actOn: today(),
        })
      ).status,
    ).toBe(200);
    return id;
  }

  it('先行登记保存: the request, the supervisor’s approval beforehand, the registration and the decision', async () => {
    const id = await filedPenalty();
    const requested = await post('nc.officer1', `/penalties/${id}/${path('request_evidence_preservation')}`, {
      description: '2026 年安全培训台账 2 册',
    });
    expect(requested.status).toBe(200);
    // Registration before the approval is refused by the rules (409), with the reason in Chinese.
    const early = await post('nc.officer2', `/penalties/${id}/evidence/E1/registration`, {
      registeredOn: today(),
    });
    expect(early.status).toBe(409);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.body.detail ?? early.body.title).toMatch(/负责人批准/);

    const officerPage = await read('nc.officer1', id);
    expect(officerPage.state.evidence[0]).toMatchObject({
      id: 'E1',
      status: 'requested',
      registeredOn: null,
    });
    expect(button(officerPage.availableActions, 'decide_evidence_preservation')).toBe('role');
    const supervisorPage = await read('nc.supervisor', id);
    expect(button(supervisorPage.availableActions, 'decide_evidence_preservation')).toBe('allowed');
    expect(
      supervisorPage.availableActions.find((a) => a.command === 'decide_evidence_preservation')?.path,
    ).toBe(`/penalties/${id}/evidence/{evidenceId}/approval`);
    expect(supervisorPage.tasks).toContainEqual(
      expect.objectContaining({
        kind: 'decide_evidence_preservation',
        assigneeRole: 'supervisor',
        title: '审批先行登记保存：2026 年安全培训台账 2 册（第56条）',
      }),
    );

    expect(
      (await post('nc.officer1', `/penalties/${id}/evidence/E1/approval`, { approve: true, note: '' }))
        .status,
    ).toBe(403);
    expect(
      (await post('nc.supervisor', `/penalties/${id}/evidence/E1/approval`, { approve: true, note: '同意' }))
        .status,
    ).toBe(200);
    const registered = await post('nc.officer2', `/penalties/${id}/evidence/E1/registration`, {
      registeredOn: today(),
    });
    expect(registered.status).toBe(200);
    expect(registered.body.documents[0].number).toMatch(/^洪应急先保〔\d{4}〕\d+号$/);
    const page = await read('nc.supervisor', id, 'en');
    expect(page.tasks).toContainEqual(
      expect.objectContaining({
        kind: 'handle_evidence',
        title: 'Decide on the evidence preserved: 2026 年安全培训台账 2 册 (第56条)',
      }),
    );
    const handled = await post('nc.head', `/penalties/${id}/evidence/E1/handling`, {
      outcome: 'return',
      note: '退还',
    });
    expect(handled.status).toBe(200);
    expect((await read('nc.head', id)).state.evidence[0]).toMatchObject({
      handling: { outcome: 'return', late: false },
    });
  });

  it('the statement and defence recorded, reviewed by someone who did not investigate; unreachable steps refused', async () => {
    const id = await filedPenalty();
    const noticed = await post('nc.officer1', `/penalties/${id}/notice`, {
      service: { method: 'direct', receiver: '王五（总经理）', servedAt: `${today()}T00:01:00+08:00` },
      sanctions: ['fine'],
      fine: '10000.00',
      facts: '未如实记录安全生产教育和培训情况',
      legalBasis: '安全生产法 第97条',
    });
    expect(noticed.status).toBe(200);
    expect(
      (
        await post('nc.officer1', `/penalties/${id}/statements`, {
          receivedOn: today(),
          form: 'fax',
          content: 'x',
        })
      ).status,
    ).toBe(422);
    const stated = await post('nc.officer2', `/penalties/${id}/${path('record_statement')}`, {
      receivedOn: today(),
      form: 'written',
      content: '培训已开展，记录补登中',
    });
    expect(stated.status).toBe(200);
    expect((await read('nc.officer2', id)).state.statements[0]).toMatchObject({
      id: 'S1',
      answers: 'penalty_notice',
      review: null,
    });
    const page = await read('nc.supervisor', id);
    expect(page.tasks).toContainEqual(
      expect.objectContaining({
        kind: 'review_statement',
        title: '复核当事人的陈述申辩 S1（行政处罚法 第45条）',
      }),
    );
    const review = { adopted: '培训已开展', notAdopted: '记录已如实登记', reasons: '台账缺少 10 月记录' };
    expect((await post('nc.officer1', `/penalties/${id}/statements/S1/review`, review)).status).toBe(403);
    const reviewed = await post('nc.supervisor', `/penalties/${id}/statements/S1/review`, review);
    expect(reviewed.status).toBe(200);
    expect((await read('nc.supervisor', id)).state.statements[0]).toMatchObject({
      review: { ...review, on: today() },
    });
    const again = await post('nc.head', `/penalties/${id}/statements/S1/review`, review);
    expect(again.status).toBe(409);

    // Steps that need a decision or a hearing first: refused by stage, typed, in Chinese.
    const refusal = await post('nc.officer1', `/penalties/${id}/${path('record_correction_refusal')}`, {
      correctionOrderedOn: today(),
      reinspectedOn: today(),
      finding: '仍未改正',
    });
    expect(refusal.status).toBe(409);
    expect(refusal.body.code).toBe('case.wrong_stage');
    const notice = await post('nc.officer1', `/penalties/${id}/continuing-fines/notice`, {
      service: { method: 'direct', receiver: '王五（总经理）', servedAt: `${today()}T00:01:00+08:00` },
      asOf: today(),
    });
    expect(notice.status).toBe(409);
    expect((await post('nc.head', `/penalties/${id}/continuing-fines`, {})).status).toBe(409);
    const ground = await post('nc.officer1', `/penalties/${id}/closure-grounds`, {
      ground: 'unsafe_after_suspension',
      facts: '整顿后仍不具备安全生产条件',
    });
    expect(ground.status).toBe(409);
    expect(
      (
        await post('nc.officer1', `/penalties/${id}/closure-grounds`, {
          ground: 'repeat_penalties',
          facts: 'x',
        })
      ).status,
    ).toBe(422);
    // A hearing record is a record: participants and content, signed or the refusal noted.
    const badMinutes = await post('nc.supervisor', `/penalties/${id}/hearing/record`, {
      outcome: 'held',
      minutes: { participants: '主持人', summary: '', signed: 'yes' },
    });
    expect(badMinutes.status).toBe(422);
    const noHearing = await post('nc.supervisor', `/penalties/${id}/hearing/record`, {
      outcome: 'held',
      minutes: { participants: ['主持人', '当事人'], summary: '听证', signed: true },
    });
    expect(noHearing.status).toBe(409);
  });
});
