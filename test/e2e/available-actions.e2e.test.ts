import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';

jest.setTimeout(90_000);

interface Action {
  id: string;
  command: string;
  label: string;
  method: string;
  path: string;
  allowed: boolean;
  reason?: string;
  message?: string;
}

/** The buttons of a record page (availableActions): the same case, seen by different people. */
describe('availableActions on a record, per caller', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const read = async (username: string, path: string) =>
    (
      await http()
        .get(path)
        .set(await as(username))
        .expect(200)
    ).body as { stage: string; availableActions: Action[] };
  const post = async (username: string, path: string, body: object) =>
    http()
      .post(path)
      .set(await as(username))
      .send(body);
  /** command → allowed, or the reason it is not. */
  const buttons = (actions: Action[]) =>
    Object.fromEntries(actions.map((a) => [a.command, a.allowed ? 'allowed' : a.reason]));

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
  });
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  });

  it('shows an officer, a supervisor and an auditor different actions on the same case and penalty', async () => {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'complaint',
      enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: '群众举报',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    const inspected = await post('nc.officer1', `/cases/${caseId}/inspection`, {
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
    });
    expect(inspected.status).toBe(200);
    // The action's own answer carries the caller's buttons too.
    expect(buttons(inspected.body.availableActions)).toMatchObject({ issue_order: 'allowed' });

    const officer = await read('nc.officer1', `/cases/${caseId}`);
    const supervisor = await read('nc.supervisor', `/cases/${caseId}`);
    const auditor = await read('prov.auditor', `/cases/${caseId}`);
    expect(officer.stage).toBe('inspected');
    // Every caller sees the same actions of the stage; who may take them differs.
    const commands = (a: Action[]) => a.map((x) => x.command);
    expect(commands(supervisor.availableActions)).toEqual(commands(officer.availableActions));
    expect(commands(auditor.availableActions)).toEqual(commands(officer.availableActions));
    expect(commands(officer.availableActions)).not.toContain('record_reinspection');

    expect(buttons(officer.availableActions)).toMatchObject({
      issue_order: 'allowed',
      propose_measure: 'allowed',
    });
    expect(buttons(supervisor.availableActions)).toMatchObject({
      issue_order: 'role',
      propose_measure: 'role',
    });
    // No measure yet, no penalty proposal: nothing to decide, lift or test, so no such button.
    for (const command of [
      'decide_measure',
      'lift_measure',
      'seizure_testing',
      'extend_seizure',
      'acknowledge_penalty_proposal',
    ])
      expect(commands(officer.availableActions)).not.toContain(command);
    expect(auditor.availableActions.every((a) => !a.allowed && a.reason === 'role')).toBe(true);
    expect(officer.availableActions.find((a) => a.command === 'issue_order')).toEqual({
      id: 'rectification-order',
      command: 'issue_order',
      label: '下达责令限期整改指令书',
      method: 'POST',
      path: `/cases/${caseId}/rectification-order`,
      allowed: true,
    });
    expect(supervisor.availableActions.find((a) => a.command === 'issue_order')).toMatchObject({
      allowed: false,
      reason: 'role',
      message: '此操作须由执法人员办理',
    });
    // In English on request, reasons included (the message catalog, as problem+json).
    const english = (
      await http()
        .get(`/cases/${caseId}`)
        .set(await as('nc.supervisor'))
        .set('Accept-Language', 'en')
        .expect(200)
    ).body as { availableActions: Action[] };
    expect(english.availableActions.find((a) => a.command === 'issue_order')).toMatchObject({
      label: 'Issue the order to rectify',
      allowed: false,
      reason: 'role',
      message: 'this action needs the role officer',
    });

    // Once a measure is proposed, its decision is offered to the approver (with its sub-record path).
    expect(
      (
        await post('nc.officer1', `/cases/${caseId}/measures`, {
          kind: 'seal_seize',
          dangerIds: ['D1'],
          reason: '报警装置失效，责令查封',
          residentialSupply: false,
          inventory: [{ item: '液氨储罐', quantity: '1 个' }],
        })
      ).status,
    ).toBe(200);
    const withMeasure = await read('nc.supervisor', `/cases/${caseId}`);
    expect(withMeasure.availableActions.find((a) => a.command === 'decide_measure')).toMatchObject({
      allowed: true,
      path: `/cases/${caseId}/measures/{measureId}/decision`,
    });
    expect(commands(withMeasure.availableActions)).not.toContain('lift_measure');

    // The penalty opened from the case: its page has its own buttons.
    expect(
      (await post('nc.officer1', `/cases/${caseId}/penalty-proposal`, { dangerIds: ['D1'], summary: '处罚' }))
        .status,
    ).toBe(200);
    const taken = await post('nc.supervisor', `/cases/${caseId}/penalty-proposal/acknowledgement`, {
      note: '转立案',
    });
    expect(taken.status).toBe(200);
    const penaltyId = await eventually(async () => {
      const { procedures } = (
        await http()
          .get(`/cases/${caseId}`)
          .set(await as('nc.officer1'))
          .expect(200)
      ).body as { procedures: { id: string; kind: string }[] };
      const p = procedures.find((x) => x.kind === 'penalty');
      if (!p) throw new Error('no penalty yet');
      return p.id;
    });
    const penalty = {
      officer: await read('nc.officer1', `/penalties/${penaltyId}`),
      supervisor: await read('nc.supervisor', `/penalties/${penaltyId}`),
      auditor: await read('prov.auditor', `/penalties/${penaltyId}`),
    };
    expect(penalty.officer.stage).toBe('investigating');
    expect(buttons(penalty.officer.availableActions)).toMatchObject({
      serve_notice: 'allowed',
      request_evidence_preservation: 'allowed',
    });
    expect(buttons(penalty.supervisor.availableActions)).toMatchObject({
      serve_notice: 'role',
      request_evidence_preservation: 'role',
    });
    // No evidence requested yet: nothing to approve, register or decide on.
    for (const command of ['decide_evidence_preservation', 'register_evidence', 'handle_evidence'])
      expect(commands(penalty.supervisor.availableActions)).not.toContain(command);
    expect(penalty.auditor.availableActions.every((a) => a.reason === 'role')).toBe(true);
    expect(penalty.officer.availableActions.find((a) => a.command === 'serve_notice')?.path).toBe(
      `/penalties/${penaltyId}/notice`,
    );
  });
});
