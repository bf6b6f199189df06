import type { INestApplication } from '@nestjs/common';
import { DEMO_PASSWORD } from '@safecase/persistence';
import request from 'supertest';

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
