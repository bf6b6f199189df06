// Inspection, order to rectify, the unit's report, re-inspection and the one extension (docs/domain.md §3.2–3.4).
import { chinaDateOf } from '../../calendar/china-time';
import type { CaseEvent } from '../case-events';
import type { HiddenDanger } from '../case-types';
import {
  reject,
  requireHandler,
  requireFourEyes,
  requireDangers,
  requireDate,
  requireDeadlineDay,
  requireFactDay,
  requireFactInstant,
  type CommandOf,
  type DecideContext,
} from './guards';
import { listOf } from '../../i18n';

export function recordInspection(ctx: DecideContext, command: CommandOf<'record_inspection'>): CaseEvent[] {
  const { state, actor, now, by, role } = ctx;
  const ids = new Set(command.officers.map((o) => o.userId));
  // 行政处罚法 第42条, 第55条: at least two officers holding enforcement certificates.
  if (ids.size < 2) reject('case.invalid', 'case.two_officers');
  for (const o of command.officers) {
    if (o.agencyId !== state.agencyId)
      reject('case.invalid', 'case.officer_other_agency', { username: o.username });
    if (!o.roles.includes('officer')) reject('case.invalid', 'case.not_officer', { username: o.username });
    if (!o.certificateNo) reject('case.invalid', 'case.no_certificate', { username: o.username });
  }
  if (!ids.has(actor.userId)) reject('case.invalid', 'case.recorder_in_team');
  requireFactInstant(ctx, command.inspectedAt, 'inspectedAt');
  if (command.inspectedAt < state.openedAt - 30 * 86_400_000) {
    reject('case.invalid', 'case.inspection_too_early');
  }
  if (command.unitRefusedToSign && !command.refusalNote) {
    reject('case.invalid', 'case.refusal_to_sign_note');
  }
  for (const f of command.findings) {
    if (f.evidence.some((e) => !/^[0-9a-f]{64}$/.test(e.sha256))) {
      reject('case.invalid', 'case.evidence_digest');
    }
  }
  const findings: HiddenDanger[] = command.findings.map((f, i) => ({
    id: `D${i + 1}`,
    ...f,
    status: 'open',
  }));
  const events: CaseEvent[] = [
    {
      type: 'inspection_recorded',
      at: now,
      by: by(role),
      officers: command.officers,
      inspectedAt: command.inspectedAt,
      place: command.place,
      findings,
      unitRefusedToSign: command.unitRefusedToSign,
      refusalNote: command.refusalNote,
      documents: [{ key: 'inspection_record', type: 'inspection_record' }],
    },
  ];
  return events;
}

export function issueOrder(ctx: DecideContext, command: CommandOf<'issue_order'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'issue the order to rectify');
  requireDate(command.deadline, 'deadline');
  if (command.deadline <= chinaDateOf(now)) reject('case.invalid', 'case.deadline_after_today');
  requireDeadlineDay(ctx, command.deadline, 'deadline');
  if (command.correctedOnSite.length) requireDangers(state, command.correctedOnSite, true);
  if (command.correctedOnSite.length >= state.dangers.length) {
    reject('case.invalid', 'case.all_corrected');
  }
  return [
    {
      type: 'order_issued',
      at: now,
      by: by(role),
      deadline: command.deadline,
      instructions: command.instructions,
      correctedOnSite: command.correctedOnSite,
      documents: [{ key: 'rectification_order', type: 'rectification_order' }],
    },
  ];
}

export function recordRectificationReport(
  ctx: DecideContext,
  command: CommandOf<'record_rectification_report'>,
): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'record the rectification report');
  requireFactDay(ctx, command.receivedOn, 'receivedOn');
  if (state.rectificationReportOn) reject('case.wrong_stage', 'case.report_recorded');
  return [
    {
      type: 'rectification_reported',
      at: now,
      by: by(role),
      receivedOn: command.receivedOn,
      note: command.note,
    },
  ];
}

export function recordReinspection(
  ctx: DecideContext,
  command: CommandOf<'record_reinspection'>,
): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'record the re-inspection');
  const open = state.dangers.filter((d) => d.status === 'open').map((d) => d.id);
  const named = command.results.map((r) => r.dangerId);
  if (
    new Set(named).size !== named.length ||
    open.some((id) => !named.includes(id)) ||
    named.length !== open.length
  ) {
    reject('case.invalid', 'case.result_per_danger', { ids: listOf(open) });
  }
  const events: CaseEvent[] = [
    {
      type: 'reinspection_recorded',
      at: now,
      by: by(role),
      results: command.results,
      documents: [
        { key: `reinspection_opinion:${state.reinspections.length + 1}`, type: 'reinspection_opinion' },
      ],
    },
  ];
  if (command.results.every((r) => r.rectified)) {
    // The unit complied: measures still in force are lifted at once (安全生产法 第70条, 行政强制法 第28条).
    for (const m of state.measures.filter((x) => x.status === 'in_force' || x.status === 'noticed')) {
      events.push({
        type: 'measure_lifted',
        at: now,
        by: by(role),
        measureId: m.id,
        reason: 'hidden dangers rectified',
      });
    }
  }
  return events;
}

export function requestExtension(ctx: DecideContext, command: CommandOf<'request_extension'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'request an extension');
  if (state.extension) reject('case.wrong_stage', 'case.extended_once');
  requireDate(command.newDeadline, 'newDeadline');
  if (state.order && command.newDeadline <= state.order.deadline) {
    reject('case.invalid', 'case.new_deadline_after', { deadline: state.order.deadline });
  }
  requireDeadlineDay(ctx, command.newDeadline, 'newDeadline');
  return [
    {
      type: 'extension_requested',
      at: now,
      by: by(role),
      newDeadline: command.newDeadline,
      reason: command.reason,
    },
  ];
}

export function decideExtension(ctx: DecideContext, command: CommandOf<'decide_extension'>): CaseEvent[] {
  const { state, now, by } = ctx;
  if (state.extension?.decision !== 'pending') reject('case.wrong_stage', 'case.no_extension_pending');
  const role = requireFourEyes(ctx, 'decide on the extension', state.extension?.requestedBy);
  return [
    {
      type: 'extension_decided',
      at: now,
      by: by(role),
      approved: command.approve,
      note: command.note,
      documents: command.approve ? [{ key: 'extension_approval', type: 'extension_approval' }] : [],
    },
  ];
}
