import type { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startApi, testConfig } from '../support/apps';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** A local stand-in for an OIDC issuer: its JWKS over HTTP, and tokens signed with its key. */
async function localIssuer(): Promise<{
  url: string;
  sign: (claims: object, key?: CryptoKey, expires?: boolean) => Promise<string>;
  close(): Promise<void>;
}> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sign: (claims, key = privateKey, expires = true) => {
      const jwt = new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(`${url}/realms/yjj`)
        .setAudience('safecase')
        .setIssuedAt();
      return (expires ? jwt.setExpirationTime('5m') : jwt).sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('OIDC mode: tokens from an issuer, verified through its JWKS', () => {
  let issuer: Awaited<ReturnType<typeof localIssuer>>;
  let api: INestApplication;

  beforeAll(async () => {
    issuer = await localIssuer();
    const config = testConfig();
    api = await startApi({
      ...config,
      auth: {
        mode: 'oidc',
        issuer: `${issuer.url}/realms/yjj`,
        audience: 'safecase',
        jwksUri: `${issuer.url}/certs`,
      },
    });
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await issuer?.close();
  }, SERVER_HOOK_TIMEOUT_MS);

  it("accepts the issuer's token for a user we know, with our roles and agency", async () => {
    const token = await issuer.sign({ preferred_username: 'jj.supervisor' });
    const res = await request(api.getHttpServer())
      .get('/auth/me')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body).toMatchObject({
      username: 'jj.supervisor',
      roles: ['supervisor'],
      regionCode: '360400',
    });
  });

  it('refuses a token signed by another key, for another audience, for an unknown user, or without exp', async () => {
    const { privateKey: stranger } = await generateKeyPair('RS256');
    const tokens = [
      await issuer.sign({ preferred_username: 'jj.supervisor' }, stranger),
      await issuer.sign({ preferred_username: 'nobody.here' }),
      // Signed by the issuer for a known user, but without exp: it would never expire.
      await issuer.sign({ preferred_username: 'jj.supervisor' }, undefined, false),
      await new SignJWT({ preferred_username: 'jj.supervisor' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(`${issuer.url}/realms/yjj`)
        .setAudience('safecase')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('x'.repeat(32))),
    ];
    for (const token of tokens) {
      const res = await request(api.getHttpServer()).get('/auth/me').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('auth.unauthenticated');
    }
  });

  it('has no password sign-in', async () => {
    const res = await request(api.getHttpServer())
      .post('/auth/login')
      .send({ username: 'jj.supervisor', password: 'safecase-demo' });
    expect(res.status).toBe(400);
  });
});
