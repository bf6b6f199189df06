import { condition, log, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { PingActivities } from './ping.activities';
import {
  acknowledgePing,
  pingState,
  type PingInput,
  type PingOutcome,
  type PingState,
} from './ping.messages';

/**
 * Plumbing check (platform slice, replaced by the case workflows): records a ping in PostgreSQL,
 * waits on a durable timer for an acknowledgement, then settles it as acknowledged or expired.
 */
const { recordPing, settlePing } = proxyActivities<PingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

export async function pingWorkflow(input: PingInput): Promise<PingOutcome> {
  const state: PingState = { pingId: input.pingId, recorded: false, outcome: null };
  let acknowledged = false;
  setHandler(acknowledgePing, () => {
    acknowledged = true;
  });
  setHandler(pingState, () => state);

  await recordPing({ pingId: input.pingId, message: input.message, workflowId: workflowInfo().workflowId });
  state.recorded = true;
  log.info('ping recorded', { pingId: input.pingId });

  const outcome: PingOutcome = (await condition(() => acknowledged, input.ackWindowMs))
    ? 'ACKNOWLEDGED'
    : 'EXPIRED';
  await settlePing({ pingId: input.pingId, outcome });
  state.outcome = outcome;
  log.info('ping settled', { pingId: input.pingId, outcome });
  return outcome;
}
