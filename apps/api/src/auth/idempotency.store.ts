import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type Begin =
  | { kind: 'fresh' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

/**
 * A request still "in progress" after this long died with its process (every command answers within
 * seconds; case actions give up after 20 s). A retry may then take the key over: case actions and
 * case creation are deduplicated by Temporal through ids derived from the key, so running again
 * applies nothing twice.
 */
export const STALE_AFTER_SECONDS = 120;

/**
 * One row per (user, Idempotency-Key). The primary key decides races: of two concurrent requests
 * with one key, exactly one inserts and runs; the other waits for its response.
 */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async begin(
    userId: string,
    key: string,
    method: string,
    path: string,
    requestHash: string,
  ): Promise<Begin> {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO idempotency_record (user_id, key, method, path, request_hash)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, method, path, requestHash],
    );
    if (inserted.length === 1) return { kind: 'fresh' };
    const rows: { request_hash: string; status_code: number | null; response_body: unknown }[] =
      await this.db.query(
        'SELECT request_hash, status_code, response_body FROM idempotency_record WHERE user_id = $1 AND key = $2',
        [userId, key],
      );
    const row = rows[0];
    if (!row) return this.begin(userId, key, method, path, requestHash); // abandoned meanwhile: try again
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.status_code === null) {
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      const taken: unknown[] = await this.db.query(
        `WITH taken AS (
           UPDATE idempotency_record SET created_at = now()
            WHERE user_id = $1 AND key = $2 AND status_code IS NULL
              AND created_at < now() - make_interval(secs => $3) RETURNING key)
         SELECT key FROM taken`,
        [userId, key, STALE_AFTER_SECONDS],
      );
      return taken.length === 1 ? { kind: 'fresh' } : { kind: 'in_progress' };
    }
    return { kind: 'replay', status: row.status_code, body: row.response_body };
  }

  async complete(userId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_record SET status_code = $3, response_body = $4, completed_at = now()
        WHERE user_id = $1 AND key = $2`,
      [userId, key, status, JSON.stringify(body ?? null)],
    );
  }

  /** The request failed and changed nothing: forget the key so a retry runs afresh. */
  async abandon(userId: string, key: string): Promise<void> {
    await this.db.query(
      'DELETE FROM idempotency_record WHERE user_id = $1 AND key = $2 AND status_code IS NULL',
      [userId, key],
    );
  }
}
