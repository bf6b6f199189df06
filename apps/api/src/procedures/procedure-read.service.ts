import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, ProblemException, type Clock } from '@safecase/common';
import {
  ACCIDENT_PROCEDURE,
  canSeeRecordOf,
  ITEM_PROCEDURE,
  PENALTY_PROCEDURE,
  regionPrefix,
  TRANSFER_PROCEDURE,
  type AccidentState,
  type Actor,
  type CaseState,
  type ItemState,
  type PenaltyState,
  type TransferState,
} from '@safecase/domain';
import { DataSource } from 'typeorm';
import { displayFacts } from '../contract/display';
import { owedToday } from './amount-owed';
import { availableActions, type AvailableAction } from './available-actions';
import type { ListCasesQuery, PageQuery, TasksQuery } from '../cases/cases.dto';
import { caseActions, caseDetail, caseList, caseRow } from '../cases/case-queries';
import { inboxPage } from '../cases/inbox-query';
import { decodeCursor, DEFAULT_LIMIT, KEY_INSTANT, pageOf } from '../cases/keyset';
import { documentsOf, iso, TASK_COLUMNS, taskView, timelineOf, type TaskRow } from '../cases/read-views';
import { notFoundMessage, type ProcedureKind, type SubProcedureKind } from './procedure-kind';

interface ProcedureRow {
  id: string;
  kind: SubProcedureKind;
  workflow_id: string;
  case_id: string | null;
  parent_id: string | null;
  agency_id: string;
  region_code: string;
  stage: string;
  title: string;
  party_name: string;
  credit_code: string | null;
  opened_at: Date;
  closed_at: Date | null;
  next_due_at: Date | null;
  escalation_level: number;
  seq: number;
  state: Record<string, unknown>;
}

/**
 * Every procedure's record pages, lists and actions, and the inbox over all of them, served from the
 * PostgreSQL read model (never from Temporal). The enforcement case has a table of its own: its
 * queries are in cases/case-queries.ts, the inbox's in cases/inbox-query.ts.
 */
