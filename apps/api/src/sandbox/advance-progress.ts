import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * How far the read model has caught up with a clock advance. A record (case or procedure) is behind
 * while one of its tasks has a reminder or a due time at or before the target that the workflow has
 * not yet recorded (`reminded`, `overdue`); escalation rungs follow the overdue mark and are not
 * counted apart. Paused tasks run no timer and are left out.
 */
@Injectable()
export class AdvanceProgress {
  constructor(private readonly db: DataSource) {}

  /** The records with a timer due by `target` that has not yet been recorded. */
  async behind(target: Date): Promise<string[]> {
    const rows = await this.db.query<{ case_id: string }[]>(
      `SELECT DISTINCT case_id FROM case_task
        WHERE NOT paused
          AND ((remind_at <= $1 AND NOT reminded) OR (due_at <= $1 AND NOT overdue))`,
      [target],
    );
    return rows.map((r) => r.case_id);
  }

  /** How many of `ids` are still behind `target`. */
  async stillBehind(target: Date, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(DISTINCT case_id)::int AS n FROM case_task
        WHERE case_id = ANY($2::uuid[]) AND NOT paused
          AND ((remind_at <= $1 AND NOT reminded) OR (due_at <= $1 AND NOT overdue))`,
      [target, ids],
    );
    return row?.n ?? 0;
  }
}
