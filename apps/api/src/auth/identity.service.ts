import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isRole, type Actor } from '@safecase/domain';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { ExpiringCache } from './expiring-cache';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  roles: string[];
  agency_id: string;
  agency_name: string;
  region_code: string;
}

// Verifying against a fixed hash when the user does not exist keeps the response time the same,
// so a caller cannot probe which usernames exist.
const DUMMY_HASH = argon2.hash('no-such-user-placeholder');

/**
 * How long the actor a request is made by is reused without reading the user again: every
 * authenticated request needs it, and reading it is a database round trip of its own. Users and
 * roles change by administration (seed, SQL), not by the API, so the cost is that a deactivated user
 * or a changed role takes effect up to this long later (in every API process).
 */
export const ACTOR_CACHE_MS = 5_000;

/** Users and their agencies, as the API needs them: to sign in and to know who is acting. */
@Injectable()
export class IdentityService {
  private readonly actors = new ExpiringCache<Actor>(10_000);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async row(username: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.username, u.display_name, u.password_hash, u.roles, u.agency_id,
              a.name AS agency_name, a.region_code
         FROM app_user u JOIN agency a ON a.id = u.agency_id
        WHERE u.username = $1 AND u.active`,
      [username],
    );
    return rows[0];
  }

  private toActor(r: UserRow): Actor {
    return {
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      roles: r.roles.filter(isRole),
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      regionCode: r.region_code,
    };
  }

  async actorByUsername(username: string): Promise<Actor | undefined> {
    const r = await this.row(username);
    return r ? this.toActor(r) : undefined;
  }

  /**
   * The same, reused for ACTOR_CACHE_MS (only a user found: one just added is seen at once). Each
   * caller gets a copy, so no request can change another's actor.
   */
  async currentActor(username: string): Promise<Actor | undefined> {
    const cached = this.actors.get(username);
    if (cached) return { ...cached, roles: [...cached.roles] };
    const actor = await this.actorByUsername(username);
    if (actor) this.actors.set(username, { ...actor, roles: [...actor.roles] }, Date.now() + ACTOR_CACHE_MS);
    return actor;
  }

  /** The actor when the password matches an active user's; undefined otherwise. */
  async checkPassword(username: string, password: string): Promise<Actor | undefined> {
    const r = await this.row(username);
    const hash = r?.password_hash ?? (await DUMMY_HASH);
    const matches = await argon2.verify(hash, password).catch(() => false);
    return r && r.password_hash && matches ? this.toActor(r) : undefined;
  }
}
