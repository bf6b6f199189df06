import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { log } from '@temporalio/activity';
import type { PingActivities } from '@safecase/workflows';
import { DataSource } from 'typeorm';

/** Read-model writes of the ping workflow. Each is idempotent: a retry after a crash writes nothing twice. */
@Injectable()
export class PingActivitiesService implements PingActivities {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recordPing(input: { pingId: string; message: string; workflowId: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO ping (id, message, status, workflow_id, recorded_at)
       VALUES ($1, $2, 'RECORDED', $3, now())
       ON CONFLICT (id) DO NOTHING`,
      [input.pingId, input.message, input.workflowId],
    );
    log.info('ping row written', { pingId: input.pingId });
  }

  async settlePing(input: { pingId: string; outcome: 'ACKNOWLEDGED' | 'EXPIRED' }): Promise<void> {
    // Only the first settlement counts; a retried activity finds the row settled and leaves it.
    await this.db.query(
      `UPDATE ping SET status = $2, settled_at = now() WHERE id = $1 AND status = 'RECORDED'`,
      [input.pingId, input.outcome],
    );
  }
}
