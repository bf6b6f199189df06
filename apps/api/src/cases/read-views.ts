import { currentLocale } from '@safecase/common';
import { documentName, isMessage, renderMessage, ruleSourceText } from '@safecase/domain';
import type { DataSource } from 'typeorm';
import { displayFacts, instantOf, instantOfMs } from '../contract/display';

export interface TaskRow {
  case_id: string;
  task_key: string;
  kind: string;
  title: string;
  title_text: unknown;
  assignee_role: string;
  subject: string | null;
  due_at: Date | null;
  due_date: string | null;
  act_by: string | null;
  rolled_end: string | null;
  remind_at: Date | null;
  reminded: boolean;
  overdue: boolean;
  escalation_level: number;
  escalated_to: string | null;
  rule: string | null;
  source: string | null;
  missing_year: number | null;
  paused: boolean;
  procedure_kind: string;
  enterprise_name?: string;
}

/** Instants leave the API as ISO 8601 with +08:00 (北京时间). */
export const iso = instantOf;
/** Workflow state keeps instants as epoch milliseconds; the API speaks ISO 8601 with +08:00. */
export const isoMs = instantOfMs;

/** A task's title in the reader's language, from its kind's catalog entry; else as it was stored. */
function titleOf(t: TaskRow): string {
  return isMessage(t.title_text) ? renderMessage(t.title_text, currentLocale()) : t.title;
}

export function taskView(t: TaskRow, now: number) {
  return {
    caseId: t.case_id,
    procedure: t.procedure_kind,
    key: t.task_key,
    kind: t.kind,
    title: titleOf(t),
    assigneeRole: t.assignee_role,
    subject: t.subject,
    // Clocked tasks come first in the inbox; a decision with no clock (or one paused) has no due time.
    dated: t.due_at !== null,
    dueAt: iso(t.due_at),
    dueDate: t.due_date,
    // Which end counts (docs/domain.md §2.4): `due` as the task falls due, the agency's act-by day,
    // and the rolled end as information where it differs.
    due: t.due_date,
    actBy: t.act_by,
    rolledEnd: t.rolled_end,
    remindAt: iso(t.remind_at),
    reminded: t.reminded,
    overdue: t.overdue || (t.due_at !== null && t.due_at.getTime() <= now),
    escalationLevel: t.escalation_level,
    escalatedTo: t.escalated_to,
    rule: t.rule,
    source: ruleSourceText(t.rule, t.source, currentLocale()),
    // A due day in a year whose working-day arrangement is not loaded: never guessed (docs/domain.md §2).
    provisional: t.missing_year !== null ? { missingCalendarYear: t.missing_year } : null,
    paused: t.paused,
    ...(t.enterprise_name ? { enterpriseName: t.enterprise_name } : {}),
  };
}

// A `date` column read as a JS Date would shift by the server's time zone: read it as text.
export const TASK_COLUMNS = `t.*, to_char(t.due_date, 'YYYY-MM-DD') AS due_date,
  to_char(t.act_by, 'YYYY-MM-DD') AS act_by, to_char(t.rolled_end, 'YYYY-MM-DD') AS rolled_end`;

/** The numbered documents of a record (an enforcement case or a sub-procedure), in issue order. */
export async function documentsOf(db: DataSource, recordId: string) {
  const rows = await db.query<
    { number: string; doc_type: string; doc_key: string; seq: number; issued_at: Date }[]
  >('SELECT number, doc_type, doc_key, seq, issued_at FROM document WHERE case_id = $1 ORDER BY seq, id', [
    recordId,
  ]);
  const locale = currentLocale();
  return rows.map((d) => ({
    number: d.number,
    type: d.doc_type,
    /** The document type's name in the reader's language (责令限期整改指令书). */
    name: documentName(d.doc_type, locale),
    key: d.doc_key,
    seq: d.seq,
    issuedAt: iso(d.issued_at),
  }));
}

/** The timeline of a record: every event, who did it, in order. */
export async function timelineOf(db: DataSource, recordId: string) {
  const rows = await db.query<
    {
      seq: number;
      type: string;
      occurred_at: Date;
      actor_username: string | null;
      actor_role: string | null;
      payload: Record<string, unknown>;
    }[]
  >(
    'SELECT seq, type, occurred_at, actor_username, actor_role, payload FROM case_event WHERE case_id = $1 ORDER BY seq',
    [recordId],
  );
  return rows.map((e) => ({
    seq: e.seq,
    type: e.type,
    at: iso(e.occurred_at),
    actor: e.actor_username,
    role: e.actor_role,
    details: displayFacts(e.payload),
  }));
}
