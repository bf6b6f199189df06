import { msg } from '@safecase/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemException, type AppConfig } from '@safecase/common';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ExpiringCache } from './expiring-cache';

const EMBEDDED_ISSUER = 'safecase';
const EMBEDDED_AUDIENCE = 'safecase-api';

/**
 * Issues (embedded mode) and verifies bearer tokens. In OIDC mode tokens come from the issuer and are
 * checked against its JWKS; the username claim names a user of ours, whose roles and agency we own.
 */
@Injectable()
export class TokenService {
  private readonly secret?: Uint8Array;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;
  /**
   * Tokens already verified, until they expire: a token that verified once verifies until its `exp`
   * (nothing revokes one earlier), and the check is an asynchronous WebCrypto call (a trip through the
   * thread pool) on every request otherwise.
   */
  private readonly verified = new ExpiringCache<string>(10_000);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const auth = config.auth;
    if (auth.mode === 'embedded') this.secret = new TextEncoder().encode(auth.jwtSecret);
    else this.jwks = createRemoteJWKSet(new URL(auth.jwksUri));
  }

  get mode(): 'embedded' | 'oidc' {
    return this.config.auth.mode;
  }

  async issue(user: { id: string; username: string }): Promise<{ accessToken: string; expiresIn: number }> {
    const auth = this.config.auth;
    if (auth.mode !== 'embedded' || !this.secret)
      throw new ProblemException('request.rejected', msg('api.use_identity_provider'));
    const accessToken = await new SignJWT({ preferred_username: user.username })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(EMBEDDED_ISSUER)
      .setAudience(EMBEDDED_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${auth.tokenTtlSeconds}s`)
      .sign(this.secret);
    return { accessToken, expiresIn: auth.tokenTtlSeconds };
  }

  /**
   * The username a valid token speaks for; `auth.unauthenticated` for anything else. A token must
   * say when it expires: jose checks `exp` only when present, and one without it would never expire.
   */
  async verify(token: string): Promise<string> {
    const known = this.verified.get(token);
    if (known !== undefined) return known;
    let payload: JWTPayload;
    try {
      const auth = this.config.auth;
      const requiredClaims = ['exp'];
      payload =
        auth.mode === 'embedded'
          ? (
              await jwtVerify(token, this.secret!, {
                issuer: EMBEDDED_ISSUER,
                audience: EMBEDDED_AUDIENCE,
                algorithms: ['HS256'],
                requiredClaims,
              })
            ).payload
          : (
              await jwtVerify(token, this.jwks!, {
                issuer: auth.issuer,
                audience: auth.audience,
                requiredClaims,
              })
            ).payload;
    } catch {
      throw new ProblemException('auth.unauthenticated', msg('api.token_invalid'));
    }
    const username = payload.preferred_username;
    if (typeof username !== 'string' || username === '') {
      throw new ProblemException('auth.unauthenticated', msg('api.token_no_user'));
    }
    // requiredClaims made jose check that `exp` is there (a number) and still ahead.
    this.verified.set(token, username, (payload.exp as number) * 1000);
    return username;
  }
}
