import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REPLAN_TABLES, type CalendarReplanActivities, type ReplanTable } from '@safecase/workflows';
import { DataSource } from 'typeorm';

/** The calendar re-plan's reads (workflows/calendar-replan.workflow.ts): open records, a page at a time. */
@Injectable()
export class CalendarReplanActivitiesService implements CalendarReplanActivities {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async openWorkflowsPage(input: { table: ReplanTable; after: string; limit: number }): Promise<string[]> {
    // The table name is one of two constants, never the caller's text.
    const table = REPLAN_TABLES.find((t) => t === input.table);
    if (!table) throw new Error(`not a re-planned table: ${input.table}`);
    const limit = Math.max(1, Math.min(1000, Math.trunc(input.limit)));
    const rows = await this.db.query<{ workflow_id: string }[]>(
      `SELECT workflow_id FROM ${table} WHERE closed_at IS NULL AND workflow_id > $1
       ORDER BY workflow_id LIMIT $2`,
      [input.after, limit],
    );
    return rows.map((r) => r.workflow_id);
  }
}
