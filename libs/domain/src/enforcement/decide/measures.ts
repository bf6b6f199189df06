// Compulsory measures: approval, emergency measures, refusals, seizure testing and extension, lifting
// (行政强制法 第18–28条, 安全生产法 第70条).
import { chinaDateOf } from '../../calendar/china-time';
import type { CaseEvent } from '../case-events';
import { CUTOFF_KINDS, SUSPENSION_KINDS, type Measure } from '../case-types';
import {
  reject,
  requireHandler,
  requireFourEyes,
  requireDangers,
  requireMeasure,
  requireDate,
  newMeasure,
  type CommandOf,
  type DecideContext,
} from './guards';

export function proposeMeasure(ctx: DecideContext, command: CommandOf<'propose_measure'>): CaseEvent[] {
  const { state, actor, now, by } = ctx;
  const role = requireHandler(ctx, 'propose a compulsory measure');
  const dangers = requireDangers(state, command.dangerIds, true);
  if (CUTOFF_KINDS.includes(command.kind)) {
    // 行政强制法 第43条: never residential supply.
    if (command.residentialSupply)
      reject('case.invalid', 'supply to residents may never be cut off (行政强制法 第43条)');
    // 安全生产法 第70条: only after a refused suspension about a major hidden danger.
    const refused = state.measures.some(
      (m) =>
        SUSPENSION_KINDS.includes(m.kind) &&
        m.status === 'in_force' &&
        m.unitRefused &&
        m.dangerIds.some((id) => state.dangers.find((d) => d.id === id)?.severity === 'major'),
    );
    if (!refused || !dangers.some((d) => d.severity === 'major')) {
      reject(
        'case.invalid',
        'a supply cut-off needs a suspension in force about a major hidden danger that the unit refused (安全生产法 第70条)',
      );
    }
  }
  const measure = newMeasure(state, actor, now, {
    kind: command.kind,
    dangerIds: command.dangerIds,
    reason: command.reason,
    emergency: false,
  });
  return [{ type: 'measure_proposed', at: now, by: by(role), measure }];
}

export function takeEmergencyMeasure(
  ctx: DecideContext,
  command: CommandOf<'take_emergency_measure'>,
): CaseEvent[] {
  const { state, actor, now, by } = ctx;
  const role = requireHandler(ctx, 'take an emergency measure');
  requireDangers(state, command.dangerIds, true);
  if (CUTOFF_KINDS.includes(command.kind)) {
    reject('case.invalid', 'a supply cut-off is never an on-the-spot measure here: propose it for approval');
  }
  if (command.takenAt > now) reject('case.invalid', 'takenAt cannot be in the future');
  const base = newMeasure(state, actor, now, {
    kind: command.kind,
    dangerIds: command.dangerIds,
    reason: command.reason,
    emergency: true,
  });
  const measure: Measure = {
    ...base,
    status: 'in_force',
    effectiveAt: command.takenAt,
    seizure:
      command.kind === 'seal_seize'
        ? { servedOn: chinaDateOf(command.takenAt), extensionDays: null, testing: [] }
        : null,
  };
  return [
    {
      type: 'emergency_measure_taken',
      at: now,
      by: by(role),
      measure,
      documents: [{ key: `emergency_measure_record:${measure.id}`, type: 'emergency_measure_record' }],
    },
  ];
}

