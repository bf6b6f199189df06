import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePing1764300000000 implements MigrationInterface {
  name = 'CreatePing1764300000000';

  async up(q: QueryRunner): Promise<void> {
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

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ping');
  }
}
