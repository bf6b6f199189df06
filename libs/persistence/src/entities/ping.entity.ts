import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PingStatus = 'RECORDED' | 'ACKNOWLEDGED' | 'EXPIRED';

/**
 * Read model of the plumbing-check workflow (the platform's first vertical slice). It proves that
 * HTTP → Temporal → activity → PostgreSQL works end to end; case workflows replace it.
 */
@Entity({ name: 'ping' })
export class PingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  message!: string;

  @Column('text')
  status!: PingStatus;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
}
