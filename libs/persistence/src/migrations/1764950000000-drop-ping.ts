import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ping plumbing slice (issue #2) is gone: enforcement cases now prove the same path end to end
 * (issue #11). Its table goes with it; `down` brings back the empty table of 1764300000000.
 */
export class DropPing1764950000000 implements MigrationInterface {
  name = 'DropPing1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS ping');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ping (
        id           uuid        NOT NULL,
        message      text        NOT NULL,
        status       text        NOT NULL,
        workflow_id  text        NOT NULL,
        request_id   text,
        recorded_at  timestamptz NOT NULL,
        settled_at   timestamptz,
        CONSTRAINT pk_ping PRIMARY KEY (id),
        CONSTRAINT ck_ping_status CHECK (status IN ('RECORDED', 'ACKNOWLEDGED', 'EXPIRED'))
      )`);
  }
}
