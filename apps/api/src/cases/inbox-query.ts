import { ProblemException } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import type { DataSource } from 'typeorm';
import type { TasksQuery } from './cases.dto';
import { decodeCursor, DEFAULT_LIMIT, KEY_INSTANT, pageOf } from './keyset';
import { TASK_COLUMNS, taskView, type TaskRow } from './read-views';

/** Every record that holds tasks, with what the inbox needs of it (both tables' ids are UUIDs). */
const OPEN_RECORDS = `(
  SELECT id, agency_id, handlers, enterprise_name AS party_name, stage = 'closed' AS closed FROM enforcement_case
  UNION ALL
  SELECT id, agency_id, handlers, party_name, closed_at IS NOT NULL FROM procedure)`;

/** The inbox's order: clocked tasks by due time, then undated ones (index ix_case_task_agency_*order). */
const SORT_DUE = `COALESCE(t.due_at, 'infinity'::timestamptz)`;

/**
 * The caller's inbox, one page of it, over the tasks of every procedure. `mine`: the tasks assigned
 * to one of their roles (an officer's: only on records they handle) and the tasks whose current rung
 * is theirs; an escalated task stays with its assignee too, marked with its rung. A head (who also
 * holds the supervisor role) does not take the supervisor's rung-1 escalations as their own: they
 * reach the head at rung 2. `team`: every open task of the agency, for supervisors and heads. Clocked
 * tasks first, soonest due first; undated decisions after them.
 */
export async function inboxPage(db: DataSource, actor: Actor, q: TasksQuery, now: () => Promise<number>) {
  const params: unknown[] = [actor.agencyId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const after = decodeCursor(q.cursor, ['instant_or_null', 'uuid', 'text']);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const afterSql = after
    ? `AND (${SORT_DUE}, t.case_id, t.task_key) > (COALESCE(${p(after[0])}::timestamptz, 'infinity'), ${p(after[1])}::uuid, ${p(after[2])}::text)`
    : '';
  const limitParam = p(limit + 1);
  // One branch per condition, each able to walk its index in the inbox's order and stop early. The
  // agency's own branches read only case_task (its agency_id leads ix_case_task_agency_*order); a
  // closed record has no tasks (its last projection cleared them), so no branch joins the records.
  const branch = (condition: string) =>
    `(SELECT t.case_id, t.task_key, ${SORT_DUE} AS sort_due FROM case_task t
      WHERE t.agency_id = $1 AND ${condition} ${afterSql}
      ORDER BY 3, 1, 2 LIMIT ${limitParam})`;
  // An officer's tasks are on the records they handle: from the records (GIN on handlers) when they
  // handle few, else by walking the agency's officer tasks in order (a task carries its record's agency).
  const handledBranch = (userParam: string) =>
    `(SELECT t.case_id, t.task_key, ${SORT_DUE} AS sort_due FROM case_task t JOIN ${OPEN_RECORDS} c ON c.id = t.case_id
      WHERE c.agency_id = $1 AND t.agency_id = $1 AND NOT c.closed AND t.assignee_role = 'officer'
        AND c.handlers @> ARRAY[${userParam}::uuid] ${afterSql}
      ORDER BY 3, 1, 2 LIMIT ${limitParam})`;
  const branches: string[] = [];
  if ((q.scope ?? 'mine') === 'team') {
    if (!actor.roles.some((r) => r === 'supervisor' || r === 'head'))
      throw new ProblemException('auth.forbidden', '只有负责人和主要负责人可以查看本机构的全部待办。');
    branches.push(branch('true'));
  } else {
    if (actor.roles.includes('officer')) branches.push(handledBranch(p(actor.userId)));
    for (const role of actor.roles.filter((r) => ['supervisor', 'head', 'legal_reviewer'].includes(r)))
      branches.push(branch(`t.assignee_role = ${p(role)}`));
    const rungs = actor.roles.includes('head') ? ['head'] : actor.roles.filter((r) => r === 'supervisor');
    for (const rung of rungs)
      branches.push(branch(`t.escalation_level >= 1 AND t.escalated_to = ${p(rung)}`));
  }
  if (!branches.length) return { items: [], nextCursor: null };
  const rows = await db.query<(TaskRow & { key_due: string | null })[]>(
    `SELECT ${TASK_COLUMNS}, c.party_name AS enterprise_name, ${KEY_INSTANT('t.due_at')} AS key_due
     FROM (${branches.join(' UNION ')}) k
     JOIN case_task t ON t.case_id = k.case_id AND t.task_key = k.task_key
     JOIN ${OPEN_RECORDS} c ON c.id = t.case_id
     ORDER BY k.sort_due, k.case_id, k.task_key LIMIT ${limitParam}`,
    params,
  );
  // The clock is read after the query, as the overdue flags always were.
  const at = await now();
  return pageOf(
    rows,
    limit,
    (t) => [t.key_due, t.case_id, t.task_key],
    (t) => taskView(t, at),
  );
}
