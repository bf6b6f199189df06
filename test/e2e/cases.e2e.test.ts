import type { INestApplication } from '@nestjs/common';
import { addDays, chinaDateOf, creditCodeCheckCharacter } from '@safecase/domain';
import { Client } from '@temporalio/client';
import { workflowIds } from '@safecase/temporal';
import { SA_CASE_KIND, SA_CASE_STAGE, SA_REGION } from '@safecase/temporal/shared';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, ensureOutOfRegionAuditor, tokenFor } from '../support/auth';
import { demoActor, eventually } from '../support/cases';
import { scheduledActivities } from '../support/histories';
import { ownDatabase } from '../support/own-database';
import { allPages, type Page } from '../support/pages';
import { canonicalJson, sha256Hex } from '@safecase/persistence';
import { ProcedureCommandsService } from '../../apps/api/src/procedures/procedure-commands.service';
import { RecordPending } from '../../apps/api/src/cases/workflow-calls';
import type { Actor } from '@safecase/domain';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const DIGEST = 'c'.repeat(64);
const finding = (severity: 'ordinary' | 'major', description: string) => ({
  description,
  severity,
  legalBasis: '安全生产法 第36条',
  evidence: [{ kind: 'photo', name: `${description}.jpg`, sha256: DIGEST }],
});

