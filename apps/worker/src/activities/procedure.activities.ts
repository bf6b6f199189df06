import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog } from '@safecase/persistence';
import type { CaseEvent } from '@safecase/domain';
import type {
  IssuedDocument,
  ProcedureActivities,
  ProcedureRecord,
  ProjectProcedureInput,
} from '@safecase/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { activityLog } from './activity-log';
import { writeCase } from './case-projection';
import { refusingPermanently } from './permanent-errors';
import { clockNote, recordEvent, replaceTasks, type TimelineEvent } from './timeline';

/** What the timeline and audit keep of a sub-procedure's event: all but a pinned rulebook's text. */
function payloadOf(event: TimelineEvent & Record<string, unknown>): Record<string, unknown> {
  const { rulebook, ...rest } = event as { rulebook?: { version: string } };
  return rulebook ? { ...rest, rulebookVersion: rulebook.version } : { ...rest };
}

function noteOn(event: TimelineEvent & Record<string, unknown>): string | null {
  switch (event.type) {
    case 'demand_due':
      return `more than ${String(event.surchargeDays)} days of late-payment surcharge: the written demand may be served`;
    case 'surcharge_capped':
      return `the late-payment surcharge reached the fine on ${String(event.on)} and stops (行政强制法 第45条)`;
    case 'closure_proposal_due':
      return `closure proposal due (安全生产法 第113条): ${String(event.reason)}`;
    default:
      return clockNote(event);
  }
}

/** A sub-procedure's projection: its record is a `procedure` row. */
type SubProcedureInput = ProjectProcedureInput & { record: ProcedureRecord };

/**
 * Read-model writes of every procedure: the enforcement case to its own table, the sub-procedures
 * (penalty, transfer, accident, rectification item) to `procedure`. Idempotent on (record id, seq):
 * the row only moves forward, events, documents and audit entries are written once.
 */
@Injectable()
export class ProcedureActivitiesService implements Omit<ProcedureActivities, 'loadCalendar'> {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async projectProcedure(input: ProjectProcedureInput): Promise<{ documents: IssuedDocument[] }> {
    const { record: r, workflowId, runId, tasks } = input;
    if (r.kind === 'enforcement') {
      const events = input.events as { seq: number; event: CaseEvent }[];
      const written = { caseId: r.id, workflowId, runId, events, state: r.state, tasks };
      return refusingPermanently(() => writeCase(this.audit, written));
    }
    return refusingPermanently(() => this.writeProjection({ ...input, record: r }));
  }

  private writeProjection(input: SubProcedureInput): Promise<{ documents: IssuedDocument[] }> {
    const r = input.record;
    // The audit entries are appended last, with those of other projections of the agency (group commit).
    return this.audit.transact(r.agencyId, async (m, audit) => {
      await this.writeProcedureRow(m, input);
      const documents: IssuedDocument[] = [];
      const ctx = {
        recordId: r.id,
        kind: r.kind,
        auditCaseId: r.caseId ?? r.parentId ?? r.id,
        agencyId: r.agencyId,
        docPrefix: r.docPrefix,
        workflowId: input.workflowId,
        runId: input.runId,
      };
      for (const { seq, event } of input.events) {
        const e = event as TimelineEvent & Record<string, unknown>;
        documents.push(...(await recordEvent(m, audit, ctx, seq, e, payloadOf(e), noteOn(e))));
      }
      const [current] = await m.query<{ seq: number }[]>('SELECT seq FROM procedure WHERE id = $1', [r.id]);
      if (current?.seq === r.seq) await replaceTasks(m, r, input.tasks);
      activityLog('procedure projected', { id: r.id, kind: r.kind, seqs: input.events.map((e) => e.seq) });
      return { documents };
    });
  }

  async priorPenaltyDecisions(input: { creditCode: string; excludeId: string }): Promise<string[]> {
    const rows = await this.db.query<{ on: string }[]>(
      `SELECT state->'decision'->>'decidedOn' AS on FROM procedure
       WHERE kind = 'penalty' AND credit_code = $1 AND id <> $2 AND state->'decision' IS NOT NULL
         AND state->>'decisionStatus' <> 'revoked'`,
      [input.creditCode, input.excludeId],
    );
    return rows.map((r) => r.on);
  }

  /**
   * Transfers not yet closed on the same facts as a penalty case: those of its enforcement case, and
   * any started from the penalty case itself (as parent or named in its state).
   */
  async openTransfersOnSameFacts(input: { caseId: string | null; penaltyId: string }): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM procedure
       WHERE kind = 'transfer' AND closed_at IS NULL
         AND (case_id::text = $1 OR parent_id::text = $2 OR state->>'penaltyId' = $2)
       ORDER BY opened_at, id`,
      [input.caseId, input.penaltyId],
    );
    return rows.map((r) => r.id);
  }

  private async writeProcedureRow(m: EntityManager, { workflowId, record: r, tasks }: SubProcedureInput) {
    const dues = tasks.map((t) => t.dueAt).filter((d): d is number => d !== null);
    await m.query(
      `INSERT INTO procedure (id, kind, workflow_id, case_id, agency_id, region_code, stage, title, party_name,
         credit_code, handlers, opened_at, closed_at, next_due_at, escalation_level, seq, state, parent_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)
       ON CONFLICT (id) DO UPDATE SET stage = EXCLUDED.stage, handlers = EXCLUDED.handlers,
         closed_at = EXCLUDED.closed_at, next_due_at = EXCLUDED.next_due_at,
         escalation_level = EXCLUDED.escalation_level, seq = EXCLUDED.seq, state = EXCLUDED.state, updated_at = now()
       WHERE procedure.seq <= EXCLUDED.seq`,
      [
        r.id,
        r.kind,
        workflowId,
        r.caseId,
        r.agencyId,
        r.regionCode,
        r.stage,
        r.title,
        r.partyName,
        r.creditCode,
        r.handlers,
        new Date(r.openedAt),
        r.closedAt === null ? null : new Date(r.closedAt),
        dues.length ? new Date(Math.min(...dues)) : null,
        Math.max(0, ...tasks.map((t) => t.escalationLevel)),
        r.seq,
        JSON.stringify(r.state),
        r.parentId,
      ],
    );
  }
}
