import { defineQuery, defineSignal } from '@temporalio/workflow';

/** Messages of the plumbing-check workflow (platform slice), shared with the API. */
export interface PingInput {
  pingId: string;
  message: string;
  /** How long the workflow waits for an acknowledgement before it expires the ping, in ms. */
  ackWindowMs: number;
}

export type PingOutcome = 'ACKNOWLEDGED' | 'EXPIRED';

export interface PingState {
  pingId: string;
  recorded: boolean;
  outcome: PingOutcome | null;
}

export const acknowledgePing = defineSignal('acknowledgePing');
export const pingState = defineQuery<PingState>('pingState');
