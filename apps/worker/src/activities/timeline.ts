import {
  chinaDateOf,
  defaultAbbreviation,
  unnumberedDocumentsOf,
  type ScheduledTask,
} from '@safecase/domain';
import {
  allocateDocumentNumber,
  freezeDocumentFacts,
  recordUnnumberedDocument,
  type AuditEntryInput,
} from '@safecase/persistence';
import type { IssuedDocument } from '@safecase/workflows';
import type { EntityManager } from 'typeorm';

/** The event shape every procedure shares: when, by whom, which documents it issues. */
export interface TimelineEvent {
  type: string;
  at: number;
  by?: { userId: string; username: string; role: string };
  documents?: { key: string; type: string }[];
}

/** A line an auditor reads years later for what the clock alone did. */
export function clockNote(event: TimelineEvent & Record<string, unknown>): string | null {
  const due = (ms: unknown) => new Date(ms as number).toISOString();
  switch (event.type) {
    case 'task_reminded':
      return `reminder: ${String(event.taskKey)} falls due ${due(event.dueAt)}`;
    case 'task_overdue':
      return event.level === undefined
        ? `overdue: ${String(event.taskKey)} was due ${due(event.dueAt)}`
        : `overdue: ${String(event.taskKey)} was due ${due(event.dueAt)}; found late, it starts at ${String(event.to)} (rung ${Number(event.level)})`;
    case 'task_escalated':
      return `escalated: ${String(event.taskKey)} to ${String(event.to)} (rung ${String(event.level)})`;
    case 'calendar_year_missing':
      return `the working-day arrangement for ${String(event.year)} is not loaded: deadlines reaching it wait for it`;
    case 'calendar_reloaded':
      return `calendar loaded for ${(event.years as number[]).join(', ')}: open deadlines re-planned`;
    default:
      return null;
  }
}

export interface TimelineContext {
  /** The record the events belong to (an enforcement case or a sub-procedure). */
  recordId: string;
  /** Prefix of the audit action and dedup key: `case`, `penalty`, `transfer`. */
  kind: string;
  /** The case the audit trail is read from (`GET /audit/cases/:id`). */
  auditCaseId: string;
  agencyId: string;
  docPrefix: string;
  workflowId: string;
  runId: string;
}

/**
 * Writes one event: its documents numbered (gap-free, per agency, type and year) and the timeline row,
 * and adds its audit entry to `audit`, all idempotent on (record, seq) so a retried activity writes
 * nothing twice. The caller appends `audit` as its transaction's last step (`AuditLog.appendAll`): the
 * chain's lock is then held from that append to the commit only, not while the rest is written.
 */
export async function recordEvent(
  m: EntityManager,
  audit: AuditEntryInput[],
  ctx: TimelineContext,
  seq: number,
  event: TimelineEvent,
  payload: Record<string, unknown>,
  note: string | null,
): Promise<IssuedDocument[]> {
  const documents: IssuedDocument[] = [];
  for (const d of event.documents ?? []) {
    const number = await allocateDocumentNumber(m, {
      agencyId: ctx.agencyId,
      docPrefix: ctx.docPrefix,
      docType: d.type,
      abbreviation: defaultAbbreviation(d.type),
      year: Number(chinaDateOf(event.at).slice(0, 4)),
      caseId: ctx.recordId,
      key: d.key,
      seq,
      issuedAt: new Date(event.at),
    });
    // Its facts frozen now, its file rendered by the worker off this path (apps/worker/src/render).
    await freezeDocumentFacts(m, {
      recordId: ctx.recordId,
      recordKind: ctx.kind,
      key: d.key,
      event: payload,
    });
    documents.push({ key: d.key, type: d.type as IssuedDocument['type'], number });
  }
  // A 听证笔录 carries no number (DOMAIN §3.6); it is derived from the event here, so the workflow's
  // decision (and every recorded history) stays as it is. Not in `documents`: those are numbered.
  const unnumbered = unnumberedDocumentsOf(event);
  for (const d of unnumbered) {
    await recordUnnumberedDocument(m, {
      agencyId: ctx.agencyId,
      docType: d.type,
      year: Number(chinaDateOf(event.at).slice(0, 4)),
      caseId: ctx.recordId,
      key: d.key,
      seq,
      issuedAt: new Date(event.at),
    });
    await freezeDocumentFacts(m, {
      recordId: ctx.recordId,
      recordKind: ctx.kind,
      key: d.key,
      event: payload,
    });
  }
  await m.query(
    `INSERT INTO case_event (case_id, seq, type, occurred_at, actor_username, actor_role, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [
      ctx.recordId,
      seq,
      event.type,
      new Date(event.at),
      event.by?.username ?? null,
      event.by?.role ?? null,
      payload,
    ],
  );
  const sub = ctx.kind === 'case' ? {} : { [`${ctx.kind}Id`]: ctx.recordId };
  audit.push({
    occurredAt: new Date(event.at),
    actorId: event.by?.userId ?? null,
    actorUsername: event.by?.username ?? null,
    actorRole: event.by?.role ?? null,
    agencyId: ctx.agencyId,
    caseId: ctx.auditCaseId,
    workflowId: ctx.workflowId,
    runId: ctx.runId,
    action: `${ctx.kind}.${event.type}`,
    outcome: event.by ? 'accepted' : 'automatic',
    reason: note,
    documentNumber: documents.map((d) => d.number).join(', ') || null,
    payload: {
      seq,
      ...sub,
      ...payload,
      documents,
      ...(unnumbered.length ? { unnumberedDocuments: unnumbered } : {}),
    },
    dedupKey: `${ctx.kind}:${ctx.recordId}:${seq}`,
  });
  return documents;
}

/**
 * Replaces a record's open tasks (the caller checks it projects the newest state). Each task carries
 * the record's agency, so an agency's inbox reads its own tasks in order without joining every record.
 */
export async function replaceTasks(
  m: EntityManager,
  record: { id: string; kind: string; agencyId: string },
  tasks: ScheduledTask[],
) {
  const { id: recordId, kind, agencyId } = record;
  await m.query('DELETE FROM case_task WHERE case_id = $1', [recordId]);
  if (tasks.length === 0) return;
  // One statement for all of them: under a storm every statement waits for the worker's event loop.
  const rows = tasks.map((t) => [
    recordId,
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
    kind,
    // A worker of an older build sends no text: the API then shows the English title.
    t.text ?? null,
    agencyId,
    // Tasks scheduled by an older build carry neither (its recorded activity input replays as is).
    t.actBy ?? null,
    t.rolledEnd ?? null,
  ]);
  const width = rows[0]!.length;
  const tuples = rows.map((row, r) => `(${row.map((_, k) => `$${r * width + k + 1}`).join(',')})`);
  await m.query(
    `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, subject, due_at, due_date, remind_at,
       reminded, overdue, escalation_level, escalated_to, rule, source, missing_year, paused, procedure_kind,
       title_text, agency_id, act_by, rolled_end)
     VALUES ${tuples.join(',')}`,
    rows.flat(),
  );
}
