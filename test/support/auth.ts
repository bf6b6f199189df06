import type { INestApplication } from '@nestjs/common';
import { DEMO_AGENCIES, DEMO_PASSWORD } from '@safecase/persistence';
import request from 'supertest';
import type { DataSource } from 'typeorm';

const tokens = new Map<string, string>();

/** A bearer token for a demo user (seeded by the test run's global setup), cached per app. */
export async function tokenFor(api: INestApplication, username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const res = await request(api.getHttpServer())
    .post('/auth/login')
    .send({ username, password: DEMO_PASSWORD });
  if (res.status !== 200)
    throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const token = (res.body as { accessToken: string }).accessToken;
  tokens.set(username, token);
  return token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * `jj.auditor`: an auditor of 九江 (360400), whose region does not cover Nanchang's cases; signs in
 * with the demo password. Idempotent, so any test file may ask for it.
 */
export async function ensureOutOfRegionAuditor(db: DataSource): Promise<string> {
  await db.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, agency_id, roles)
     SELECT gen_random_uuid(), 'jj.auditor', '九江审计', password_hash, $1, ARRAY['auditor']
       FROM app_user WHERE username = 'admin' ON CONFLICT DO NOTHING`,
    [DEMO_AGENCIES[2].id],
  );
  return 'jj.auditor';
}
