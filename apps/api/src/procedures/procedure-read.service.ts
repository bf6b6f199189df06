import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, ProblemException, type Clock } from '@safecase/common';
import {
  ACCIDENT_PROCEDURE,
  canSeeRecordOf,
  ITEM_PROCEDURE,
  msg,
  PENALTY_PROCEDURE,
  regionPrefix,
  term,
  TRANSFER_PROCEDURE,
  type AccidentState,
  type Actor,
  type ItemState,
  type PenaltyState,
  type TransferState,
} from '@safecase/domain';
import { DataSource } from 'typeorm';
import { displayFacts } from '../contract/display';
import { owedToday } from './amount-owed';
import { availableActions, type AvailableAction } from './available-actions';
import type { PageQuery } from '../cases/cases.dto';
import { decodeCursor, DEFAULT_LIMIT, KEY_INSTANT, pageOf } from '../cases/keyset';
import { documentsOf, iso, TASK_COLUMNS, taskView, timelineOf, type TaskRow } from '../cases/read-views';

export type ProcedureKind = 'penalty' | 'transfer' | 'accident' | 'rectification_item';

interface ProcedureRow {
  id: string;
  kind: ProcedureKind;
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

/** Penalty cases and transfers, served from the PostgreSQL read model (never from Temporal). */
@Injectable()
export class ProcedureReadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The row if the actor may see it; otherwise 404, exactly as for one that does not exist. */
  async summary(actor: Actor, kind: ProcedureKind, id: string): Promise<ProcedureRow> {
    const [row] = await this.db.query<ProcedureRow[]>('SELECT * FROM procedure WHERE id = $1 AND kind = $2', [
      id,
      kind,
    ]);
    if (!row || !canSeeRecordOf(actor, { agencyId: row.agency_id, regionCode: row.region_code })) {
      throw new ProblemException('case.not_found', msg('api.record_not_found', { kind: term(kind), id }));
    }
    return row;
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

  async detail(actor: Actor, kind: ProcedureKind, id: string) {
    const row = await this.summary(actor, kind, id);
    const now = (await this.clock.now()).getTime();
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
  async availableActionsOf(actor: Actor, kind: ProcedureKind, id: string) {
    const [row] = await this.db.query<Pick<ProcedureRow, 'state'>[]>(
      'SELECT state FROM procedure WHERE id = $1 AND kind = $2',
      [id, kind],
    );
    if (!row)
      throw new ProblemException('case.not_found', msg('api.record_not_found', { kind: term(kind), id }));
    return actionsOf(actor, kind, id, row.state);
  }

  async list(actor: Actor, kind: ProcedureKind, q: { stage?: string } & PageQuery) {
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
}

/** The actions of a procedure's current stage for the caller, from its definition. */
function actionsOf(actor: Actor, kind: ProcedureKind, id: string, state: unknown): AvailableAction[] {
  switch (kind) {
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
