import { ITEM_RUNGS } from '@safecase/domain';
import { arr, day, instant, int, obj, oneOf, str, uuid, type Schema } from '../schema-dsl';

/** The supervisor dashboard (apps/api/src/dashboard). */
const count = (description: string) => int({ minimum: 0, description });

export const DASHBOARD_SCHEMAS: Record<string, Schema> = {
  Dashboard: obj({
    asOf: instant({
      description: 'the clock’s instant the figures are counted at (the sandbox clock in training)',
    }),
    dueSoonHours: int({ description: 'a task not yet overdue is due soon when due within this many hours' }),
    agencies: arr(obj({ id: uuid(), name: str() }), { description: 'the agencies counted' }),
    deadlines: arr(
      obj({
        agencyId: uuid(),
        agencyName: str(),
        kind: oneOf(['case', 'penalty', 'transfer', 'accident', 'rectification_item']),
        stage: str(),
        overdue: count('open tasks past their due time'),
        dueSoon: count('open tasks due within dueSoonHours'),
      }),
      { description: 'open tasks overdue or due soon, by agency, record kind and stage' },
    ),
    ladder: arr(
      obj({
        rung: oneOf(ITEM_RUNGS, {
          description: 'notice 通报, summons 约谈, listed 挂牌督办, accountability 问责',
        }),
        reached: count('rectification items that reached this rung'),
        open: count('of them, items still open'),
      }),
    ),
    workload: arr(
      obj({
        userId: uuid(),
        username: str(),
        displayName: str(),
        agencyName: str(),
        openTasks: count('open officer tasks on the records this officer handles'),
        overdue: count('of them, overdue'),
      }),
    ),
    weekly: arr(
      obj({
        weekStart: day({ description: 'the Monday the week starts on (北京时间)' }),
        opened: count('enforcement cases opened that week'),
        closed: count('enforcement cases closed that week'),
      }),
      { description: 'the last 12 weeks, oldest first' },
    ),
  }),
};
