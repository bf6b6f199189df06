import type { INestApplication } from '@nestjs/common';
import { AuditLog, DEMO_AGENCIES } from '@safecase/persistence';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, testConfig } from '../support/apps';
import { bearer, ensureOutOfRegionAuditor, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const NANCHANG = DEMO_AGENCIES[1];

describe('API core over HTTP (real PostgreSQL)', () => {
  let api: INestApplication;
  let db: DataSource;
  const as = async (username: string) => bearer(await tokenFor(api, username));

  beforeAll(async () => {
    api = await startApi(testConfig());
    db = api.get(DataSource);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
  }, SERVER_HOOK_TIMEOUT_MS);

  describe('authentication', () => {
    it('signs in with username and password and says who the token speaks for', async () => {
      const me = await request(api.getHttpServer())
        .get('/auth/me')
        .set(await as('nc.officer1'))
        .expect(200);
      expect(me.body).toMatchObject({
        username: 'nc.officer1',
        roles: ['officer'],
        agencyName: '南昌市应急管理局',
        regionCode: '360100',
      });
    });

    it('refuses a wrong password or unknown user alike, and records the failed sign-in', async () => {
      for (const username of ['nc.officer1', 'no.such.user']) {
        const res = await request(api.getHttpServer())
          .post('/auth/login')
          .send({ username, password: 'wrong-password' })
          .expect(401);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('auth.invalid_credentials');
      }
      const rows = await db.query(
        `SELECT outcome, reason FROM audit_entry WHERE action = 'auth.login' AND actor_username = 'no.such.user'`,
      );
      expect(rows).toContainEqual({ outcome: 'rejected', reason: 'auth.invalid_credentials' });
      expect(
        JSON.stringify(await db.query(`SELECT payload FROM audit_entry WHERE action = 'auth.login'`)),
      ).not.toMatch(/wrong-password/);
    });

    it('answers a missing or forged token with 401', async () => {
      expect((await request(api.getHttpServer()).get('/auth/me').expect(401)).body.code).toBe(
        'auth.unauthenticated',
      );
      const forged = await request(api.getHttpServer())
        .get('/auth/me')
        .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJhZG1pbiJ9.x')
        .expect(401);
      expect(forged.body.code).toBe('auth.unauthenticated');
    });

    it('refuses a correctly signed token that never expires (no exp)', async () => {
      const me = await db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE username = 'admin'`);
      const auth = testConfig().auth;
      if (auth.mode !== 'embedded') throw new Error('the tests run in embedded auth mode');
      const secret = new TextEncoder().encode(auth.jwtSecret);
      const sign = (withExp: boolean) => {
        const jwt = new SignJWT({ preferred_username: 'admin' })
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setSubject(me[0]!.id)
          .setIssuer('safecase')
          .setAudience('safecase-api')
          .setIssuedAt();
        return (withExp ? jwt.setExpirationTime('5m') : jwt).sign(secret);
      };
      // The same token with exp is accepted, so the refusal is for the missing claim alone.
      await request(api.getHttpServer())
        .get('/auth/me')
        .set(bearer(await sign(true)))
        .expect(200);
      const res = await request(api.getHttpServer())
        .get('/auth/me')
        .set(bearer(await sign(false)))
        .expect(401);
      expect(res.body.code).toBe('auth.unauthenticated');
    });
  });

  describe('working-day calendar', () => {
    const deadline = async (query: string) =>
      request(api.getHttpServer())
        .get(`/calendar/deadline?${query}`)
        .set(await as('nc.officer1'));

    it('counts calendar days over National Day onto the make-up Saturday', async () => {
      const res = await deadline('from=2026-09-30&amount=10&unit=calendar_days');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ due: '2026-10-10', extendedOver: [] });
      expect(res.body.rule).toMatch(/民事诉讼法/);
    });

    it('counts working days across the Spring Festival, make-up Saturday included', async () => {
      expect((await deadline('from=2026-02-12&amount=5&unit=working_days')).body.due).toBe('2026-02-26');
      expect((await deadline('from=2026-02-10&amount=7&unit=calendar_days')).body.due).toBe('2026-02-24');
    });

    it('refuses, naming the year, a period that reaches a year with no arrangement', async () => {
      // A year no test loads (other tests may load the year after the current one as a fixture).
      const res = await deadline('from=2199-12-25&amount=10&unit=working_days');
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('calendar.year_missing');
      expect(res.body.detail).toMatch(/2199/);
    });

    it('rejects a bad query field by field', async () => {
      const res = await deadline('from=2026-13-01&amount=0&unit=weeks');
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'amount',
        'from',
        'unit',
      ]);
    });

    it('lets an admin load a year, audited, after which deadlines reach it', async () => {
      const admin = await as('admin');
      const body = {
        source: 'test arrangement',
        holidays: [{ date: '2031-01-01', name: '元旦' }],
        makeupWorkdays: [{ date: '2031-01-04', name: '补班' }],
      };
      await request(api.getHttpServer()).put('/calendar/years/2031').set(admin).send(body).expect(200);
      const res = await request(api.getHttpServer())
        .get('/calendar/deadline?from=2030-12-31&amount=2&unit=working_days')
        .set(admin);
      // 2030-12-31 is not in a loaded year, but only days after it are counted: Jan 2 (Thu), Jan 3 (Fri).
      expect(res.body.due).toBe('2031-01-03');
      const audit = await db.query(
        `SELECT outcome FROM audit_entry WHERE action = 'calendar.year.load' AND payload->>'year' = '2031'`,
      );
      expect(audit).toEqual([{ outcome: 'accepted' }]);
    });

    it('audits a command rejected for invalid content, with each bad field', async () => {
      const res = await request(api.getHttpServer())
        .put('/calendar/years/2036')
        .set(await as('admin'))
        .send({ holidays: 'none' });
      expect(res.status).toBe(422);
      const [entry] = await db.query(
        `SELECT outcome, reason, request_id FROM audit_entry
          WHERE action = 'calendar.year.load' AND payload->>'path' = '/calendar/years/2036'`,
      );
      expect(entry).toMatchObject({ outcome: 'rejected', request_id: res.body.requestId });
      expect(entry.reason).toMatch(/^validation\.failed/);
      expect(entry.reason).toMatch(/holidays/);
      expect(entry.reason).toMatch(/source/);
    });

    it('refuses an inconsistent arrangement and changes nothing', async () => {
      const res = await request(api.getHttpServer())
        .put('/calendar/years/2032')
        .set(await as('admin'))
        .send({ source: 'bad', holidays: [], makeupWorkdays: [{ date: '2032-03-01', name: 'a Monday' }] });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('calendar.invalid_arrangement');
      expect(await db.query('SELECT 1 FROM calendar_year WHERE year = 2032')).toEqual([]);
    });

    it('refuses a non-admin, and audits the refusal with its reason', async () => {
      const res = await request(api.getHttpServer())
        .put('/calendar/years/2033')
        .set(await as('nc.supervisor'))
        .send({ source: 'x', holidays: [], makeupWorkdays: [] });
      expect(res.status).toBe(403);
      const rows = await db.query(
        `SELECT outcome, reason FROM audit_entry WHERE action = 'calendar.year.load' AND actor_username = 'nc.supervisor'`,
      );
      expect(rows[0]).toMatchObject({
        outcome: 'rejected',
        reason: expect.stringMatching(/^auth\.forbidden/),
      });
    });
  });

  describe('idempotency', () => {
    it('a concurrent double submit with one key has one effect and one answer', async () => {
      const admin = await as('admin');
      const key = `k-${randomUUID()}`;
      const body = {
        source: 'idempotency test',
        holidays: [{ date: '2030-10-01', name: '国庆节' }],
        makeupWorkdays: [],
      };
      const send = () =>
        request(api.getHttpServer())
          .put('/calendar/years/2030')
          .set(admin)
          .set('Idempotency-Key', key)
          .send(body);
      const [a, b] = await Promise.all([send(), send()]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body).toEqual(b.body);
      expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']]).toContain('true');
      const effects = await db.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'calendar.year.load' AND payload->>'source' = 'idempotency test'`,
      );
      expect(effects).toEqual([{ n: 1 }]);

      const later = await send();
      expect(later.status).toBe(200);
      expect(later.headers['idempotent-replayed']).toBe('true');
    });

    it('refuses the same key for a different request', async () => {
      const admin = await as('admin');
      const key = `k-${randomUUID()}`;
      const put = (source: string) =>
        request(api.getHttpServer())
          .put('/calendar/years/2034')
          .set(admin)
          .set('Idempotency-Key', key)
          .send({ source, holidays: [{ date: '2034-01-02', name: '元旦' }], makeupWorkdays: [] });
      expect((await put('first')).status).toBe(200);
      const res = await put('second');
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('idempotency.key_reused');
    });

    it('does not keep a key whose request was rejected, so a corrected retry runs', async () => {
      const admin = await as('admin');
      const key = `k-${randomUUID()}`;
      const put = (makeupWorkdays: { date: string; name: string }[]) =>
        request(api.getHttpServer())
          .put('/calendar/years/2035')
          .set(admin)
          .set('Idempotency-Key', key)
          .send({ source: 'retry', holidays: [{ date: '2035-01-01', name: '元旦' }], makeupWorkdays });
      expect((await put([{ date: '2035-03-05', name: 'a Monday' }])).status).toBe(422);
      const retry = await put([{ date: '2035-03-03', name: 'a Saturday' }]);
      expect(retry.status).toBe(200);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.body.makeupWorkdays).toEqual([{ date: '2035-03-03', name: 'a Saturday' }]);
    });
  });

  describe('audit log', () => {
    const caseId = `test-case-${randomUUID()}`;
    let entryIds: number[] = [];

    beforeAll(async () => {
      const log = new AuditLog(db);
      entryIds = [];
      for (const [action, doc] of [
        ['case.open', null],
        ['case.inspection.record', '洪应急检记〔2026〕1号'],
        ['case.order.issue', '洪应急责改〔2026〕1号'],
      ] as const) {
        const e = await log.append({
          actorUsername: 'nc.officer1',
          actorRole: 'officer',
          agencyId: NANCHANG.id,
          caseId,
          action,
          outcome: 'accepted',
          documentNumber: doc,
          payload: { step: action },
        });
        entryIds.push(e.id);
      }
      await ensureOutOfRegionAuditor(db);
    }, SERVER_HOOK_TIMEOUT_MS);

    it("tells a case's story in order, with document numbers, to an auditor whose region covers it", async () => {
      const res = await request(api.getHttpServer())
        .get(`/audit/cases/${caseId}`)
        .set(await as('prov.auditor'))
        .expect(200);
      expect(res.body.entries.map((e: { action: string }) => e.action)).toEqual([
        'case.open',
        'case.inspection.record',
        'case.order.issue',
      ]);
      expect(res.body.entries[2].text).toMatch(
        /nc\.officer1（执法人员）下达责令限期整改指令书，文书编号 洪应急责改〔2026〕1号/,
      );
      const en = await request(api.getHttpServer())
        .get(`/audit/cases/${caseId}`)
        .set(await as('prov.auditor'))
        .set('Accept-Language', 'en')
        .expect(200);
      expect(en.headers['content-language']).toBe('en');
      expect(en.body.entries[2]).toMatchObject({ action: 'case.order.issue' });
      expect(en.body.entries[2].text).toMatch(
        /nc\.officer1 \(officer\): issue the order to rectify under 洪应急责改〔2026〕1号/,
      );
    });

    it('hides the case from an auditor of another region, and from case roles of other agencies, as 404', async () => {
      for (const username of ['jj.auditor']) {
        const res = await request(api.getHttpServer())
          .get(`/audit/cases/${caseId}`)
          .set(await as(username))
          .expect(404);
        expect(res.body.code).toBe('audit.case_not_found');
      }
      await request(api.getHttpServer())
        .get(`/audit/cases/${caseId}`)
        .set(await as('jj.officer1'))
        .expect(403);
    });

    it('exports the complete record as JSON', async () => {
      const res = await request(api.getHttpServer())
        .get(`/audit/cases/${caseId}/export`)
        .set(await as('prov.auditor'))
        .expect(200);
      expect(res.body.entries).toHaveLength(3);
      expect(res.body.entries[1]).toMatchObject({
        caseId,
        documentNumber: '洪应急检记〔2026〕1号',
        payload: { step: 'case.inspection.record' },
        entryHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
      await expect(
        db.query(`UPDATE audit_entry SET reason = 'x' WHERE id = $1`, [entryIds[0]]),
      ).rejects.toThrow(/append-only/);
      await expect(db.query('DELETE FROM audit_entry WHERE id = $1', [entryIds[0]])).rejects.toThrow(
        /append-only/,
      );
      await expect(db.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
    });

    it('reports a row altered by a superuser at exactly that entry', async () => {
      const auditor = await as('prov.auditor');
      const before = await request(api.getHttpServer()).get('/audit/verify').set(auditor).expect(200);
      expect(before.body).toMatchObject({ ok: true, firstBrokenEntry: null });
      const target = entryIds[1]!;
      const [original] = await db.query('SELECT document_number FROM audit_entry WHERE id = $1', [target]);
      const tamper = async (value: string) => {
        await db.transaction(async (m) => {
          await m.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete');
          await m.query('UPDATE audit_entry SET document_number = $2 WHERE id = $1', [target, value]);
          await m.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_delete');
        });
      };
      await tamper('洪应急检记〔2026〕999号');
      try {
        const after = await request(api.getHttpServer()).get('/audit/verify').set(auditor).expect(200);
        expect(after.body).toMatchObject({ ok: false, firstBrokenEntry: target });
        // Every entry before it, in id order over all chains, still holds.
        const [{ n }] = await db.query('SELECT count(*)::int AS n FROM audit_entry WHERE id < $1', [target]);
        expect(after.body.checked).toBe(n);
      } finally {
        await tamper(original.document_number);
      }
      const restored = await request(api.getHttpServer()).get('/audit/verify').set(auditor).expect(200);
      expect(restored.body.ok).toBe(true);
    });
  });
});
