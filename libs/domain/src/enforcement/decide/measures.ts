// Compulsory measures: approval, emergency measures, refusals, seizure testing and extension, lifting
// (行政强制法 第18–28条, 安全生产法 第70条).
import { chinaDateOf } from '../../calendar/china-time';
import type { CaseEvent } from '../case-events';
import { CUTOFF_KINDS, SUSPENSION_KINDS, type InventoryItem, type Measure } from '../case-types';
import {
  reject,
  requireHandler,
  requireFourEyes,
  requireDangers,
  requireMeasure,
  requireFactDay,
  requireFactInstant,
  newMeasure,
  type CommandOf,
  type DecideContext,
} from './guards';
import { anyOf, term } from '../../i18n';

export function proposeMeasure(ctx: DecideContext, command: CommandOf<'propose_measure'>): CaseEvent[] {
  const { state, actor, now, by } = ctx;
  const role = requireHandler(ctx, 'propose a compulsory measure');
  const dangers = requireDangers(state, command.dangerIds, true);
  if (CUTOFF_KINDS.includes(command.kind)) {
    // 行政强制法 第43条: never residential supply.
    if (command.residentialSupply) reject('case.invalid', 'case.cutoff_residents');
    // 安全生产法 第70条: only after a refused suspension about a major hidden danger.
    const refused = state.measures.some(
      (m) =>
        SUSPENSION_KINDS.includes(m.kind) &&
        m.status === 'in_force' &&
        m.unitRefused &&
        m.dangerIds.some((id) => state.dangers.find((d) => d.id === id)?.severity === 'major'),
    );
    if (!refused || !dangers.some((d) => d.severity === 'major')) {
      reject('case.invalid', 'case.cutoff_needs_refused_suspension');
    }
  }
  const cutoff = CUTOFF_KINDS.includes(command.kind);
  if (command.urgent && !cutoff) reject('case.invalid', 'case.urgent_only_cutoff');
  // 安全生产法 第70条: the 危及生产安全的紧急情形 is stated with its reason, for the head to weigh.
  if (command.urgent && !command.urgencyReason?.trim()) reject('case.invalid', 'case.cutoff_urgency_reason');
  const inventory = requireInventory(command.kind, command.inventory);
  const measure: Measure = {
    ...newMeasure(state, actor, now, {
      kind: command.kind,
      dangerIds: command.dangerIds,
      reason: command.reason,
      emergency: false,
    }),
    inventory,
    cutoff: cutoff
      ? {
          urgent: command.urgent === true,
          urgencyReason: command.urgent ? (command.urgencyReason ?? null) : null,
          noticeServedAt: null,
        }
      : null,
  };
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
    reject('case.invalid', 'case.cutoff_not_emergency');
  }
  requireFactInstant(ctx, command.takenAt, 'takenAt');
  const inventory = requireInventory(command.kind, command.inventory);
  const base = newMeasure(state, actor, now, {
    kind: command.kind,
    dangerIds: command.dangerIds,
    reason: command.reason,
    emergency: true,
  });
  const hours = state.rulebook.rules['emergency_measure.report']?.amount ?? 24;
  const measure: Measure = {
    ...base,
    status: 'in_force',
    effectiveAt: command.takenAt,
    seizure:
      command.kind === 'seal_seize'
        ? { servedOn: chinaDateOf(command.takenAt), extensionDays: null, testing: [] }
        : null,
    inventory,
    // 行政强制法 第19条: reported to the head and confirmed within 24 hours of being taken.
    confirmation: { dueAt: command.takenAt + hours * 3600_000, flaggedAt: null, late: false },
  };
  // 第24条: a seizure has its decision and inventory, also when taken on the spot.
  const seizureDocs =
    command.kind === 'seal_seize'
      ? [
          { key: `seizure_decision:${measure.id}`, type: 'seizure_decision' as const },
          { key: `seizure_inventory:${measure.id}`, type: 'seizure_inventory' as const },
        ]
      : [];
  return [
    {
      type: 'emergency_measure_taken',
      at: now,
      by: by(role),
      measure,
      documents: [
        { key: `emergency_measure_record:${measure.id}`, type: 'emergency_measure_record' },
        ...seizureDocs,
      ],
    },
  ];
}

