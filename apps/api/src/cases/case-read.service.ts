import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, ProblemException, type Clock } from '@safecase/common';
import {
  canSeeRecordOf,
  ENFORCEMENT_PROCEDURE,
  regionPrefix,
  type Actor,
  type CaseState,
} from '@safecase/domain';
import { DataSource } from 'typeorm';
import { displayFacts } from '../contract/display';
import { availableActions } from '../procedures/available-actions';
import type { ListCasesQuery } from './cases.dto';
import { iso, TASK_COLUMNS, taskView, timelineOf, documentsOf, type TaskRow } from './read-views';

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
      throw new ProblemException('case.not_found', `No case ${caseId} in your jurisdiction.`);
    }
    return row;
  }

  private listItem(row: CaseRow) {
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
        measures: s.measures,
        summaryPenalties: s.summaryPenalties ?? [],
        penaltyProposal: s.penaltyProposal,
        closure: s.closure,
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
      where.push(
        `EXISTS (SELECT 1 FROM app_user u WHERE u.username = ${p(q.officer)} AND u.id = ANY(c.handlers))`,
      );
    if (q.overdue !== undefined) where.push(q.overdue ? overdueSql(nowParam) : `NOT ${overdueSql(nowParam)}`);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const filter = where.join(' AND ');
    const [{ total }] = (await this.db.query<{ total: string }[]>(
      `SELECT count(*) AS total FROM enforcement_case c WHERE ${filter}`,
      params,
    )) as [{ total: string }];
    const rows = await this.db.query<CaseRow[]>(
      `SELECT c.*, ${overdueSql(nowParam)} AS overdue FROM enforcement_case c WHERE ${filter}
       ORDER BY c.opened_at DESC, c.id LIMIT ${p(pageSize)} OFFSET ${p((page - 1) * pageSize)}`,
      params,
    );
    return { items: rows.map((r) => this.listItem(r)), page, pageSize, total: Number(total) };
  }

  /**
   * The caller's inbox: tasks waiting on one of their roles in their agency (officers: only on cases
   * they handle), plus tasks escalated up to them; soonest due first, overdue flagged.
   */
  async inbox(actor: Actor) {
    const rows = await this.db.query<TaskRow[]>(
      `SELECT ${TASK_COLUMNS}, c.enterprise_name FROM case_task t JOIN (
         SELECT id, agency_id, handlers, enterprise_name, stage = 'closed' AS closed FROM enforcement_case
         UNION ALL
         SELECT id, agency_id, handlers, party_name, closed_at IS NOT NULL FROM procedure
       ) c ON c.id = t.case_id
       WHERE c.agency_id = $1 AND NOT c.closed AND (
         (t.assignee_role = 'officer' AND 'officer' = ANY($2::text[]) AND $3::uuid = ANY(c.handlers))
         OR (t.assignee_role <> 'officer' AND t.assignee_role = ANY($2::text[]))
         OR (t.escalation_level >= 1 AND t.escalated_to = ANY($2::text[]))
         OR (t.escalation_level >= 2 AND 'supervisor' = ANY($2::text[])))
       ORDER BY t.due_at NULLS LAST, t.case_id, t.task_key`,
      [actor.agencyId, actor.roles, actor.userId],
    );
    const now = await this.now();
    return { items: rows.map((t) => taskView(t, now)) };
  }
}
