import { status } from '@grpc/grpc-js';
import {
  Client,
  isGrpcServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ProblemException, type ErrorCode } from '@safecase/common';
import {
  isCaseRejectionCode,
  isMessage,
  type Actor,
  type CaseActor,
  type CaseRejectionCode,
  type Message,
} from '@safecase/domain';

/** How long a request waits for the workflow to accept and apply an action before answering 503. */
const ANSWER_WITHIN_MS = 20_000;

export function timedOut(error: unknown): boolean {
  return isGrpcServiceError(error) && error.code === status.DEADLINE_EXCEEDED;
}

export function within<T>(client: Client, fn: () => Promise<T>): Promise<T> {
  return client.connection.withDeadline(Date.now() + ANSWER_WITHIN_MS, fn);
}

// Every refusal code of a workflow is an API error code (a compile error otherwise).
const asErrorCode = (code: CaseRejectionCode): ErrorCode => code;

/** A workflow's typed refusal as the problem the API answers; anything else is rethrown. */
export function rethrowRefusal(error: unknown, closedMessage: Message): never {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type ?? '';
    // The message key and params, for the caller's language; a worker without them sent English only.
    const text: unknown = error.cause.details?.[0];
    if (isCaseRejectionCode(type))
      throw new ProblemException(asErrorCode(type), isMessage(text) ? text : error.cause.message);
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
