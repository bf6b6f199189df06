import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A task's title as a message (its `task.<kind>` key and params), so the API shows it in the reader's
 * language; `title` keeps the English text as before (and serves rows written before this column).
 */
export class TaskTitleText1765060000000 implements MigrationInterface {
  name = 'TaskTitleText1765060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE case_task ADD COLUMN title_text jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE case_task DROP COLUMN title_text');
  }
}