export function decideMeasure(ctx: DecideContext, command: CommandOf<'decide_measure'>): CaseEvent[] {
  const { state, actor, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  const pendingEmergency = m.emergency && m.status === 'in_force' && m.decidedAt === null;
  if (m.status !== 'proposed' && !pendingEmergency)
    reject('case.wrong_stage', 'case.measure_not_awaiting', { id: m.id, status: term(m.status) });
  // A supply cut-off is the principal head's alone (安全生产法 第70条); other measures any approver's.
  if (CUTOFF_KINDS.includes(m.kind) && !actor.roles.includes('head'))
    reject('auth.forbidden', 'common.needs_role', {
      action: term('decide on the measure'),
      roles: anyOf(['head']),
    });
  const role = requireFourEyes(ctx, 'decide on the measure', m.proposedBy);
  // 行政强制法 第19条 with 第18条: an emergency measure is confirmed once its procedure is complete —
  // on-site record, reasons, basis and rights notified, the party heard. Lifting it needs none of that.
  if (pendingEmergency && command.approve) requireOnSiteRecord(m);
  const cutoff = CUTOFF_KINDS.includes(m.kind);
  const seizure = m.kind === 'seal_seize';
  const documents = !command.approve
    ? pendingEmergency
      ? [{ key: `measure_lifting:${m.id}`, type: 'measure_lifting' as const }]
      : []
    : cutoff
      ? [{ key: `cutoff_notice:${m.id}`, type: 'cutoff_notice' as const }]
      : pendingEmergency
        ? []
        : seizure
          ? // 行政强制法 第24条: 查封扣押决定书 and its 清单.
            [
              { key: `seizure_decision:${m.id}`, type: 'seizure_decision' as const },
              { key: `seizure_inventory:${m.id}`, type: 'seizure_inventory' as const },
            ]
          : [{ key: `measure_decision:${m.id}`, type: 'measure_decision' as const }];
  // 第19条: a confirmation after the 24 hours is recorded as late.
  const late = pendingEmergency && m.confirmation ? now > m.confirmation.dueAt : false;
  return [
    {
      type: 'measure_decided',
      at: now,
      by: by(role),
      measureId: m.id,
      approved: command.approve,
      note: command.note,
      // The 24 hours run from the notice's service (its service record), not from this approval.
      noticeHours: null,
      ...(command.approve && cutoff
        ? { cutoff: m.cutoff?.urgent ? ('urgent' as const) : ('notice' as const) }
        : {}),
      ...(pendingEmergency ? { late } : {}),
      documents,
    },
  ];
}

/** 行政强制法 第18条(五)–(七): the on-site record, the notice of reasons, basis and rights, the statement. */
function requireOnSiteRecord(m: Measure): void {
  if (!m.procedure) reject('case.wrong_stage', 'case.measure_record_first', { id: m.id });
}

/** 行政强制法 第24条: a seizure lists its items; other measures have no inventory. */
function requireInventory(
  kind: Measure['kind'],
  inventory: InventoryItem[] | undefined,
): InventoryItem[] | null {
  if (kind !== 'seal_seize') {
    if (inventory?.length) reject('case.invalid', 'case.inventory_only_seizure');
    return null;
  }
  if (!inventory?.length || inventory.some((i) => !i.item.trim() || !i.quantity.trim()))
    reject('case.invalid', 'case.seizure_inventory');
  return inventory ?? [];
}

/** 行政强制法 第18条: what the officers record when a measure is carried out (or after an emergency one). */
export function recordMeasureProcedure(
  ctx: DecideContext,
  command: CommandOf<'record_measure_procedure'>,
): CaseEvent[] {
  const { state, now, by, actor } = ctx;
  const m = requireMeasure(state, command.measureId);
  const role = requireHandler(ctx, 'record the measure’s on-site record');
  if (m.status !== 'in_force' && m.status !== 'lifted' && m.status !== 'noticed')
    reject('case.wrong_stage', 'case.measure_status', { id: m.id, status: term(m.status) });
  if (m.procedure) reject('case.wrong_stage', 'case.measure_procedure_recorded', { id: m.id });
  requireFactInstant(ctx, command.onSiteRecordAt, 'onSiteRecordAt');
  if (!command.informed) reject('case.invalid', 'case.measure_not_informed');
  if (!command.partySigned && !command.refusalNote?.trim())
    reject('case.invalid', 'case.measure_refusal_note');
  if (!command.statementWaived && !command.statement?.trim())
    reject('case.invalid', 'case.measure_statement');
  return [
    {
      type: 'measure_procedure_recorded',
      at: now,
      by: by(role),
      measureId: m.id,
      procedure: {
        onSiteRecordAt: command.onSiteRecordAt,
        partySigned: command.partySigned,
        refusalNote: command.partySigned ? null : (command.refusalNote ?? null),
        informed: true,
        statement: command.statementWaived ? null : (command.statement ?? null),
        statementWaived: command.statementWaived,
        recordedBy: actor.userId,
      },
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
    reject('case.invalid', 'case.refusal_needs_suspension');
  }
  return [{ type: 'measure_refused_by_unit', at: now, by: by(role), measureId: m.id, note: command.note }];
}

export function seizureTesting(ctx: DecideContext, command: CommandOf<'seizure_testing'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const m = requireMeasure(state, command.measureId);
  const role = requireHandler(ctx, 'record testing of seized items');
  if (m.kind !== 'seal_seize' || m.status !== 'in_force' || !m.seizure)
    reject('case.invalid', 'case.testing_only_seizure');
  requireFactDay(ctx, command.on, 'on');
  const running = m.seizure?.testing.find((t) => t.to === null);
  if (command.action === 'start' && running) reject('case.wrong_stage', 'case.testing_running');
  if (command.action === 'end' && !running) reject('case.wrong_stage', 'case.testing_not_running');
  if (running && command.on < running.from) reject('case.invalid', 'case.testing_end_before_start');
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
    reject('case.invalid', 'case.extend_only_seizure');
  if (m.seizure?.extensionDays !== null) reject('case.wrong_stage', 'case.seizure_extended_once');
  // A seizure is extended only once it was carried out as 第18条 requires (its on-site record).
  requireOnSiteRecord(m);
  const max = state.rulebook.rules['seizure.extension']?.amount ?? 30;
  if (!Number.isInteger(command.days) || command.days < 1 || command.days > max) {
    reject('case.invalid', 'case.seizure_extension_days', { max });
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
    reject('case.wrong_stage', 'case.measure_status', { id: m.id, status: term(m.status) });
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
