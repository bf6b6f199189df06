import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, ProblemException, type Clock } from '@safecase/common';
import {
  canSeeRecordOf,
  ENFORCEMENT_PROCEDURE,
  msg,
  regionPrefix,
  type Actor,
  type CaseState,
} from '@safecase/domain';
import { DataSource } from 'typeorm';
import { displayFacts } from '../contract/display';
import { availableActions } from '../procedures/available-actions';
import type { ListCasesQuery, TasksQuery } from './cases.dto';
import { decodeCursor, DEFAULT_LIMIT, KEY_INSTANT, pageOf } from './keyset';
import { iso, isoMs, TASK_COLUMNS, taskView, timelineOf, documentsOf, type TaskRow } from './read-views';

interface CaseRow {
  id: string;
  workflow_id: string;
  agency_id: string;
  region_code: string;
  origin: string;
  enterprise_name: string;
  credit_code: string;
  summary: string;
  stage: string;
  rulebook_version: string;
  opened_at: Date;
  closed_at: Date | null;
  next_due_at: Date | null;
  escalation_level: number;
  overdue: boolean;
  state: CaseState;
}

/** `$now` is the clock's instant, bound by the caller. */
const overdueSql = (now: string) =>
  `EXISTS (SELECT 1 FROM case_task t WHERE t.case_id = c.id AND (t.overdue OR t.due_at <= ${now}))`;

/** Every record that holds tasks, with what the inbox needs of it (both tables' ids are UUIDs). */
const OPEN_RECORDS = `(
  SELECT id, agency_id, handlers, enterprise_name AS party_name, stage = 'closed' AS closed FROM enforcement_case
  UNION ALL
  SELECT id, agency_id, handlers, party_name, closed_at IS NOT NULL FROM procedure)`;

/** What a list item shows: every column but `state` (a case's whole projected state, unused by lists). */
const LIST_COLUMNS = `c.id, c.workflow_id, c.agency_id, c.region_code, c.origin, c.enterprise_name, c.credit_code,
  c.summary, c.stage, c.rulebook_version, c.opened_at, c.closed_at, c.next_due_at, c.escalation_level`;

/** The inbox's order: clocked tasks by due time, then undated ones (index ix_case_task_agency_*order). */
const SORT_DUE = `COALESCE(t.due_at, 'infinity'::timestamptz)`;

