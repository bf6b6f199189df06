import {
  defaultPayloadConverter,
  type ActivityInput,
  type GetLogAttributesInput,
  type LocalActivityInput,
  type Next,
  type SignalInput,
  type StartChildWorkflowExecutionInput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import type { Headers } from '@temporalio/workflow';
import { REQUEST_ID_HEADER_KEY } from '@safecase/temporal/shared';

// Module state is per workflow execution: the SDK gives each execution its own module instances.
let currentRequestId: string | undefined;

function readRequestId(headers: Headers): void {
  const payload = headers[REQUEST_ID_HEADER_KEY];
  if (payload) currentRequestId = defaultPayloadConverter.fromPayload<string>(payload);
}

function withRequestId(headers: Headers): Headers {
  if (currentRequestId === undefined) return headers;
  return { ...headers, [REQUEST_ID_HEADER_KEY]: defaultPayloadConverter.toPayload(currentRequestId) };
}

/** Remembers the id of the request that last drove this workflow (start, signal or update). */
class RequestIdInbound implements WorkflowInboundCallsInterceptor {
  execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>) {
    readRequestId(input.headers);
    return next(input);
  }
  handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>) {
    readRequestId(input.headers);
    return next(input);
  }
  handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>) {
    readRequestId(input.headers);
    return next(input);
  }
}

/** Passes that id on to activities and child workflows, and onto every workflow log line. */
class RequestIdOutbound implements WorkflowOutboundCallsInterceptor {
  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  scheduleLocalActivity(
    input: LocalActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>,
  ) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  startChildWorkflowExecution(
    input: StartChildWorkflowExecutionInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'startChildWorkflowExecution'>,
  ) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  getLogAttributes(
    input: GetLogAttributesInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'getLogAttributes'>,
  ) {
    return next(currentRequestId === undefined ? input : { ...input, requestId: currentRequestId });
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [new RequestIdInbound()],
  outbound: [new RequestIdOutbound()],
});
