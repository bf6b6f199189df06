import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaDateOf, DOCUMENT_TYPES, type CaseEvent, type YearArrangement } from '@safecase/domain';
import { allocateDocumentNumber, AuditLog, loadArrangements } from '@safecase/persistence';
import type { EnforcementCaseActivities, IssuedDocument, ProjectCaseInput } from '@safecase/workflows';
import { DataSource, type EntityManager } from 'typeorm';

/** What the audit log and the timeline keep of an event: everything but the pinned rulebook's text. */
function recordOf(event: CaseEvent): Record<string, unknown> {
  if (event.type === 'case_opened') {
    const { rulebook, ...rest } = event;
    return { ...rest, rulebookVersion: rulebook.version };
  }
  return { ...event };
}

/** A line an auditor reads years later for what the clock alone did. */
function noteOn(event: CaseEvent): string | null {
  const due = (ms: number) => new Date(ms).toISOString();
  switch (event.type) {
    case 'task_reminded':
      return `reminder: ${event.taskKey} falls due ${due(event.dueAt)}`;
    case 'task_overdue':
      return `overdue: ${event.taskKey} was due ${due(event.dueAt)}`;
    case 'task_escalated':
      return `escalated: ${event.taskKey} to ${event.to} (rung ${event.level})`;
    case 'measure_effective':
      return `measure ${event.measureId} in force: the written notice period ran out`;
    case 'calendar_year_missing':
      return `the working-day arrangement for ${event.year} is not loaded: deadlines reaching it wait for it`;
    case 'calendar_reloaded':
      return `calendar loaded for ${event.years.join(', ')}: open deadlines re-planned`;
    default:
      return null;
  }
}

/**
 * Read-model writes of the enforcement-case workflow. Idempotent on (caseId, seq): a retried or
 * duplicated activity finds its events, documents and audit entries already written and changes
 * nothing; the case row only moves forward.
 */
@Injectable()
export class CaseActivitiesService implements EnforcementCaseActivities {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async loadCalendar(input: { years: number[] }): Promise<YearArrangement[]> {
    const all = await loadArrangements(this.db);
    return all.filter((a) => input.years.includes(a.year));
  }

  async projectCase(input: ProjectCaseInput): Promise<{ documents: IssuedDocument[] }> {
    return this.db.transaction(async (m) => {
      await this.upsertCase(m, input);
      const documents: IssuedDocument[] = [];
      for (const { seq, event } of input.events) {
        documents.push(...(await this.recordEvent(m, input, seq, event)));
      }
      await this.replaceTasks(m, input);
      return { documents };
    });
  }

  private async upsertCase(m: EntityManager, { caseId, workflowId, state, tasks }: ProjectCaseInput) {
    const dues = tasks.map((t) => t.dueAt).filter((d): d is number => d !== null);
    const row = [
      caseId,
      workflowId,
      state.agencyId,
      state.regionCode,
      state.origin,
      state.enterprise.name,
      state.enterprise.creditCode,
      state.summary,
      state.stage,
      state.rulebook.version,
      state.openedBy,
      state.handlers,
      new Date(state.openedAt),
      state.closure ? new Date(state.closure.at) : null,
      dues.length ? new Date(Math.min(...dues)) : null,
      Math.max(0, ...tasks.map((t) => t.escalationLevel)),
      state.seq,
      JSON.stringify({ ...state, rulebook: { version: state.rulebook.version } }),
    ];
    await m.query(
      `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name, credit_code,
         summary, stage, rulebook_version, opened_by, handlers, opened_at, closed_at, next_due_at, escalation_level,
         seq, state)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)
       ON CONFLICT (id) DO UPDATE SET stage = EXCLUDED.stage, handlers = EXCLUDED.handlers,
         closed_at = EXCLUDED.closed_at, next_due_at = EXCLUDED.next_due_at,
         escalation_level = EXCLUDED.escalation_level, seq = EXCLUDED.seq, state = EXCLUDED.state, updated_at = now()
       WHERE enforcement_case.seq <= EXCLUDED.seq`,
      row,
    );
  }

  private async recordEvent(
    m: EntityManager,
    input: ProjectCaseInput,
    seq: number,
    event: CaseEvent,
  ): Promise<IssuedDocument[]> {
    const { state } = input;
    const documents: IssuedDocument[] = [];
    for (const d of event.documents ?? []) {
      const number = await allocateDocumentNumber(m, {
        agencyId: state.agencyId,
        docPrefix: state.docPrefix,
        docType: d.type,
        abbreviation: DOCUMENT_TYPES[d.type],
        year: Number(chinaDateOf(event.at).slice(0, 4)),
        caseId: input.caseId,
        key: d.key,
        seq,
        issuedAt: new Date(event.at),
      });
      documents.push({ key: d.key, type: d.type, number });
    }
    const payload = recordOf(event);
    await m.query(
      `INSERT INTO case_event (case_id, seq, type, occurred_at, actor_username, actor_role, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [
        input.caseId,
        seq,
        event.type,
        new Date(event.at),
        event.by?.username ?? null,
        event.by?.role ?? null,
        payload,
      ],
    );
    await this.audit.append(
      {
        occurredAt: new Date(event.at),
        actorId: event.by?.userId ?? null,
        actorUsername: event.by?.username ?? null,
        actorRole: event.by?.role ?? null,
        agencyId: state.agencyId,
        caseId: input.caseId,
        workflowId: input.workflowId,
        runId: input.runId,
        action: `case.${event.type}`,
        outcome: event.by ? 'accepted' : 'automatic',
        reason: noteOn(event),
        documentNumber: documents.map((d) => d.number).join(', ') || null,
        payload: { seq, ...payload, documents },
        dedupKey: `case:${input.caseId}:${seq}`,
      },
      m,
    );
    return documents;
  }

  private async replaceTasks(m: EntityManager, { caseId, state, tasks }: ProjectCaseInput) {
    // Only the projection of the newest state may rewrite the task list.
    const [current] = await m.query<{ seq: number }[]>('SELECT seq FROM enforcement_case WHERE id = $1', [
      caseId,
    ]);
    if (!current || current.seq !== state.seq) return;
    await m.query('DELETE FROM case_task WHERE case_id = $1', [caseId]);
    for (const t of tasks) {
      await m.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, subject, due_at, due_date, remind_at,
           reminded, overdue, escalation_level, escalated_to, rule, source, missing_year, paused)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
        [
          caseId,
          t.key,
          t.kind,
          t.title,
          t.assigneeRole,
          t.subject,
          t.dueAt === null ? null : new Date(t.dueAt),
          t.dueDate,
          t.remindAt === null ? null : new Date(t.remindAt),
          t.reminded,
          t.overdue,
          t.escalationLevel,
          t.escalationLevel > 0 ? (t.escalateTo[t.escalationLevel - 1] ?? null) : null,
          t.rule,
          t.source,
          t.missingYear,
          t.paused,
        ],
      );
    }
  }
}