/** Enforcement cases through HTTP alone, on the dev server with a real worker and PostgreSQL. */
describe('enforcement cases over HTTP', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  const config = testConfig();
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  /** POST /cases as nc.officer1 with an Idempotency-Key. */
  const openWithKey = async (body: object, key: string) =>
    http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .set('Idempotency-Key', key)
      .send(body);
  const inDays = (n: number) => addDays(chinaDateOf(Date.now()), n);
  /** A user's whole inbox (`mine` unless told), page after page. */
  const inboxOf = async (username: string, scope?: 'mine' | 'team') =>
    allPages(
      async (query) =>
        (
          await http()
            .get('/tasks')
            .query({ ...query, ...(scope ? { scope } : {}) })
            .set(await as(username))
            .expect(200)
        ).body as Page<{ caseId: string; kind: string; key: string; dated: boolean; dueAt: string | null }>,
    );

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    db = api.get(DataSource);
    await ensureOutOfRegionAuditor(db);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  async function openCase(creditCode = '91110108551385082Q') {
    const res = await http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .send({
        origin: 'complaint',
        enterprise: { name: '南昌某化工有限公司', creditCode, address: '南昌' },
        summary: '群众举报',
      })
      .expect(201);
    return res.body as { id: string; stage: string; tasks: { kind: string }[] };
  }
  const act = async (username: string, caseId: string, path: string, body: object) =>
    http()
      .post(`/cases/${caseId}/${path}`)
      .set(await as(username))
      .send(body);
  const inspect = (caseId: string, findings: object[]) =>
    act('nc.officer1', caseId, 'inspection', {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date().toISOString(),
      place: '生产车间',
      findings,
      unitRefusedToSign: true,
      refusalNote: '企业负责人拒绝签字，已录像',
    });

  it('an officer takes a case from opening to closure, every step with its numbered document', async () => {
    const opened = await openCase();
    expect(opened).toMatchObject({ stage: 'opened', tasks: [{ kind: 'record_inspection' }] });
    // The API sent the calendar with the start: the run's only round trip before answering is its projection.
    const started = api.get(Client).workflow.getHandle(workflowIds.enforcementCase(opened.id));
    expect(scheduledActivities(await started.fetchHistory())).toEqual(['projectProcedure']);

    const inspected = await inspect(opened.id, [
      finding('ordinary', '消防通道堵塞'),
      finding('major', '报警装置失效'),
    ]);
    expect(inspected.status).toBe(200);
    expect(inspected.body.documents[0].number).toMatch(/^洪应急检记〔\d{4}〕\d+号$/);
    // The answer says what the action did; the record is one GET away.
    expect(inspected.body).toMatchObject({
      id: opened.id,
      stage: 'inspected',
      seq: expect.any(Number),
      documents: [{ type: 'inspection_record', name: '现场检查记录', key: expect.any(String) }],
    });
    expect(inspected.body).not.toHaveProperty('case');

    const order = await act('nc.officer2', opened.id, 'rectification-order', {
      deadline: inDays(20),
      instructions: '限期整改',
      correctedOnSite: ['D1'],
    });
    expect(order.status).toBe(200);
    expect(order.body.documents[0].number).toMatch(/^洪应急责改〔\d{4}〕\d+号$/);
    const ordered = await http()
      .get(`/cases/${opened.id}`)
      .set(await as('nc.officer2'))
      .expect(200);
    // The answer's seq is the record's after the action: its events are the timeline's since the last one.
    const events = (ordered.body.timeline as { seq: number; type: string }[])
      .filter((e) => e.seq > inspected.body.seq && e.seq <= order.body.seq)
      .map((e) => e.type);
    expect(events).toContain('order_issued');
    expect(ordered.body.timeline.some((e: { seq: number }) => e.seq === order.body.seq)).toBe(true);
    const reinspect = ordered.body.tasks.find((t: { kind: string }) => t.kind === 'reinspect');
    expect(reinspect).toMatchObject({ assigneeRole: 'officer', rule: 'reinspection.due', overdue: false });
    expect(reinspect.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const inbox = await inboxOf('nc.officer2');
    expect(inbox.map((t) => [t.caseId, t.kind])).toContainEqual([opened.id, 'reinspect']);
    const others = await inboxOf('jj.officer1');
    expect(others.some((t) => t.caseId === opened.id)).toBe(false);

    await act('nc.officer1', opened.id, 'rectification-report', {
      receivedOn: inDays(0),
      note: '已整改',
    }).then((r) => expect(r.status).toBe(200));
    const closed = await act('nc.officer1', opened.id, 'reinspection', {
      results: [{ dangerId: 'D2', rectified: true, note: '已更换' }],
    });
    expect(closed.status).toBe(200);
    expect(closed.body.stage).toBe('closed');
    // A closed case offers nothing more.
    expect(closed.body.availableActions).toEqual([]);
    const record = (
      await http()
        .get(`/cases/${opened.id}`)
        .set(await as('nc.officer1'))
        .expect(200)
    ).body;
    expect(record.hiddenDangers.map((d: { status: string }) => d.status)).toEqual([
      'corrected_on_site',
      'closed_out',
    ]);
    expect(record.documents.map((d: { type: string }) => d.type)).toEqual([
      'inspection_record',
      'rectification_order',
      'reinspection_opinion',
    ]);

    const again = await act('nc.officer1', opened.id, 'reinspection', {
      results: [{ dangerId: 'D2', rectified: true, note: '' }],
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('case.closed');

    // The auditor reads the whole story, with document numbers, from the audit log.
    const history = await http()
      .get(`/audit/cases/${opened.id}`)
      .set(await as('prov.auditor'))
      .expect(200);
    const lines: { action: string; documentNumber: string | null }[] = history.body.entries;
    // A deadline or rung reaching a year whose arrangement is not loaded adds an alert, depending on today.
    const caseLines = lines.filter(
      (l) =>
        l.action.startsWith('case.') && l.action.includes('_') && l.action !== 'case.calendar_year_missing',
    );
    expect(caseLines.map((l) => l.action)).toEqual([
      'case.case_opened',
      'case.inspection_recorded',
      'case.order_issued',
      'case.rectification_reported',
      'case.reinspection_recorded',
    ]);
    expect(caseLines.filter((l) => l.documentNumber).map((l) => l.documentNumber)).toEqual(
      record.documents.map((d: { number: string }) => d.number),
    );
    await http()
      .get(`/cases/${opened.id}`)
      .set(await as('jj.auditor'))
      .expect(404);
    await http()
      .get(`/cases/${opened.id}`)
      .set(await as('prov.auditor'))
      .expect(200);
  });

  it('not rectified: measures approved by a supervisor, a penalty proposal, lifting and closure', async () => {
    const { id } = await openCase();
    await inspect(id, [finding('major', '涉爆粉尘除尘系统失效')]);
    await act('nc.officer1', id, 'rectification-order', { deadline: inDays(10), instructions: '立即整改' });
    const notRectified = await act('nc.officer1', id, 'reinspection', {
      results: [{ dangerId: 'D1', rectified: false, note: '未整改' }],
    });
    expect(notRectified.body.stage).toBe('escalated');
    // Operators can filter in the Temporal UI: the stage, agency and region are search attributes.
    const handle = api.get(Client).workflow.getHandle(workflowIds.enforcementCase(id));
    await eventually(async () => {
      const attributes = (await handle.describe()).typedSearchAttributes;
      expect(attributes.get(SA_CASE_STAGE)).toBe('escalated');
      expect(attributes.get(SA_REGION)).toBe('360100');
      expect(attributes.get(SA_CASE_KIND)).toBe('enforcement');
    });
    await eventually(async () => {
      const found: string[] = [];
      const query = `SafecaseStage = 'escalated' AND WorkflowId = '${handle.workflowId}'`;
      for await (const w of api.get(Client).workflow.list({ query })) found.push(w.workflowId);
      expect(found).toEqual([handle.workflowId]);
    });

    const onTheSpot = await act('nc.officer1', id, 'summary-penalty', {
      party: 'individual',
      sanctions: ['fine'],
      fine: '200.00',
      facts: '作业人员未佩戴防护用品',
      legalBasis: '安全生产法 第99条',
    });
    expect(onTheSpot.status).toBe(200);
    expect(onTheSpot.body.documents[0].number).toMatch(/^洪应急罚当〔\d{4}〕\d+号$/);
    const tooMuch = await act('nc.officer1', id, 'summary-penalty', {
      party: 'unit',
      sanctions: ['fine'],
      fine: '3001.00',
      facts: 'x',
      legalBasis: 'y',
    });
    expect(tooMuch.status).toBe(422);

    const proposed = await act('nc.officer1', id, 'measures', {
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: '无法保证安全',
    });
    expect(proposed.status).toBe(200);
    const supervisorInbox = await inboxOf('nc.supervisor');
    expect(supervisorInbox.map((t) => [t.caseId, t.kind])).toContainEqual([id, 'approve_measure']);

    const self = await act('nc.officer1', id, 'measures/M1/decision', { approve: true, note: '自批' });
    expect(self.status).toBe(403);
    const approved = await act('nc.supervisor', id, 'measures/M1/decision', {
      approve: true,
      note: '同意停产',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.documents[0].number).toMatch(/^洪应急现决〔\d{4}〕\d+号$/);

    const cutoff = await act('nc.officer1', id, 'measures', {
      kind: 'power_cutoff',
      dangerIds: ['D1'],
      reason: '拒不停产',
      residentialSupply: true,
    });
    expect(cutoff.status).toBe(422);
    expect(cutoff.body.code).toBe('case.invalid');

    await act('nc.officer1', id, 'penalty-proposal', {
      dangerIds: ['D1'],
      summary: '依安全生产法第102条处罚',
    }).then((r) => expect(r.status).toBe(200));
    await act('nc.supervisor', id, 'penalty-proposal/acknowledgement', { note: '转立案' }).then((r) =>
      expect(r.status).toBe(200),
    );
    const early = await act('nc.supervisor', id, 'closure', { note: '结案' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('case.wrong_stage');
    await act('nc.officer2', id, 'measures/M1/lifting', { reason: '隐患已消除' }).then((r) =>
      expect(r.status).toBe(200),
    );
    const closed = await act('nc.supervisor', id, 'closure', { note: '处罚程序已启动，措施已解除' });
    expect(closed.status).toBe(200);
    expect(closed.body.stage).toBe('closed');
  });

  it('a refused action changes nothing, answers a typed problem and is audited as refused', async () => {
    const { id } = await openCase();
    const before = await http()
      .get(`/cases/${id}`)
      .set(await as('nc.officer1'))
      .expect(200);
    const wrongStage = await act('nc.officer1', id, 'rectification-order', {
      deadline: inDays(10),
      instructions: 'x',
    });
    expect(wrongStage.status).toBe(409);
    expect(wrongStage.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrongStage.body.code).toBe('case.wrong_stage');
    const alone = await act('nc.officer1', id, 'inspection', {
      officers: ['nc.officer1', 'jj.officer1'],
      inspectedAt: new Date().toISOString(),
      place: 'x',
      findings: [],
      unitRefusedToSign: false,
    });
    expect(alone.status).toBe(422);
    expect(alone.body.detail).toContain('jj.officer1');
    const badDigest = await inspect(id, [
      { ...finding('major', 'x'), evidence: [{ kind: 'photo', name: 'a', sha256: 'xyz' }] },
    ]);
    expect(badDigest.status).toBe(422);
    expect(badDigest.body.code).toBe('validation.failed');
    const after = await http()
      .get(`/cases/${id}`)
      .set(await as('nc.officer1'))
      .expect(200);
    expect(after.body).toEqual(before.body);
    const refused = await db.query(
      `SELECT reason FROM audit_entry WHERE action = 'case.order.issue' AND outcome = 'rejected' AND payload::text LIKE $1`,
      [`%${id}%`],
    );
    expect(refused.length).toBeGreaterThanOrEqual(1);
    await http()
      .get(`/cases/${id}`)
      .set(await as('jj.officer1'))
      .expect(404);
    await act('jj.officer1', id, 'inspection', {}).then((r) => expect(r.status).toBe(422));
  });

  it('validates the credit code, honours Idempotency-Key, and lists with filters and pages', async () => {
    const bad = await http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .send({
        origin: 'plan',
        enterprise: { name: 'x', creditCode: '91110108551385082R', address: 'x' },
        summary: 'x',
      });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body.errors)).toContain('check character should be Q');

    const key = randomUUID();
    const body = {
      origin: 'plan',
      enterprise: { name: '幂等公司', creditCode: '91350100M000100Y43', address: '南昌' },
      summary: '幂等',
    };
    const first = await openWithKey(body, key);
    const second = await openWithKey(body, key);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers['idempotent-replayed']).toBe('true');

    const list = await http()
      .get('/cases')
      .query({ enterprise: '91350100M000100Y43', stage: 'opened', limit: 5 })
      .set(await as('nc.supervisor'))
      .expect(200);
    expect(list.body).toEqual({ items: [expect.objectContaining({ id: first.body.id })], nextCursor: null });
    const byOfficer = await allPages(
      async (query) =>
        (
          await http()
            .get('/cases')
            .query({ officer: 'nc.officer1', ...query })
            .set(await as('nc.officer1'))
            .expect(200)
        ).body as Page<{ id: string }>,
    );
    expect(byOfficer.map((c) => c.id)).toContain(first.body.id);
    const jj = await http()
      .get('/cases')
      .query({ enterprise: '91350100M000100Y43' })
      .set(await as('jj.supervisor'))
      .expect(200);
    expect(jj.body).toEqual({ items: [], nextCursor: null });
  });

  it('lists and the inbox page by keyset: newest first, each row once, cursor and limit checked', async () => {
    // An enterprise of this test alone, so the filter sees only its cases.
    const first17 = `91360100MA${randomUUID().replace(/\D/g, '').slice(0, 7).padEnd(7, '0')}`;
    const code = `${first17}${creditCodeCheckCharacter(first17)!}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await openCase(code)).id);
    const pages: { items: { id: string }[]; nextCursor: string | null }[] = [];
    let cursor: string | undefined;
    do {
      const res = await http()
        .get('/cases')
        .query({ enterprise: code, limit: 2, ...(cursor ? { cursor } : {}) })
        .set(await as('nc.supervisor'))
        .expect(200);
      pages.push(res.body);
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual([...ids].reverse());
    expect(pages[1]!.nextCursor).toBeNull();

    // The inbox: clocked tasks soonest first, then the undated ones; a walk by cursor sees each task once.
    const mine = await inboxOf('nc.officer1');
    const keys = mine.map((t) => `${t.caseId}/${t.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    const firstUndated = mine.findIndex((t) => !t.dated);
    if (firstUndated >= 0)
      expect(mine.slice(firstUndated).every((t) => !t.dated && t.dueAt === null)).toBe(true);
    const dues = mine.filter((t) => t.dated).map((t) => Date.parse(t.dueAt!));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const smallPages = await allPages(
      async (query) =>
        (
          await http()
            .get('/tasks')
            .query(query)
            .set(await as('nc.officer1'))
            .expect(200)
        ).body as Page<{
          caseId: string;
          key: string;
        }>,
      1,
    );
    const walked = smallPages.map((t) => `${t.caseId}/${t.key}`);
    expect(new Set(walked).size).toBe(walked.length);
    // Other test files open and inspect cases of the agency meanwhile: compare what both walks saw.
    const both = keys.filter((k) => walked.includes(k));
    expect(walked.filter((k) => keys.includes(k))).toEqual(both);
    for (const id of ids) expect(both).toContain(`${id}/record_inspection`);
    // The whole agency: supervisors and heads only.
    expect((await inboxOf('nc.supervisor', 'team')).length).toBeGreaterThanOrEqual(mine.length);
    const forbidden = await http()
      .get('/tasks')
      .query({ scope: 'team' })
      .set(await as('nc.officer1'))
      .expect(403);
    expect(forbidden.body.code).toBe('auth.forbidden');

    // Strict: out of range, a cursor that is not one, the old page/pageSize, an unknown scope.
    const wrongShape = Buffer.from(JSON.stringify(['yesterday', 1])).toString('base64url');
    for (const [path, query] of [
      ['/cases', { limit: 0 }],
      ['/cases', { limit: 201 }],
      ['/cases', { limit: 'ten' }],
      ['/cases', { cursor: 'not a cursor!' }],
      ['/cases', { cursor: wrongShape }],
      ['/cases', { pageSize: 10 }],
      ['/penalties', { cursor: wrongShape }],
      ['/transfers', { limit: 1000 }],
      ['/accidents', { cursor: 'abc' }],
      ['/tasks', { cursor: wrongShape }],
      ['/tasks', { scope: 'everyone' }],
      ['/tasks', { page: 2 }],
    ] as const) {
      const res = await http()
        .get(path)
        .query(query)
        .set(await as('nc.supervisor'));
      expect([path, query, res.status, res.body.code]).toEqual([path, query, 422, 'validation.failed']);
    }
    const checkpoints = await http()
      .get('/audit/checkpoints')
      .query({ cursor: wrongShape })
      .set(await as('admin'));
    expect(checkpoints.status).toBe(422);
  });

  it('a retry that bypasses the idempotency record (a crash mid-request) still opens one case and acts once', async () => {
    const service = api.get(ProcedureCommandsService);
    const officer = await demoActor(db, 'nc.officer1');
    const actor: Actor = {
      ...officer,
      roles: ['officer'],
      agencyName: '南昌市应急管理局',
      regionCode: '360100',
    };
    const dto = {
      origin: 'plan' as const,
      enterprise: { name: '重试公司', creditCode: '91440300708461136T', address: '南昌' },
      summary: '重试',
    };
    const key = randomUUID();
    const first = await service.openCase(dto, actor, `open-${key}`);
    const second = await service.openCase(dto, actor, `open-${key}`);
    expect(second.id).toBe(first.id);
    await inspect(first.id, [finding('major', '重复提交测试')]);
    const propose = {
      type: 'propose_measure' as const,
      kind: 'stop_equipment' as const,
      dangerIds: ['D1'],
      reason: 'r',
      residentialSupply: false,
    };
    const a = await service.send(actor, 'enforcement_case', first.id, propose, `measure-${key}`);
    const b = await service.send(actor, 'enforcement_case', first.id, propose, `measure-${key}`);
    expect(a).not.toBeInstanceOf(RecordPending);
    expect(b).toMatchObject({ seq: (a as { seq: number }).seq });
    const page = await http()
      .get(`/cases/${first.id}`)
      .set(await as('nc.officer1'))
      .expect(200);
    expect(page.body.measures.map((m: { id: string }) => m.id)).toEqual(['M1']);
  });

  it('takes over an Idempotency-Key whose request died in progress, and still opens a single case', async () => {
    const officer = await demoActor(db, 'nc.officer1');
    const key = `crashed-${randomUUID()}`;
    const body = {
      origin: 'plan',
      enterprise: { name: '崩溃重试公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: '重试',
    };
    const hash = sha256Hex(canonicalJson({ method: 'POST', path: '/cases', body }));
    // What a process that died mid-request leaves behind, three minutes ago.
    await db.query(
      `INSERT INTO idempotency_record (user_id, key, method, path, request_hash, created_at)
       VALUES ($1, $2, 'POST', '/cases', $3, now() - interval '3 minutes')`,
      [officer.userId, key, hash],
    );
    const first = await openWithKey(body, key);
    expect({ status: first.status, body: first.body }).toMatchObject({
      status: 201,
      body: { stage: 'opened' },
    });
    const again = await openWithKey(body, key);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });
});

/**
 * A deadline in a year whose arrangement is not loaded. Deadlines reach at most a year ahead
 * (input.deadline_max_ahead), so that is next year, which other files load into the shared database:
 * this story runs on a database of its own where next year is missing.
 */
describe('a rectification deadline in a year not yet loaded', () => {
  const config = testConfig();
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let api: INestApplication;
  let worker: RunningWorker;
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const year = Number(chinaDateOf(Date.now()).slice(0, 4)) + 1;

  beforeAll(async () => {
    own = await ownDatabase();
    await own.db.query('DELETE FROM calendar_day WHERE year = $1', [year]);
    await own.db.query('DELETE FROM calendar_year WHERE year = $1', [year]);
    const mine = { ...config, databaseUrl: own.url };
    worker = await startWorker(mine);
    api = await startApi(mine);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('is never guessed; loading the year plans it at once', async () => {
    const opened = await http()
      .post('/cases')
      .set(await as('nc.officer1'))
      .send({
        origin: 'plan',
        enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
        summary: '计划检查',
      })
      .expect(201);
    const id = (opened.body as { id: string }).id;
    const act = async (path: string, body: object) =>
      http()
        .post(`/cases/${id}/${path}`)
        .set(await as('nc.officer1'))
        .send(body);
    const inspected = await act('inspection', {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date().toISOString(),
      place: '生产车间',
      findings: [finding('ordinary', '安全出口标志缺失')],
      unitRefusedToSign: false,
    });
    expect(inspected.status).toBe(200);
    // 1 January of next year is after today and never more than a year ahead.
    const order = await act('rectification-order', { deadline: `${year}-01-01`, instructions: '整改' });
    expect(order.status).toBe(200);
    const page = await http()
      .get(`/cases/${id}`)
      .set(await as('nc.officer1'))
      .expect(200);
    const pending = page.body.tasks.find((t: { kind: string }) => t.kind === 'reinspect');
    expect(pending).toMatchObject({ dueAt: null, provisional: { missingCalendarYear: year } });
    const alert = await eventually(async () => {
      const rows = await own.db.query(
        `SELECT payload FROM audit_entry WHERE case_id = $1 AND action = 'case.calendar_year_missing'`,
        [id],
      );
      expect(rows).toHaveLength(1);
      return rows[0].payload;
    });
    expect(alert).toMatchObject({ year });

    await http()
      .put(`/calendar/years/${year}`)
      .set(await as('admin'))
      .send({
        source: 'test fixture',
        holidays: [{ date: `${year}-01-11`, name: '休息日 (fixture)' }],
        makeupWorkdays: [],
      })
      .expect(200);
    // 1 January + 10 days = 11 January, a holiday in the fixture. The re-inspection is the agency's
    // limit (docs/domain.md §2.4): due that day, un-rolled, acted on before it, the rolled end after it.
    const planned = await eventually(async () => {
      const page = await http()
        .get(`/cases/${id}`)
        .set(await as('nc.officer1'))
        .expect(200);
      const task = page.body.tasks.find((t: { kind: string }) => t.kind === 'reinspect');
      expect(task.dueAt).not.toBeNull();
      return task;
    });
    expect(planned.provisional).toBeNull();
    expect(planned).toMatchObject({ dueDate: `${year}-01-11`, due: `${year}-01-11` });
    expect(planned.actBy < `${year}-01-11`).toBe(true);
    expect(planned.rolledEnd > `${year}-01-11`).toBe(true);
  });
});
