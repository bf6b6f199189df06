import type { PingOutcome } from './ping.messages';

/** Activities the ping workflow needs; apps/worker implements them against PostgreSQL. */
export interface PingActivities {
  recordPing(input: { pingId: string; message: string; workflowId: string }): Promise<void>;
  settlePing(input: { pingId: string; outcome: PingOutcome }): Promise<void>;
}