@Injectable()
export class ProcedureReadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** "Now" as Temporal's timers see it (the sandbox clock in training), for overdue flags. */
  private async now(): Promise<number> {
    return (await this.clock.now()).getTime();
  }

  /** A sub-procedure's row if the actor may see it; otherwise 404, as for one that does not exist. */
  async summary(actor: Actor, kind: SubProcedureKind, id: string): Promise<ProcedureRow> {
    const [row] = await this.db.query<ProcedureRow[]>('SELECT * FROM procedure WHERE id = $1 AND kind = $2', [
      id,
      kind,
    ]);
    if (!row || !canSeeRecordOf(actor, { agencyId: row.agency_id, regionCode: row.region_code })) {
      throw new ProblemException('case.not_found', notFoundMessage(kind, id));
    }
    return row;
  }

  /** Whether the record is closed (no action goes to it); 404 when the actor may not see it. */
  async closed(actor: Actor, kind: ProcedureKind, id: string): Promise<boolean> {
    if (kind === 'enforcement_case')
      return (await caseRow(this.db, actor, id, await this.now())).stage === 'closed';
    return (await this.summary(actor, kind, id)).closed_at !== null;
  }

  private item(row: ProcedureRow) {
    return {
      id: row.id,
      kind: row.kind,
      workflowId: row.workflow_id,
      caseId: row.case_id,
      parentId: row.parent_id,
      stage: row.stage,
      title: row.title,
      party: { name: row.party_name, creditCode: row.credit_code },
      agencyId: row.agency_id,
      regionCode: row.region_code,
      openedAt: iso(row.opened_at),
      closedAt: iso(row.closed_at),
      nextDueAt: iso(row.next_due_at),
      escalationLevel: row.escalation_level,
    };
  }

  /** A record's page (`CaseDetail` for the case, `ProcedureDetail` for the others). */
  async detail(actor: Actor, kind: ProcedureKind, id: string) {
    if (kind === 'enforcement_case') {
      const row = await caseRow(this.db, actor, id, await this.now());
      return caseDetail(this.db, actor, row, await this.now());
    }
    const row = await this.summary(actor, kind, id);
    const now = await this.now();
    const tasks = await this.db.query<TaskRow[]>(
      `SELECT ${TASK_COLUMNS} FROM case_task t WHERE t.case_id = $1 ORDER BY t.due_at NULLS LAST, t.task_key`,
      [id],
    );
    const {
      taskMarks: _marks,
      rulebook,
      documents: _documents,
      ...state
    } = row.state as Record<string, unknown> & {
      rulebook?: { version: string };
    };
    // An accident lists its rectification items and the penalty for a late report.
    const children = await this.db.query<ProcedureRow[]>(
      'SELECT * FROM procedure WHERE parent_id = $1 ORDER BY opened_at, id',
      [id],
    );
    // The accident's classification up front (docs/domain.md §4): grade, investigating level, late report.
    // A penalty shows what its party owes today (the same sum a payment must match).
    const owed =
      kind === 'penalty' ? { owed: await owedToday(this.db, row.state as unknown as PenaltyState, now) } : {};
    const classification =
      kind === 'accident'
        ? {
            grade: state.grade,
            level: state.level,
            lateReport: state.lateReport,
            // A record from before the head's receipt was kept counted from the accident.
            lateReportMeasuredFrom: state.lateReportMeasuredFrom ?? 'accident_time',
          }
        : {};
    return {
      ...this.item(row),
      ...classification,
      ...owed,
      children: children.map((c) => this.item(c)),
      rulebookVersion: rulebook?.version ?? null,
      state: displayFacts(state),
      tasks: tasks.map((t) => taskView(t, now)),
      documents: await documentsOf(this.db, id),
      timeline: await timelineOf(this.db, id),
      ...this.actions(actor, row),
    };
  }

  /** What this user may do now, for the procedures that have a definition (available-actions.ts). */
  private actions(actor: Actor, row: Pick<ProcedureRow, 'id' | 'kind' | 'state'>) {
    return { availableActions: actionsOf(actor, row.kind, row.id, row.state) };
  }

  /**
   * What the caller may do now, from the projected state alone (an action's answer): the record
   * page's `availableActions`, without reading its tasks, documents and timeline.
   */
  async availableActionsOf(actor: Actor, kind: ProcedureKind, id: string): Promise<AvailableAction[]> {
    const [row] = await this.db.query<{ state: unknown }[]>(
      kind === 'enforcement_case'
        ? 'SELECT state FROM enforcement_case WHERE id = $1'
        : 'SELECT state FROM procedure WHERE id = $1 AND kind = $2',
      kind === 'enforcement_case' ? [id] : [id, kind],
    );
    if (!row) throw new ProblemException('case.not_found', notFoundMessage(kind, id));
    return actionsOf(actor, kind, id, row.state);
  }

  /** A list of records in the caller's jurisdiction, newest first, one keyset page. */
  async list(actor: Actor, kind: ProcedureKind, q: ListCasesQuery | ({ stage?: string } & PageQuery)) {
    // The case's list has filters of its own (enterprise, officer, overdue): cases/case-queries.ts.
    if (kind === 'enforcement_case') return caseList(this.db, actor, q, await this.now());
    const params: unknown[] = [kind];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const scopes: string[] = [];
    if (actor.roles.some((r) => ['officer', 'supervisor', 'head', 'legal_reviewer'].includes(r)))
      scopes.push(`agency_id = ${p(actor.agencyId)}`);
    if (actor.roles.includes('auditor'))
      scopes.push(`region_code LIKE ${p(`${regionPrefix(actor.regionCode)}%`)}`);
    const where = [`kind = $1`, scopes.length ? `(${scopes.join(' OR ')})` : 'false'];
    if (q.stage) where.push(`stage = ${p(q.stage)}`);
    // Newest first, as ix_procedure_agency_kind_opened orders them (cases/keyset.ts).
    const after = decodeCursor(q.cursor, ['instant', 'uuid']);
    if (after) where.push(`(opened_at, id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const limit = q.limit ?? DEFAULT_LIMIT;
    const rows = await this.db.query<(ProcedureRow & { key_at: string })[]>(
      `SELECT *, ${KEY_INSTANT('opened_at')} AS key_at FROM procedure WHERE ${where.join(' AND ')}
       ORDER BY opened_at DESC, id DESC LIMIT ${p(limit + 1)}`,
      params,
    );
    return pageOf(
      rows,
      limit,
      (r) => [r.key_at, r.id],
      (r) => this.item(r),
    );
  }

  /** The caller's inbox over every procedure's tasks (cases/inbox-query.ts). */
  inbox(actor: Actor, q: TasksQuery = {}) {
    return inboxPage(this.db, actor, q, () => this.now());
  }
}

/** The actions of a procedure's current stage for the caller, from its definition. */
function actionsOf(actor: Actor, kind: ProcedureKind, id: string, state: unknown): AvailableAction[] {
  switch (kind) {
    case 'enforcement_case':
      return caseActions(actor, id, state as CaseState);
    case 'penalty':
      return availableActions(PENALTY_PROCEDURE, state as PenaltyState, actor, `/penalties/${id}`);
    case 'transfer':
      return availableActions(TRANSFER_PROCEDURE, state as TransferState, actor, `/transfers/${id}`);
    case 'rectification_item':
      return availableActions(ITEM_PROCEDURE, state as ItemState, actor, `/rectification-items/${id}`);
    case 'accident':
      return availableActions(ACCIDENT_PROCEDURE, state as AccidentState, actor, `/accidents/${id}`);
  }
}
