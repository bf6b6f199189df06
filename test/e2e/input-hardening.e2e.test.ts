import type { INestApplication } from '@nestjs/common';
import { addDays, chinaDateOf } from '@safecase/domain';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

// Issue #12 (items 3 and 6): what a fuzzer or a careless user sends is answered 4xx, never 500.

interface Problem {
  code: string;
  detail?: string;
  errors?: { field: string; messages: string[] }[];
}

const DIGEST = 'd'.repeat(64);
const enterprise = { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' };

/** `{"a":[{"a":[…]}]}`, `depth` objects and arrays deep, as JSON text (the client never builds it). */
function nestedJson(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 ? '[' : '{"a":';
    close = (i % 2 ? ']' : '}') + close;
  }
  return `${open}1${close}`;
}

describe('input hardening over HTTP', () => {
  const config = testConfig();
  let api: INestApplication;
  let worker: RunningWorker;
  const http = () => request(api.getHttpServer());
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const fields = (body: Problem) => (body.errors ?? []).map((e) => e.field).sort();
  const today = () => chinaDateOf(Date.now());

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  describe('numbers in the query and the path', () => {
    const LISTS = ['/cases', '/penalties', '/transfers', '/accidents', '/tasks'];
    const HUGE = ['99999999999999999999', '1e400', '9007199254740993', '0x10', '1.5', '-1'];

    it.each(LISTS)('GET %s answers 422 naming limit or cursor when they are not a page', async (path) => {
      const officer = await as('nc.officer1');
      for (const value of HUGE) {
        const res = await http().get(`${path}?limit=${value}`).set(officer);
        expect({ path, value, status: res.status }).toEqual({ path, value, status: 422 });
        expect(res.body.code).toBe('validation.failed');
        expect(fields(res.body)).toEqual(['limit']);
      }
      for (const cursor of ['%00', 'not a cursor', 'eyJub3QiOiJhIGtleSJ9']) {
        const res = await http()
          .get(`${path}?cursor=${encodeURIComponent(cursor)}`)
          .set(officer);
        expect({ path, cursor, status: res.status }).toEqual({ path, cursor, status: 422 });
      }
      const fine = await http().get(`${path}?limit=200`).set(officer).expect(200);
      expect(fine.body).toHaveProperty('nextCursor');
    });

    it('GET /calendar/deadline refuses an amount beyond the integer range as 422', async () => {
      const res = await http()
        .get('/calendar/deadline?from=2026-09-30&amount=99999999999999999999&unit=calendar_days')
        .set(await as('nc.officer1'))
        .expect(422);
      expect(fields(res.body)).toEqual(['amount']);
    });

    it('answers 422 naming the year for PUT or GET /calendar/years/:year outside 2000–2100', async () => {
      const admin = await as('admin');
      const body = { holidays: [], makeupWorkdays: [], source: '国务院办公厅通知' };
      for (const year of ['0', '1999', '2101', '99999999999', '2027.5', '-2027']) {
        const put = await http().put(`/calendar/years/${year}`).set(admin).send(body);
        expect({ year, status: put.status }).toEqual({ year, status: 422 });
        expect(put.body.code).toBe('validation.failed');
        expect(fields(put.body)).toEqual(['year']);
        const got = await http().get(`/calendar/years/${year}`).set(admin);
        expect({ year, status: got.status }).toEqual({ year, status: 422 });
      }
      await http().get('/calendar/years/2026').set(admin).expect(200);
    });
  });

  describe('request bodies', () => {
    const openCase = async (body: string | object, contentType = 'application/json', key?: string) => {
      const req = http()
        .post('/cases')
        .set(await as('nc.officer1'))
        .set('Content-Type', contentType);
      return (key ? req.set('Idempotency-Key', key) : req).send(body);
    };

    it('answers a body nested 5,000 deep with 422 before anything walks it, with or without an Idempotency-Key', async () => {
      for (const key of [undefined, `deep-${Date.now()}`]) {
        const res = await openCase(nestedJson(5000), 'application/json', key);
        expect({ key, status: res.status }).toEqual({ key, status: 422 });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('validation.failed');
        expect(fields(res.body)).toEqual(['body']);
      }
      const put = await http()
        .put('/calendar/years/2027')
        .set(await as('admin'))
        .set('Idempotency-Key', `deep-year-${Date.now()}`)
        .set('Content-Type', 'application/json')
        .send(nestedJson(5000));
      expect(put.status).toBe(422);
    });

    it('counts nesting exactly: 64 levels reach the validation of the fields, 65 are refused as such', async () => {
      const at64 = await openCase(nestedJson(64));
      expect(at64.status).toBe(422);
      expect(fields(at64.body)).not.toContain('body');
      const at65 = await openCase(nestedJson(65));
      expect(at65.status).toBe(422);
      expect(fields(at65.body)).toEqual(['body']);
    });

    it('answers 415 to a body that is not JSON', async () => {
      const form = await openCase('origin=plan&summary=x', 'application/x-www-form-urlencoded');
      expect(form.status).toBe(415);
      expect(form.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(form.body.code).toBe('request.unsupported_media_type');
      const text = await openCase(JSON.stringify({ origin: 'plan', enterprise, summary: 'x' }), 'text/plain');
      expect(text.status).toBe(415);
      expect(text.body.code).toBe('request.unsupported_media_type');
      // An action without a body still needs no Content-Type.
      const none = await http()
        .post('/cases/00000000-0000-4000-8000-000000000000/closure')
        .set(await as('nc.supervisor'));
      expect(none.status).not.toBe(415);
    });

    it('answers 422 naming each field of a body, query or path that holds a NUL character', async () => {
      const res = await openCase({
        origin: 'plan',
        enterprise: { ...enterprise, name: '南昌\u0000化工' },
        summary: '计划\u0000检查',
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('validation.failed');
      expect(fields(res.body)).toEqual(['enterprise.name', 'summary']);
      const query = await http()
        .get('/cases?officer=nc%00officer1')
        .set(await as('nc.officer1'));
      expect(query.status).toBe(422);
      expect(fields(query.body)).toEqual(['officer']);
      const path = await http()
        .get('/cases/abc%00def')
        .set(await as('nc.officer1'));
      expect(path.status).toBe(422);
      expect(fields(path.body)).toEqual(['caseId']);
    });
  });

  describe('dates beyond the rulebook bounds (input.fact_max_age, input.deadline_max_ahead)', () => {
    const act = async (caseId: string, path: string, body: object) =>
      http()
        .post(`/cases/${caseId}/${path}`)
        .set(await as('nc.officer1'))
        .send(body);

    async function inspectedCase(): Promise<string> {
      const opened = await openCaseOk();
      const inspected = await act(opened, 'inspection', {
        officers: ['nc.officer1', 'nc.officer2'],
        inspectedAt: new Date().toISOString(),
        place: '生产车间',
        findings: [
          {
            description: '消防通道堵塞',
            severity: 'ordinary',
            legalBasis: '安全生产法 第36条',
            evidence: [{ kind: 'photo', name: 'a.jpg', sha256: DIGEST }],
          },
        ],
        unitRefusedToSign: false,
      });
      expect(inspected.status).toBe(200);
      return opened;
    }
    async function openCaseOk(): Promise<string> {
      const res = await http()
        .post('/cases')
        .set(await as('nc.officer1'))
        .send({ origin: 'plan', enterprise, summary: '计划检查' })
        .expect(201);
      return (res.body as { id: string }).id;
    }

    it('refuses a rectification deadline of 9999-12-31 or beyond a year, naming the bound', async () => {
      const caseId = await inspectedCase();
      const order = (deadline: string) =>
        act(caseId, 'rectification-order', { deadline, instructions: '限期整改' });
      for (const deadline of ['9999-12-31', addDays(today(), 400)]) {
        const res = await order(deadline);
        expect({ deadline, status: res.status }).toEqual({ deadline, status: 422 });
        expect(res.body.code).toBe('case.invalid');
        expect(res.body.detail).toMatch(/input\.deadline_max_ahead/);
      }
      const ok = await order(addDays(today(), 300));
      expect(ok.status).toBe(200);
      const late = await act(caseId, 'rectification-report', { receivedOn: '2000-01-01', note: '' });
      expect(late.status).toBe(422);
      expect(late.body.detail).toMatch(/receivedOn 2000-01-01 .*input\.fact_max_age/);
    });

    it('refuses an inspection dated more than 10 years back or in the future, naming the bound', async () => {
      const caseId = await openCaseOk();
      const inspect = (inspectedAt: string) =>
        act(caseId, 'inspection', {
          officers: ['nc.officer1', 'nc.officer2'],
          inspectedAt,
          place: '车间',
          findings: [],
          unitRefusedToSign: false,
        });
      const old = await inspect('2001-01-01T09:00:00+08:00');
      expect(old.status).toBe(422);
      expect(old.body.detail).toMatch(/^inspectedAt .*input\.fact_max_age/);
      const future = await inspect(new Date(Date.now() + 3600_000).toISOString());
      expect(future.status).toBe(422);
      expect(future.body.detail).toMatch(/^inspectedAt .*将来/);
    });

    it('refuses an accident that occurred more than 10 years ago, before anything starts', async () => {
      const res = await http()
        .post('/accidents')
        .set(await as('nc.officer1'))
        .send({
          occurredAt: '1990-05-01T08:00:00+08:00',
          reportedAt: new Date().toISOString(),
          unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' },
          location: '360111',
          industry: 'construction',
          category: 'other',
          summary: '脚手架坍塌',
          deaths: 0,
          seriousInjuries: 1,
          directLoss: '10000.00',
        });
      expect(res.status).toBe(422);
      expect(res.body.detail).toMatch(/occurredAt .*input\.fact_max_age/);
    });
  });
});