/** Lists, case pages and the inbox, served from the PostgreSQL read model (never from Temporal). */
@Injectable()
export class CaseReadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** "Now" as Temporal's timers see it (the sandbox clock in training), for overdue flags. */
  private async now(): Promise<number> {
    return (await this.clock.now()).getTime();
  }

  /** The case row if the actor may see it; otherwise 404, exactly as for a case that does not exist. */
  async summary(actor: Actor, caseId: string): Promise<CaseRow> {
    const [row] = await this.db.query<CaseRow[]>(
      `SELECT c.*, ${overdueSql('$2')} AS overdue FROM enforcement_case c WHERE c.id = $1`,
      [caseId, new Date(await this.now())],
    );
    if (!row || !canSeeRecordOf(actor, { agencyId: row.agency_id, regionCode: row.region_code })) {
      throw new ProblemException('case.not_found', msg('api.case_not_found', { id: caseId }));
    }
    return row;
  }

  private listItem(row: Omit<CaseRow, 'state'>) {
    return {
      id: row.id,
      workflowId: row.workflow_id,
      stage: row.stage,
      origin: row.origin,
      enterprise: { name: row.enterprise_name, creditCode: row.credit_code },
      summary: row.summary,
      agencyId: row.agency_id,
      regionCode: row.region_code,
      rulebookVersion: row.rulebook_version,
      openedAt: iso(row.opened_at),
      closedAt: iso(row.closed_at),
      nextDueAt: iso(row.next_due_at),
      escalationLevel: row.escalation_level,
      overdue: row.overdue,
    };
  }

  async detail(actor: Actor, caseId: string) {
    const row = await this.summary(actor, caseId);
    const now = await this.now();
    const tasks = await this.db.query<TaskRow[]>(
      `SELECT ${TASK_COLUMNS} FROM case_task t WHERE t.case_id = $1 ORDER BY t.due_at NULLS LAST, t.task_key`,
      [caseId],
    );
    const procedures = await this.db.query<
      { id: string; kind: string; stage: string; title: string; opened_at: Date; closed_at: Date | null }[]
    >(
      'SELECT id, kind, stage, title, opened_at, closed_at FROM procedure WHERE case_id = $1 ORDER BY opened_at, id',
      [caseId],
    );
    const s = row.state;
    return {
      ...this.listItem(row),
      enterprise: s.enterprise,
      officers: s.officers.map((o) => ({
        username: o.username,
        displayName: o.displayName,
        certificateNo: o.certificateNo,
      })),
      // The domain's facts, with instants in 北京时间 and amounts in yuan (contract/display.ts).
      ...(displayFacts({
        inspection: s.inspection,
        hiddenDangers: s.dangers,
        order: s.order,
        rectificationReportOn: s.rectificationReportOn,
        extension: s.extension,
        // `noticeUntil` is an instant whose name does not end in At: shown in 北京时间 like the others.
        measures: s.measures.map((m) => ({ ...m, noticeUntil: isoMs(m.noticeUntil) })),
        summaryPenalties: s.summaryPenalties ?? [],
        penaltyProposal: s.penaltyProposal,
        closure: s.closure,
        // 送达回证: each served document with its service record.
        services: s.services ?? [],
      }) as Record<string, unknown>),
      tasks: tasks.map((t) => taskView(t, now)),
      // Penalty procedures and transfers opened from the case, each with its own page.
      procedures: procedures.map((p) => ({
        id: p.id,
        kind: p.kind,
        stage: p.stage,
        title: p.title,
        openedAt: iso(p.opened_at),
        closedAt: iso(p.closed_at),
        href: `/${p.kind === 'penalty' ? 'penalties' : 'transfers'}/${p.id}`,
      })),
      documents: await documentsOf(this.db, caseId),
      timeline: await timelineOf(this.db, caseId),
      // What this user may do now: the console's buttons (procedures/available-actions.ts).
      availableActions: availableActions(ENFORCEMENT_PROCEDURE, s, actor, `/cases/${row.id}`),
    };
  }

  /**
   * What the caller may do now, from the projected state alone (an action's answer): the same list as
   * the page's `availableActions`, without reading its tasks, documents and timeline.
   */
  async availableActionsOf(actor: Actor, caseId: string) {
    const [row] = await this.db.query<{ state: CaseState }[]>(
      'SELECT state FROM enforcement_case WHERE id = $1',
      [caseId],
    );
    if (!row) throw new ProblemException('case.not_found', msg('api.case_not_found', { id: caseId }));
    return availableActions(ENFORCEMENT_PROCEDURE, row.state, actor, `/cases/${caseId}`);
  }

  async list(actor: Actor, q: ListCasesQuery) {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const caseRole = actor.roles.some((r) => ['officer', 'supervisor', 'head', 'legal_reviewer'].includes(r));
    // $1 is always the clock's instant (typed here, so a filter that does not use it still parses).
    const nowParam = `${p(new Date(await this.now()))}::timestamptz`;
    where.push(`${nowParam} IS NOT NULL`);
    const scopes: string[] = [];
    if (caseRole) scopes.push(`c.agency_id = ${p(actor.agencyId)}`);
    if (actor.roles.includes('auditor'))
      scopes.push(`c.region_code LIKE ${p(`${regionPrefix(actor.regionCode)}%`)}`);
    where.push(scopes.length ? `(${scopes.join(' OR ')})` : 'false');
    if (q.stage) where.push(`c.stage = ${p(q.stage)}`);
    if (q.enterprise) where.push(`c.credit_code = ${p(q.enterprise)}`);
    if (q.officer)
      // An unknown username gives ARRAY[NULL], which no case contains; @> lets the GIN index help.
      where.push(`c.handlers @> ARRAY[(SELECT u.id FROM app_user u WHERE u.username = ${p(q.officer)})]`);
    if (q.overdue !== undefined) where.push(q.overdue ? overdueSql(nowParam) : `NOT ${overdueSql(nowParam)}`);
    // Newest first; the index ix_enforcement_case_agency_opened serves this order (keyset.ts).
    const after = decodeCursor(q.cursor, ['instant', 'uuid']);
    if (after) where.push(`(c.opened_at, c.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const limit = q.limit ?? DEFAULT_LIMIT;
    // The overdue flag is computed for the page's rows only (after the LIMIT), never for the table.
    const rows = await this.db.query<(Omit<CaseRow, 'state'> & { key_at: string })[]>(
      `SELECT c.*, ${overdueSql(nowParam)} AS overdue, ${KEY_INSTANT('c.opened_at')} AS key_at FROM (
         SELECT ${LIST_COLUMNS} FROM enforcement_case c WHERE ${where.join(' AND ')}
         ORDER BY c.opened_at DESC, c.id DESC LIMIT ${p(limit + 1)}) c
       ORDER BY c.opened_at DESC, c.id DESC`,
      params,
    );
    return pageOf(
      rows,
      limit,
      (r) => [r.key_at, r.id],
      (r) => this.listItem(r),
    );
  }

  /**
   * The caller's inbox, one page of it. `mine`: the tasks assigned to one of their roles (an officer's:
   * only on records they handle) and the tasks whose current rung is theirs; an escalated task stays
   * with its assignee too, marked with its rung. A head (who also holds the supervisor role) does not
   * take the supervisor's rung-1 escalations as their own: they reach the head at rung 2. `team`: every
   * open task of the agency, for supervisors and heads. Clocked tasks first, soonest due first; undated
   * decisions after them.
   */
  async inbox(actor: Actor, q: TasksQuery = {}) {
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
    const rows = await this.db.query<(TaskRow & { key_due: string | null })[]>(
      `SELECT ${TASK_COLUMNS}, c.party_name AS enterprise_name, ${KEY_INSTANT('t.due_at')} AS key_due
       FROM (${branches.join(' UNION ')}) k
       JOIN case_task t ON t.case_id = k.case_id AND t.task_key = k.task_key
       JOIN ${OPEN_RECORDS} c ON c.id = t.case_id
       ORDER BY k.sort_due, k.case_id, k.task_key LIMIT ${limitParam}`,
      params,
    );
    const now = await this.now();
    return pageOf(
      rows,
      limit,
      (t) => [t.key_due, t.case_id, t.task_key],
      (t) => taskView(t, now),
    );
  }
}
