import { status } from '@grpc/grpc-js';
import {
  Client,
  isGrpcServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  WorkflowUpdateStage,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { ProblemException, type ErrorCode } from '@safecase/common';
import {
  isCaseRejectionCode,
  isMessage,
  type Actor,
  type CaseActor,
  type CaseRejectionCode,
  type Message,
} from '@safecase/domain';
import { PROCEDURE_INPUT_UNUSABLE } from '@safecase/workflows';

/**
 * A call that ran past the answer deadline. The SDK turns a deadline on an Update call into
 * `WorkflowUpdateRPCTimeoutOrCancelledError`; other calls surface the raw gRPC status.
 */
export function timedOut(error: unknown): boolean {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  return isGrpcServiceError(error) && error.code === status.DEADLINE_EXCEEDED;
}

/** Runs Temporal calls with a deadline `ms` from now (`ANSWER_WITHIN_MS`). */
export function within<T>(client: Client, ms: number, fn: () => Promise<T>): Promise<T> {
  return client.connection.withDeadline(Date.now() + ms, fn);
}

/**
 * The answer to a create or an action the workflow has taken but not yet written to the read model
 * (a slow projection): 202 `{id, recordPending: true}`. The command interceptor sets the status.
 */
export class RecordPending {
  readonly recordPending = true as const;
  constructor(readonly id: string) {}
}

/**
 * Sends a command Update and waits, within the answer deadline, for its result. The workflow's
 * validator first accepts the command (or refuses it: rethrown as the problem it names); once accepted
 * it is durable, so a result that is late only means the record is still being written (202). A
 * command the workflow has not even accepted in time is undecided: 503, to be retried with the same key.
 */
export async function applyUpdate<Ret, A>(call: {
  client: Client;
  answerWithinMs: number;
  handle: WorkflowHandle;
  update: UpdateDefinition<Ret, [A]>;
  arg: A;
  updateId?: string;
  recordId: string;
  closedMessage: string | Message;
}): Promise<Ret | RecordPending> {
  const progress = { accepted: false };
  try {
    return await within(call.client, call.answerWithinMs, async () => {
      const started = await call.handle.startUpdate(call.update, {
        args: [call.arg],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
        ...(call.updateId ? { updateId: call.updateId } : {}),
      });
      progress.accepted = true;
      return started.result();
    });
  } catch (error) {
    if (timedOut(error)) {
      if (progress.accepted) return new RecordPending(call.recordId);
      throw new ProblemException(
        'service.unavailable',
        '工作流暂未受理该操作，请稍后使用同一 Idempotency-Key 重试。',
      );
    }
    rethrowRefusal(error, call.closedMessage);
  }
}

// Every refusal code of a workflow is an API error code (a compile error otherwise).
const asErrorCode = (code: CaseRejectionCode): ErrorCode => code;

/** A workflow's typed refusal as the problem the API answers; anything else is rethrown. */
export function rethrowRefusal(error: unknown, closedMessage: string | Message): never {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type ?? '';
    // The message key and params, for the caller's language; a worker without them sent English only.
    const text: unknown = error.cause.details?.[0];
    if (isCaseRejectionCode(type))
      throw new ProblemException(asErrorCode(type), isMessage(text) ? text : error.cause.message);
    // Validation should have caught it: the database refused the data and the workflow stopped.
    if (type === PROCEDURE_INPUT_UNUSABLE)
      throw new ProblemException('case.invalid', '提交的数据无法保存，记录未能写入，请检查输入内容。');
  }
  if (error instanceof WorkflowNotFoundError) throw new ProblemException('case.closed', closedMessage);
  throw error;
}

export function caseActor(actor: Actor): CaseActor {
  return {
    userId: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    agencyId: actor.agencyId,
  };
}
