import { status } from '@grpc/grpc-js';
import {
  Client,
  isGrpcServiceError,
  ServiceError,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import type { UpdateDefinition, Workflow } from '@temporalio/common';
import type { Message } from '@safecase/domain';
import { RecordPending, rethrowRefusal, timedOut, within } from '../cases/workflow-calls';

/** A root procedure's workflow to start, and the Update that answers once its opening is projected. */
export interface Opening {
  client: Client;
  answerWithinMs: number;
  workflowType: string;
  workflowId: string;
  taskQueue: string;
  input: unknown;
  /** The record's id, for a 202 `recordPending`. */
  id: string;
  synced: UpdateDefinition<unknown, []>;
  closedMessage: string | Message;
}

const startOptions = (o: Opening) => ({
  workflowId: o.workflowId,
  taskQueue: o.taskQueue,
  workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
  args: [o.input],
});

/**
 * Starts the workflow (its id comes from the Idempotency-Key, so a retry finds the same one), then
 * waits for its opening to be in the read model. Read-your-writes: undefined once the record is
 * written; a slow worker gets a 202 saying the record is still being written, never an error.
 */
export async function startThenSync(o: Opening): Promise<RecordPending | undefined> {
  try {
    await o.client.workflow.start(o.workflowType, { ...startOptions(o), workflowIdConflictPolicy: 'FAIL' });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  try {
    await within(o.client, o.answerWithinMs, () =>
      o.client.workflow.getHandle(o.workflowId).executeUpdate(o.synced),
    );
  } catch (error) {
    if (timedOut(error)) return new RecordPending(o.id);
    rethrowRefusal(error, o.closedMessage);
  }
  return undefined;
}

/**
 * The same in one call where the server can (update-with-start: the dev server and, checked, the
 * sandbox's time-skipping server): the workflow starts, or a retry with the same Idempotency-Key finds
 * it running, and the Update answers once the opening is projected. Where it cannot (a closed record
 * with this id, no update-with-start support), the two calls of `startThenSync`.
 */
export async function startWithSync(o: Opening): Promise<RecordPending | undefined> {
  const operation = new WithStartWorkflowOperation<Workflow>(o.workflowType, {
    ...startOptions(o),
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  try {
    await within(o.client, o.answerWithinMs, () =>
      o.client.workflow.executeUpdateWithStart(o.synced, { startWorkflowOperation: operation }),
    );
    return undefined;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return startThenSync(o);
    // The SDK wraps a server's gRPC status in a ServiceError. UNKNOWN: the sandbox's time-skipping
    // server (1.40) sometimes fails a concurrent update-with-start inside (a NullPointerException).
    // Start and sync are each idempotent, so the two calls finish the same opening, never a 500.
    const code = grpcCodeOf(error);
    if (code === status.UNIMPLEMENTED || code === status.UNKNOWN) return startThenSync(o);
    if (timedOut(error)) {
      // Late: the record exists if the start went through (202); if not, the two calls decide.
      return (await started(o)) ? new RecordPending(o.id) : startThenSync(o);
    }
    rethrowRefusal(error, o.closedMessage);
  }
}

async function started(o: Opening): Promise<boolean> {
  try {
    await o.client.workflow.getHandle(o.workflowId).describe();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

/** The gRPC status of a failed Temporal call, whether raw or wrapped by the SDK. */
function grpcCodeOf(error: unknown): number | undefined {
  if (isGrpcServiceError(error)) return error.code;
  if (error instanceof ServiceError && isGrpcServiceError(error.cause)) return error.cause.code;
  return undefined;
}
