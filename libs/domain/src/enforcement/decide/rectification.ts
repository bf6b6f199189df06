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
  type CommandOf,
  type DecideContext,
} from './guards';

export function recordInspection(ctx: DecideContext, command: CommandOf<'record_inspection'>): CaseEvent[] {
  const { state, actor, now, by, role } = ctx;
  const ids = new Set(command.officers.map((o) => o.userId));
  // 行政处罚法 第42条, 第55条: at least two officers holding enforcement certificates.
  if (ids.size < 2) reject('case.invalid', 'an inspection needs at least two officers');
  for (const o of command.officers) {
    if (o.agencyId !== state.agencyId) reject('case.invalid', `${o.username} is not of this agency`);
    if (!o.roles.includes('officer')) reject('case.invalid', `${o.username} is not an enforcement officer`);
    if (!o.certificateNo) reject('case.invalid', `${o.username} holds no enforcement certificate`);
  }
  if (!ids.has(actor.userId))
    reject('case.invalid', 'the officer recording the inspection must be one of its officers');
  if (command.inspectedAt > now) reject('case.invalid', 'the inspection cannot be in the future');
  if (command.inspectedAt < state.openedAt - 30 * 86_400_000) {
    reject('case.invalid', 'the inspection is more than 30 days before the case was opened');
  }
  if (command.unitRefusedToSign && !command.refusalNote) {
    reject('case.invalid', 'record the circumstances of the refusal to sign (安全生产法 第68条)');
  }
  for (const f of command.findings) {
    if (f.evidence.some((e) => !/^[0-9a-f]{64}$/.test(e.sha256))) {
      reject('case.invalid', 'every evidence item needs its SHA-256 digest as 64 hex characters');
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
  if (command.deadline <= chinaDateOf(now))
    reject('case.invalid', 'the rectification deadline must be after today');
  if (command.correctedOnSite.length) requireDangers(state, command.correctedOnSite, true);
  if (command.correctedOnSite.length >= state.dangers.length) {
    reject('case.invalid', 'every danger was corrected on the spot: an order needs at least one to rectify');
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
  requireDate(command.receivedOn, 'receivedOn');
  if (command.receivedOn > chinaDateOf(now))
    reject('case.invalid', 'the report cannot be received in the future');
  if (state.rectificationReportOn) reject('case.wrong_stage', 'the rectification report is already recorded');
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
    reject('case.invalid', `give one result for each open hidden danger: ${open.join(', ')}`);
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
  if (state.extension) reject('case.wrong_stage', 'the rectification deadline can be extended only once');
  requireDate(command.newDeadline, 'newDeadline');
  if (state.order && command.newDeadline <= state.order.deadline) {
    reject('case.invalid', `the new deadline must be after ${state.order.deadline}`);
  }
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
  if (state.extension?.decision !== 'pending') reject('case.wrong_stage', 'no extension request is pending');
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
