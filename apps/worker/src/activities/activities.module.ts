import { Module, type INestApplicationContext } from '@nestjs/common';
import { CalendarReplanActivitiesService } from './calendar-replan.activities';
import { CaseActivitiesService } from './case.activities';
import { ProcedureActivitiesService } from './procedure.activities';

const SERVICES = [CaseActivitiesService, ProcedureActivitiesService, CalendarReplanActivitiesService];

@Module({ providers: SERVICES, exports: SERVICES })
export class ActivitiesModule {}

/**
 * The activity functions the Worker registers: every public method of every activity service, bound
 * to its Nest-managed instance.
 */
export function collectActivities(
  app: INestApplicationContext,
): Record<string, (...args: never[]) => unknown> {
  const activities: Record<string, (...args: never[]) => unknown> = {};
  for (const type of SERVICES) {
    const instance = app.get<object>(type) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      const member = instance[name];
      if (name === 'constructor' || typeof member !== 'function') continue;
      if (name in activities) throw new Error(`activity ${name} is defined twice`);
      activities[name] = (member as (...args: never[]) => unknown).bind(instance);
    }
  }
  return activities;
}
