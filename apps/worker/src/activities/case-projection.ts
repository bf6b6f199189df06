import type { CaseEvent } from '@safecase/domain';
import type { AuditEntryInput, AuditLog } from '@safecase/persistence';
import type { IssuedDocument, ProjectCaseInput } from '@safecase/workflows';
import type { EntityManager } from 'typeorm';
import { activityLog } from './activity-log';
import { clockNote, recordEvent, replaceTasks } from './timeline';

/** What the audit log and the timeline keep of an event: everything but the pinned rulebook's text. */
function recordOf(event: CaseEvent): Record<string, unknown> {
  if (event.type === 'case_opened') {
    const { rulebook, ...rest } = event;
    return { ...rest, rulebookVersion: rulebook.version };
  }
  return { ...event };
}

function noteOn(event: CaseEvent): string | null {
  if (event.type === 'measure_effective')
    return `measure ${event.measureId} in force: the written notice period ran out`;
  return clockNote(event as CaseEvent & Record<string, unknown>);
}

/**
 * The enforcement case's read-model write, shared by `projectProcedure` (its kind `enforcement`)
 * and the `projectCase` activity that older histories name. Idempotent on (caseId, seq): a retried
 * or duplicated write finds its events, documents and audit entries already written and changes
 * nothing; the case row only moves forward.
 */
export function writeCase(
  audit: AuditLog,
  input: ProjectCaseInput,
): Promise<{ documents: IssuedDocument[] }> {
  // The audit entries are appended last, with those of other projections of the agency that
  // arrive meanwhile (a storm's marks queue on the agency's chain): one lock and commit for all.
  return audit.transact(input.state.agencyId, async (m, entries) => {
    await upsertCase(m, input);
    const documents: IssuedDocument[] = [];
    for (const { seq, event } of input.events) {
      documents.push(...(await recordCaseEvent(m, entries, input, seq, event)));
    }
    await replaceCaseTasks(m, input);
    activityLog('case projected', { caseId: input.caseId, seqs: input.events.map((e) => e.seq) });
    return { documents };
  });
}

async function upsertCase(m: EntityManager, { caseId, workflowId, state, tasks }: ProjectCaseInput) {
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

function recordCaseEvent(
  m: EntityManager,
  audit: AuditEntryInput[],
  input: ProjectCaseInput,
  seq: number,
  event: CaseEvent,
) {
  const { state } = input;
  return recordEvent(
    m,
    audit,
    {
      recordId: input.caseId,
      kind: 'case',
      auditCaseId: input.caseId,
      agencyId: state.agencyId,
      docPrefix: state.docPrefix,
      workflowId: input.workflowId,
      runId: input.runId,
    },
    seq,
    event,
    recordOf(event),
    noteOn(event),
  );
}

async function replaceCaseTasks(m: EntityManager, { caseId, state, tasks }: ProjectCaseInput) {
  // Only the projection of the newest state may rewrite the task list.
  const [current] = await m.query<{ seq: number }[]>('SELECT seq FROM enforcement_case WHERE id = $1', [
    caseId,
  ]);
  if (!current || current.seq !== state.seq) return;
  await replaceTasks(m, { id: caseId, kind: 'enforcement', agencyId: state.agencyId }, tasks);
}
