import type { INestApplication } from '@nestjs/common';
import { addDays, chinaDateOf, RULEBOOK_2026_V1, type ClockRule } from '@safecase/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, testConfig } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** The rulebook over HTTP: the clocks in force with their sources, and versions an admin publishes. */
describe('rulebook over HTTP', () => {
  let api: INestApplication;
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  // Far enough ahead that no other version of this run takes the day.
  const future = addDays(chinaDateOf(Date.now()), 3000 + Math.floor(Math.random() * 1000));
  const version = `t${randomUUID().slice(0, 8)}`;
  const next = (): { version: string; effectiveFrom: string; rules: Record<string, ClockRule> } => ({
    version,
    effectiveFrom: future,
    rules: {
      ...RULEBOOK_2026_V1.rules,
      'reinspection.due': {
        ...RULEBOOK_2026_V1.rules['reinspection.due']!,
        amount: 7,
        source: '某省规定 第12条',
      },
    },
  });

  beforeAll(async () => {
    api = await startApi(testConfig());
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('lists every clock in force today with its unit and legal source', async () => {
    const res = await http()
      .get('/rules')
      .set(await as('nc.officer1'))
      .expect(200);
    expect(res.body.version).toBe('2026.1');
    expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(RULEBOOK_2026_V1.rules));
    expect(res.body.rules).toContainEqual(
      expect.objectContaining({
        id: 'seizure.term',
        amount: 30,
        unit: 'calendar_days',
        source: '行政强制法 第25条',
        status: 'confirmed',
      }),
    );
  });

  it('publishes a future version for new cases only; refuses a second publication and invalid ones', async () => {
    await http()
      .post('/rules/versions')
      .set(await as('nc.supervisor'))
      .send(next())
      .expect(403);
    const published = await http()
      .post('/rules/versions')
      .set(await as('admin'))
      .send(next())
      .expect(201);
    expect(published.body).toMatchObject({ version, effectiveFrom: future });
    const onThatDay = await http()
      .get('/rules')
      .query({ on: future })
      .set(await as('prov.auditor'))
      .expect(200);
    expect(onThatDay.body.rules).toContainEqual(
      expect.objectContaining({ id: 'reinspection.due', amount: 7 }),
    );
    const today = await http()
      .get('/rules')
      .set(await as('prov.auditor'))
      .expect(200);
    expect(today.body.version).toBe('2026.1');
    const versions = await http()
      .get('/rules/versions')
      .set(await as('nc.officer1'))
      .expect(200);
    expect(versions.body.map((v: { version: string }) => v.version)).toEqual(
      expect.arrayContaining(['2026.1', version]),
    );

    const again = await http()
      .post('/rules/versions')
      .set(await as('admin'))
      .send(next())
      .expect(409);
    expect(again.body.code).toBe('rulebook.version_exists');

    const rest = Object.fromEntries(Object.entries(next().rules).filter(([id]) => id !== 'reminder.lead'));
    const invalid = {
      version: `${version}b`,
      effectiveFrom: addDays(future, 1),
      rules: { ...rest, 'seizure.term': { ...rest['seizure.term']!, amount: 0 } },
    };
    const refused = await http()
      .post('/rules/versions')
      .set(await as('admin'))
      .send(invalid)
      .expect(422);
    expect(refused.body.code).toBe('rulebook.invalid');
    expect(refused.body.detail).toContain('rule reminder.lead is missing');
    expect(refused.body.detail).toContain('seizure.term');
    const past = await http()
      .post('/rules/versions')
      .set(await as('admin'))
      .send({ ...next(), version: `${version}c`, effectiveFrom: chinaDateOf(Date.now()) })
      .expect(422);
    expect(past.body.detail).toContain('future day');
    const after = await http()
      .get('/rules/versions')
      .set(await as('admin'))
      .expect(200);
    expect(after.body.map((v: { version: string }) => v.version)).not.toContain(`${version}b`);
  });

  it('shows who acts within each clock and which end counts (docs/domain.md §2.4)', async () => {
    const res = await http()
      .get('/rules')
      .set(await as('nc.officer1'))
      .expect(200);
    const byId = new Map(res.body.rules.map((r: { id: string }) => [r.id, r]));
    expect(byId.get('lawsuit.window')).toMatchObject({ actor: 'party', endRule: 'rolls' });
    expect(byId.get('decision.due')).toMatchObject({
      actor: 'agency',
      endRule: 'last_day',
      status: 'configurable',
    });
    expect(byId.get('seizure.term')).toMatchObject({ actor: 'agency', endRule: 'cap' });
    expect(byId.get('transfer.handover')).toMatchObject({ source: expect.stringContaining('第12条') });
    expect(byId.get('hearing.large_fine.unit')).not.toHaveProperty('endRule');
  });

  it('previews any clock from a start day: the issue’s vectors, in the reader’s language', async () => {
    const preview = async (ruleId: string, from: string, lang = 'zh-CN') =>
      http()
        .get(`/rules/${ruleId}/deadline`)
        .query({ from })
        .set('Accept-Language', lang)
        .set(await as('nc.officer1'));
    // 行政诉讼法 第46条, party-side: served 3 Apr 2026, six months end in the National Day holiday.
    const lawsuit = await preview('lawsuit.window', '2026-04-03');
    expect(lawsuit.status).toBe(200);
    expect(lawsuit.body).toMatchObject({
      ruleId: 'lawsuit.window',
      version: '2026.1',
      unit: 'months',
      amount: 6,
      actor: 'party',
      endRule: 'rolls',
      citation: '行政诉讼法 第46条',
      from: '2026-04-03',
      due: '2026-10-08',
      dueAt: '2026-10-09T00:00:00.000+08:00',
      actBy: '2026-10-08',
      rolledEnd: null,
    });
    expect(lawsuit.body.restDaysAtEnd[0]).toEqual({
      date: '2026-10-03',
      reason: expect.stringContaining('国庆'),
    });
    // 行政强制法 第25条, a cap: served 16 Jan 2026, 30 days, not 39.
    const seizure = await preview('seizure.term', '2026-01-16', 'en');
    expect(seizure.body).toMatchObject({
      endRule: 'cap',
      due: '2026-02-15',
      actBy: '2026-02-14',
      rolledEnd: null,
    });
    expect(seizure.body.restDaysAtEnd[0].reason).toMatch(/Spring Festival/);
    // An hour clock from an instant in China time.
    const emergency = await preview('emergency_measure.report', '2026-09-30T22:30');
    expect(emergency.body).toMatchObject({
      unit: 'hours',
      from: '2026-09-30T22:30:00.000+08:00',
      due: '2026-10-01',
      dueAt: '2026-10-01T22:30:00.000+08:00',
      actBy: null,
    });
    // A variant is a rule of its own.
    expect((await preview('accident.approval_especially_major', '2026-09-01')).body).toMatchObject({
      amount: 30,
      due: '2026-10-01',
      actBy: '2026-09-30',
      rolledEnd: '2026-10-08',
    });
    // Issue #13 item 3: the cut-off's 24 hours from the notice served Wed 13 May 15:00, exact.
    expect((await preview('power_cutoff.notice', '2026-05-13T15:00')).body).toMatchObject({
      actor: 'party',
      endRule: 'exact',
      due: '2026-05-14',
      dueAt: '2026-05-14T15:00:00.000+08:00',
      actBy: null,
    });
    // Party-side payment: 15 days from Fri 3 Apr end Sat 18 Apr, rolled to Mon 20 Apr.
    expect((await preview('payment.due', '2026-04-03')).body).toMatchObject({
      actor: 'party',
      endRule: 'rolls',
      due: '2026-04-20',
      actBy: '2026-04-20',
      rolledEnd: null,
    });
    // Agency-side: the head's 3 days on a transfer reported Mon 28 Sep end on National Day, un-rolled.
    expect((await preview('transfer.head_decision', '2026-09-28')).body).toMatchObject({
      actor: 'agency',
      endRule: 'last_day',
      due: '2026-10-01',
      actBy: '2026-09-30',
      rolledEnd: '2026-10-08',
    });
    const unknown = await preview('no.such_rule', '2026-04-03');
    expect(unknown.status).toBe(404);
    const amount = await preview('hearing.large_fine.unit', '2026-04-03');
    expect({ status: amount.status, code: amount.body.code }).toEqual({
      status: 422,
      code: 'validation.failed',
    });
    for (const from of ['2026-02-30', '2026-04-03T25:00', 'yesterday']) {
      const bad = await preview('lawsuit.window', from);
      expect({ from, status: bad.status }).toEqual({ from, status: 422 });
    }
  });

  it('keeps stored versions immutable in the database itself', async () => {
    await expect(
      api.get(DataSource).query(`UPDATE rulebook_version SET rules = '{}' WHERE version = '2026.1'`),
    ).rejects.toThrow(/immutable/);
  });
});