export function decideMeasure(ctx: DecideContext, command: CommandOf<'decide_measure'>): CaseEvent[] {
  const { state, actor, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  const pendingEmergency = m.emergency && m.status === 'in_force' && m.decidedAt === null;
  if (m.status !== 'proposed' && !pendingEmergency)
    reject('case.wrong_stage', `measure ${m.id} is ${m.status}, not awaiting a decision`);
  // A supply cut-off is the principal head's alone (安全生产法 第70条); other measures any approver's.
  if (CUTOFF_KINDS.includes(m.kind) && !actor.roles.includes('head'))
    reject('auth.forbidden', `decide on measure ${m.id} needs the role head`);
  const role = requireFourEyes(ctx, `decide on measure ${m.id}`, m.proposedBy);
  const cutoff = CUTOFF_KINDS.includes(m.kind);
  const documents = !command.approve
    ? pendingEmergency
      ? [{ key: `measure_lifting:${m.id}`, type: 'measure_lifting' as const }]
      : []
    : cutoff
      ? [{ key: `cutoff_notice:${m.id}`, type: 'cutoff_notice' as const }]
      : pendingEmergency
        ? []
        : [{ key: `measure_decision:${m.id}`, type: 'measure_decision' as const }];
  const noticeHours =
    command.approve && cutoff ? (state.rulebook.rules['power_cutoff.notice']?.amount ?? 24) : null;
  return [
    {
      type: 'measure_decided',
      at: now,
      by: by(role),
      measureId: m.id,
      approved: command.approve,
      note: command.note,
      noticeHours,
      documents,
    },
  ];
}

export function recordUnitRefusal(
  ctx: DecideContext,
  command: CommandOf<'record_unit_refusal'>,
): CaseEvent[] {
  const { state, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  const role = requireHandler(ctx, 'record the unit’s refusal');
  if (!SUSPENSION_KINDS.includes(m.kind) || m.status !== 'in_force') {
    reject('case.invalid', 'a refusal is recorded against a suspension in force');
  }
  return [{ type: 'measure_refused_by_unit', at: now, by: by(role), measureId: m.id, note: command.note }];
}

export function seizureTesting(ctx: DecideContext, command: CommandOf<'seizure_testing'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  const role = requireHandler(ctx, 'record testing of seized items');
  if (m.kind !== 'seal_seize' || m.status !== 'in_force' || !m.seizure)
    reject('case.invalid', 'testing pauses only a seizure in force');
  requireDate(command.on, 'on');
  const running = m.seizure?.testing.find((t) => t.to === null);
  if (command.action === 'start' && running) reject('case.wrong_stage', 'testing is already under way');
  if (command.action === 'end' && !running) reject('case.wrong_stage', 'no testing is under way');
  if (running && command.on < running.from) reject('case.invalid', 'testing cannot end before it started');
  return [
    {
      type: 'seizure_testing',
      at: now,
      by: by(role),
      measureId: m.id,
      action: command.action,
      on: command.on,
    },
  ];
}

export function extendSeizure(ctx: DecideContext, command: CommandOf<'extend_seizure'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  if (m.kind !== 'seal_seize' || m.status !== 'in_force' || !m.seizure)
    reject('case.invalid', 'only a seizure in force is extended');
  if (m.seizure?.extensionDays !== null)
    reject('case.wrong_stage', 'a seizure is extended only once (行政强制法 第25条)');
  const max = state.rulebook.rules['seizure.extension']?.amount ?? 30;
  if (!Number.isInteger(command.days) || command.days < 1 || command.days > max) {
    reject('case.invalid', `an extension is 1 to ${max} days (行政强制法 第25条)`);
  }
  const role = requireFourEyes(ctx, 'extend the seizure');
  return [
    {
      type: 'seizure_extended',
      at: now,
      by: by(role),
      measureId: m.id,
      days: command.days,
      documents: [{ key: `seizure_extension:${m.id}`, type: 'measure_decision' }],
    },
  ];
}

export function liftMeasure(ctx: DecideContext, command: CommandOf<'lift_measure'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  const role = requireHandler(ctx, 'lift a measure');
  if (m.status !== 'in_force' && m.status !== 'noticed')
    reject('case.wrong_stage', `measure ${m.id} is ${m.status}`);
  return [
    {
      type: 'measure_lifted',
      at: now,
      by: by(role),
      measureId: m.id,
      reason: command.reason,
      documents: [{ key: `measure_lifting:${m.id}`, type: 'measure_lifting' }],
    },
  ];
}
