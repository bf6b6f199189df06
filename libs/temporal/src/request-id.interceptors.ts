import { Context } from '@temporalio/activity';
import type {
  Next,
  WorkflowClientInterceptor,
  WorkflowSignalInput,
  WorkflowStartInput,
} from '@temporalio/client';
import type {
  WorkflowSignalWithStartInput,
  WorkflowStartUpdateInput,
  WorkflowStartUpdateWithStartInput,
} from '@temporalio/client';
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import type { ActivityExecuteInput, ActivityInterceptors } from '@temporalio/worker';
import { currentRequestId } from '@safecase/common';
import { REQUEST_ID_HEADER_KEY } from './shared';

function stamp(headers: Headers): Headers {
  const requestId = currentRequestId();
  if (requestId === undefined) return headers;
  return { ...headers, [REQUEST_ID_HEADER_KEY]: defaultPayloadConverter.toPayload(requestId) };
}

/** Client side: every start, signal and update carries the id of the HTTP request that caused it. */
export class RequestIdClientInterceptor implements WorkflowClientInterceptor {
  startWithDetails(input: WorkflowStartInput, next: Next<WorkflowClientInterceptor, 'startWithDetails'>) {
    return next({ ...input, headers: stamp(input.headers) });
  }
  signal(input: WorkflowSignalInput, next: Next<WorkflowClientInterceptor, 'signal'>) {
    return next({ ...input, headers: stamp(input.headers) });
  }
  signalWithStart(
    input: WorkflowSignalWithStartInput,
    next: Next<WorkflowClientInterceptor, 'signalWithStart'>,
  ) {
    return next({ ...input, headers: stamp(input.headers) });
  }
  startUpdate(input: WorkflowStartUpdateInput, next: Next<WorkflowClientInterceptor, 'startUpdate'>) {
    return next({ ...input, headers: stamp(input.headers) });
  }
  startUpdateWithStart(
    input: WorkflowStartUpdateWithStartInput,
    next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>,
  ) {
    return next({
      ...input,
      workflowStartHeaders: stamp(input.workflowStartHeaders),
      updateHeaders: stamp(input.updateHeaders),
    });
  }
}

/** Worker side: activity log lines carry the request id the workflow passed along. */
export function requestIdActivityInterceptor(_ctx: Context): ActivityInterceptors {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input: ActivityExecuteInput, next) => {
        const payload = input.headers[REQUEST_ID_HEADER_KEY];
        if (payload) requestId = defaultPayloadConverter.fromPayload<string>(payload);
        return next(input);
      },
    },
    outbound: {
      getLogAttributes: (attrs, next) => next(requestId === undefined ? attrs : { ...attrs, requestId }),
    },
  };
}
