import type { INestApplication } from '@nestjs/common';
import {
  ACCIDENT_PROCEDURE,
  ENFORCEMENT_PROCEDURE,
  ITEM_PROCEDURE,
  PENALTY_PROCEDURE,
  ROLES,
  TRANSFER_PROCEDURE,
  type Role,
} from '@safecase/domain';
import { AuditLog, DEMO_AGENCIES, DEMO_USERS } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { routeInventory } from '../../apps/api/src/auth/route-inventory';
import { startApi, testConfig } from '../support/apps';
import { bearer, ensureOutOfRegionAuditor, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

jest.setTimeout(60_000);

const ALL: Role[] = [...ROLES];
const READERS: Role[] = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'];
const OFFICER: Role[] = ['officer'];

/** A procedure's actions take their roles from its definition (libs/domain/src/…/….procedure.ts). */
const actionsOf = (
  prefix: string,
  definition: { commands: Record<string, { action: string; roles: readonly Role[] }> },
): Record<string, Role[]> =>
  Object.fromEntries(
    Object.values(definition.commands).map((c) => [`POST ${prefix}/${c.action}`, [...c.roles]]),
  );

/**
 * Who may call each endpoint. A route missing here (a new endpoint nobody thought about) fails the
 * first test; a rule that differs from this table fails the second.
 */
const EXPECTED: Record<string, 'public' | Role[]> = {
  'GET /health': 'public',
  'POST /auth/login': 'public',
  'GET /auth/me': ALL,
  'GET /calendar/deadline': ALL,
  'GET /calendar/years': ALL,
  'GET /calendar/years/:year': ALL,
  'GET /calendar/years/:year/replan': ['supervisor', 'auditor', 'admin'],
  'PUT /calendar/years/:year': ['admin'],
  'GET /audit/verify': ['auditor'],
  // Verification as a background job with progress (issue #16).
  'POST /audit/verifications': ['auditor'],
  'GET /audit/verifications/:id': ['auditor'],
  'GET /audit/cases/:caseId': ['auditor'],
  'GET /audit/cases/:caseId/export': ['auditor'],
  // Signed checkpoints of the chain heads (issue #12); anyone may fetch the key that checks them.
  'POST /audit/verify': ['auditor'],
  'POST /audit/checkpoints': ['admin', 'auditor'],
  'GET /audit/checkpoints': ['admin', 'auditor'],
  'GET /audit/checkpoints/latest': ['admin', 'auditor'],
  'GET /audit/checkpoints/public-key': 'public',
  'POST /cases': OFFICER,
  'GET /cases': READERS,
  'GET /cases/:caseId': READERS,
  ...actionsOf('/cases/:caseId', ENFORCEMENT_PROCEDURE),
  'GET /rules': ALL,
  'GET /rules/versions': ALL,
  'GET /rules/:ruleId/deadline': ALL,
  'POST /rules/versions': ['admin'],
  'GET /tasks': ['officer', 'supervisor', 'head', 'legal_reviewer'],
  'GET /dashboard': ['supervisor', 'head', 'admin'],
  // Penalty cases and transfers (issue #5): the workflow checks stage, handler and four-eyes on top.
  'POST /penalties': OFFICER,
  'GET /penalties': READERS,
  'GET /penalties/:id': READERS,
  'POST /penalties/:id/transfers': OFFICER,
  ...actionsOf('/penalties/:id', PENALTY_PROCEDURE),
  'GET /transfers': READERS,
  'GET /transfers/:id': READERS,
  ...actionsOf('/transfers/:id', TRANSFER_PROCEDURE),
  // Accidents and rectification items (issue #6).
  'POST /accidents': OFFICER,
  'GET /accidents': READERS,
  'GET /accidents/:id': READERS,
  'GET /rectification-items/:id': READERS,
  ...actionsOf('/rectification-items/:id', ITEM_PROCEDURE),
  ...actionsOf('/accidents/:id', ACCIDENT_PROCEDURE),
  // Documents and evidence as files (issue #15).
  'GET /documents/:id': READERS,
  'GET /documents/:id/pdf': READERS,
  'GET /cases/:caseId/documents': READERS,
  'GET /documents/:id/pages/:n': READERS,
  'GET /directory/users': READERS,
  'POST /evidence': ['officer', 'supervisor', 'head'],
  'GET /evidence': READERS,
  'GET /evidence/:id/content': READERS,
  // The case file (案卷) as a zip: auditors, and the case agency's supervisors and head.
  'GET /cases/:caseId/case-file': ['supervisor', 'head', 'auditor'],
};

/** Routes whose resource belongs to an agency: the second dimension of the matrix. */
const OWNED = new Set(['GET /audit/cases/:caseId', 'GET /audit/cases/:caseId/export']);

describe('access matrix: endpoint × role × own/other agency', () => {
  let api: INestApplication;
  const caseOfNanchang = `matrix-case-${randomUUID()}`;

  beforeAll(async () => {
    api = await startApi(testConfig());
    await new AuditLog(api.get(DataSource)).append({
      actorUsername: 'nc.officer1',
      agencyId: DEMO_AGENCIES[1].id,
      caseId: caseOfNanchang,
      action: 'case.open',
      outcome: 'accepted',
      payload: {},
    });
    await ensureOutOfRegionAuditor(api.get(DataSource));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('every route of the API has an entry in the expected table, and no entry is stale', () => {
    const actual = routeInventory(api).map((r) => `${r.method} ${r.path}`);
    expect(actual.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('every route declares exactly the expected rule', () => {
    for (const r of routeInventory(api)) {
      const expected = EXPECTED[`${r.method} ${r.path}`];
      if (expected === 'public') expect(r.access).toEqual({ kind: 'public' });
      else
        expect({
          route: `${r.method} ${r.path}`,
          roles: [...(r.access?.kind === 'roles' ? r.access.roles : [])].sort(),
        }).toEqual({ route: `${r.method} ${r.path}`, roles: [...(expected ?? [])].sort() });
    }
  });

  // Every demo user: each role, in Nanchang (the owner of the test case) or another agency.
  const users = [
    ...DEMO_USERS.map((u) => ({
      username: u.username,
      roles: [...u.roles] as Role[],
      ownAgency: u.agency.id === DEMO_AGENCIES[1].id || u.agency.regionCode === '360000',
    })),
    { username: 'jj.auditor', roles: ['auditor'] as Role[], ownAgency: false },
  ];

  for (const [route, rule] of Object.entries(EXPECTED)) {
    if (rule === 'public') continue;
    it(`${route}: anonymous 401; each role and agency as the table says`, async () => {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern
        .replace(':year', '2026')
        .replace(':ruleId', 'lawsuit.window')
        .replace(':caseId', caseOfNanchang)
        .replace(':measureId', 'M1')
        .replace(':id', randomUUID());
      const call = (headers: Record<string, string>) => {
        const r = request(api.getHttpServer());
        const req = method === 'GET' ? r.get(path) : method === 'PUT' ? r.put(path) : r.post(path);
        // An empty body: allowed callers get past the guard and stop at validation, changing nothing.
        return method === 'GET' ? req.set(headers) : req.set(headers).send({});
      };
      expect((await call({})).status).toBe(401);
      for (const user of users) {
        const res = await call(bearer(await tokenFor(api, user.username)));
        const allowed = user.roles.some((role) => rule.includes(role));
        const outcome = !allowed ? 'forbidden' : OWNED.has(route) && !user.ownAgency ? 'hidden' : 'allowed';
        const expectation = { route, user: user.username, outcome };
        if (outcome === 'forbidden')
          expect({ ...expectation, status: res.status }).toEqual({ ...expectation, status: 403 });
        else if (outcome === 'hidden')
          expect({ ...expectation, status: res.status }).toEqual({ ...expectation, status: 404 });
        else
          expect({ ...expectation, denied: [401, 403].includes(res.status) }).toEqual({
            ...expectation,
            denied: false,
          });
      }
    });
  }
});
