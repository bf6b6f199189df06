import { Context } from '@temporalio/activity';

/**
 * Logs through the running activity's logger, whose lines carry the workflow id and the request id
 * (see requestIdActivityInterceptor). Silent outside an activity: tests call the services directly.
 */
export function activityLog(message: string, attributes: Record<string, unknown>): void {
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return;
  }
  context.log.info(message, attributes);
}
