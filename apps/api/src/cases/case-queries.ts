import { ProblemException } from '@safecase/common';
import {
  canSeeRecordOf,
  ENFORCEMENT_PROCEDURE,
  regionPrefix,
  type Actor,
  type CaseState,
} from '@safecase/domain';
import type { DataSource } from 'typeorm';
import { displayFacts } from '../contract/display';
import { availableActions } from '../procedures/available-actions';
import { notFoundMessage } from '../procedures/procedure-kind';
import type { ListCasesQuery } from './cases.dto';
import { decodeCursor, DEFAULT_LIMIT, KEY_INSTANT, pageOf } from './keyset';
import { iso, isoMs, TASK_COLUMNS, taskView, timelineOf, documentsOf, type TaskRow } from './read-views';

/**
 * The enforcement case's queries on its own table (`enforcement_case`), for ProcedureReadService:
 * the case keeps columns a sub-procedure has not (origin, enterprise, the overdue flag of lists).
 */
export interface CaseRow {
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

/** What a list item shows: every column but `state` (a case's whole projected state, unused by lists). */
const LIST_COLUMNS = `c.id, c.workflow_id, c.agency_id, c.region_code, c.origin, c.enterprise_name, c.credit_code,
  c.summary, c.stage, c.rulebook_version, c.opened_at, c.closed_at, c.next_due_at, c.escalation_level`;

/** The case row if the actor may see it; otherwise 404, exactly as for a case that does not exist. */
export async function caseRow(db: DataSource, actor: Actor, caseId: string, now: number): Promise<CaseRow> {
  const [row] = await db.query<CaseRow[]>(
    `SELECT c.*, ${overdueSql('$2')} AS overdue FROM enforcement_case c WHERE c.id = $1`,
    [caseId, new Date(now)],
  );
  if (!row || !canSeeRecordOf(actor, { agencyId: row.agency_id, regionCode: row.region_code })) {
    throw new ProblemException('case.not_found', notFoundMessage('enforcement_case', caseId));
  }
  return row;
}

function listItem(row: Omit<CaseRow, 'state'>) {
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

/** What the caller may do on the case now: the console's buttons (procedures/available-actions.ts). */
export const caseActions = (actor: Actor, caseId: string, state: CaseState) =>
  availableActions(ENFORCEMENT_PROCEDURE, state, actor, `/cases/${caseId}`);

/** The case page (schema `CaseDetail`): its facts, tasks, sub-procedures, documents and timeline. */
export async function caseDetail(db: DataSource, actor: Actor, row: CaseRow, now: number) {
  const tasks = await db.query<TaskRow[]>(
    `SELECT ${TASK_COLUMNS} FROM case_task t WHERE t.case_id = $1 ORDER BY t.due_at NULLS LAST, t.task_key`,
    [row.id],
  );
  const procedures = await db.query<
    { id: string; kind: string; stage: string; title: string; opened_at: Date; closed_at: Date | null }[]
  >(
    'SELECT id, kind, stage, title, opened_at, closed_at FROM procedure WHERE case_id = $1 ORDER BY opened_at, id',
    [row.id],
  );
  const s = row.state;
  return {
    ...listItem(row),
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
    documents: await documentsOf(db, row.id),
    timeline: await timelineOf(db, row.id),
    availableActions: caseActions(actor, row.id, s),
  };
}

/** Cases in the caller's jurisdiction, newest first, one keyset page (schema `CasePage`). */
export async function caseList(db: DataSource, actor: Actor, q: ListCasesQuery, now: number) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const caseRole = actor.roles.some((r) => ['officer', 'supervisor', 'head', 'legal_reviewer'].includes(r));
  // $1 is always the clock's instant (typed here, so a filter that does not use it still parses).
  const nowParam = `${p(new Date(now))}::timestamptz`;
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
  const rows = await db.query<(Omit<CaseRow, 'state'> & { key_at: string })[]>(
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
    (r) => listItem(r),
  );
}
