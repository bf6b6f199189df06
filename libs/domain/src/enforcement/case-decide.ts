import { chinaDateOf } from '../calendar/china-time';
import { isIsoDate } from '../calendar/iso-date';
import { fourEyesViolation } from '../identity/four-eyes';
import { PENALTY_THRESHOLDS, summaryProcedureAllowed } from '../penalty/penalty-rules';
import type { CaseCommand } from './case-commands';
import type { CaseEvent, EventActor } from './case-events';
import { CaseRejection } from './case-rejection';
import {
  CUTOFF_KINDS,
  SUSPENSION_KINDS,
  type CaseActor,
  type CaseStage,
  type CaseState,
  type HiddenDanger,
  type Measure,
} from './case-types';

const reject = (code: CaseRejection['code'], message: string): never => {
  throw new CaseRejection(code, message);
};

function requireStage(state: CaseState, allowed: CaseStage[], action: string): void {
  if (!allowed.includes(state.stage)) {
    reject(
      'case.wrong_stage',
      `cannot ${action} while the case is ${state.stage} (needs ${allowed.join(' or ')})`,
    );
  }
}

function requireRole(actor: CaseActor, roles: string[], action: string): string {
  // The first role in `roles` the actor holds is the capacity recorded: list the most senior first.
  const role = roles.find((r) => actor.roles.includes(r));
  if (!role) return reject('auth.forbidden', `${action} needs the role ${roles.join(' or ')}`);
  return role;
}

/** Officers act on cases they handle; after the inspection, that is the inspecting team and the opener. */
function requireHandlingOfficer(state: CaseState, actor: CaseActor, action: string): string {
  const role = requireRole(actor, ['officer'], action);
  if (state.stage !== 'opened' && !state.handlers.includes(actor.userId)) {
    reject('auth.forbidden', `${action}: you do not handle this case`);
  }
  return role;
}

function requireApprover(
  state: CaseState,
  actor: CaseActor,
  roles: string[],
  action: string,
  proposedBy?: string,
) {
  const role = requireRole(actor, roles, action);
  const why = fourEyesViolation(actor, { proposedBy, handlers: state.handlers });
  if (why) reject('auth.four_eyes', `${action}: ${why}`);
  return role;
}

function requireDangers(state: CaseState, ids: string[], open: boolean): HiddenDanger[] {
  if (ids.length === 0) reject('case.invalid', 'name at least one hidden danger');
  return ids.map((id) => {
    const d = state.dangers.find((x) => x.id === id);
    if (!d) return reject('case.invalid', `no hidden danger ${id} on this case`);
    if (open && d.status !== 'open') reject('case.invalid', `hidden danger ${id} is already ${d.status}`);
    return d;
  });
}

function requireMeasure(state: CaseState, id: string): Measure {
  return state.measures.find((m) => m.id === id) ?? reject('case.invalid', `no measure ${id} on this case`);
}

function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) reject('case.invalid', `${field} must be a calendar date YYYY-MM-DD`);
}

function newMeasure(
  state: CaseState,
  actor: CaseActor,
  now: number,
  fields: Pick<Measure, 'kind' | 'dangerIds' | 'reason' | 'emergency'>,
): Measure {
  return {
    id: `M${state.measures.length + 1}`,
    ...fields,
    status: 'proposed',
    proposedBy: actor.userId,
    proposedAt: now,
    decidedBy: null,
    decidedAt: null,
    effectiveAt: null,
    unitRefused: false,
    noticeUntil: null,
    liftedAt: null,
    liftReason: null,
    seizure: null,
  };
}

/**
 * decide(state, command, actor, now) → the events the command causes, or a CaseRejection saying why
 * not. Pure: the workflow runs it in the update validator (to refuse before anything changes) and
 * again in the handler (to apply). Rules live here, not in the workflow.
 */
export function decide(state: CaseState, command: CaseCommand, actor: CaseActor, now: number): CaseEvent[] {
  if (actor.agencyId !== state.agencyId) reject('case.not_found', 'no such case in your agency');
  if (state.stage === 'closed') reject('case.wrong_stage', 'the case is closed');
  const by = (role: string): EventActor => ({ userId: actor.userId, username: actor.username, role });

  switch (command.type) {
    case 'record_inspection': {
      requireStage(state, ['opened'], 'record the inspection');
      const role = requireRole(actor, ['officer'], 'record the inspection');
      const ids = new Set(command.officers.map((o) => o.userId));
      // 行政处罚法 第42条, 第55条: at least two officers holding enforcement certificates.
      if (ids.size < 2) reject('case.invalid', 'an inspection needs at least two officers');
      for (const o of command.officers) {
        if (o.agencyId !== state.agencyId) reject('case.invalid', `${o.username} is not of this agency`);
        if (!o.roles.includes('officer'))
          reject('case.invalid', `${o.username} is not an enforcement officer`);
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
    case 'issue_order': {
      requireStage(state, ['inspected'], 'issue the order to rectify');
      const role = requireHandlingOfficer(state, actor, 'issue the order to rectify');
      requireDate(command.deadline, 'deadline');
      if (command.deadline <= chinaDateOf(now))
        reject('case.invalid', 'the rectification deadline must be after today');
      if (command.correctedOnSite.length) requireDangers(state, command.correctedOnSite, true);
      if (command.correctedOnSite.length >= state.dangers.length) {
        reject(
          'case.invalid',
          'every danger was corrected on the spot: an order needs at least one to rectify',
        );
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
    case 'record_rectification_report': {
      requireStage(state, ['rectifying'], 'record the rectification report');
      const role = requireHandlingOfficer(state, actor, 'record the rectification report');
      requireDate(command.receivedOn, 'receivedOn');
      if (command.receivedOn > chinaDateOf(now))
        reject('case.invalid', 'the report cannot be received in the future');
      if (state.rectificationReportOn)
        reject('case.wrong_stage', 'the rectification report is already recorded');
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
    case 'record_reinspection': {
      requireStage(state, ['rectifying', 'escalated'], 'record the re-inspection');
      const role = requireHandlingOfficer(state, actor, 'record the re-inspection');
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
    case 'request_extension': {
      requireStage(state, ['rectifying'], 'request an extension');
      const role = requireHandlingOfficer(state, actor, 'request an extension');
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
    case 'decide_extension': {
      requireStage(state, ['rectifying'], 'decide on the extension');
      if (state.extension?.decision !== 'pending')
        reject('case.wrong_stage', 'no extension request is pending');
      const role = requireApprover(
        state,
        actor,
        ['head', 'supervisor'],
        'decide on the extension',
        state.extension?.requestedBy,
      );
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
    case 'propose_measure': {
      requireStage(state, ['inspected', 'rectifying', 'escalated'], 'propose a compulsory measure');
      const role = requireHandlingOfficer(state, actor, 'propose a compulsory measure');
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
    case 'take_emergency_measure': {
      requireStage(state, ['inspected', 'rectifying', 'escalated'], 'take an emergency measure');
      const role = requireHandlingOfficer(state, actor, 'take an emergency measure');
      requireDangers(state, command.dangerIds, true);
      if (CUTOFF_KINDS.includes(command.kind)) {
        reject(
          'case.invalid',
          'a supply cut-off is never an on-the-spot measure here: propose it for approval',
        );
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
    case 'decide_measure': {
      const m = requireMeasure(state, command.measureId);
      const pendingEmergency = m.emergency && m.status === 'in_force' && m.decidedAt === null;
      if (m.status !== 'proposed' && !pendingEmergency)
        reject('case.wrong_stage', `measure ${m.id} is ${m.status}, not awaiting a decision`);
      const roles = CUTOFF_KINDS.includes(m.kind) ? ['head'] : ['head', 'supervisor'];
      const role = requireApprover(state, actor, roles, `decide on measure ${m.id}`, m.proposedBy);
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
    case 'record_unit_refusal': {
      const m = requireMeasure(state, command.measureId);
      const role = requireHandlingOfficer(state, actor, 'record the unit’s refusal');
      if (!SUSPENSION_KINDS.includes(m.kind) || m.status !== 'in_force') {
        reject('case.invalid', 'a refusal is recorded against a suspension in force');
      }
      return [
        { type: 'measure_refused_by_unit', at: now, by: by(role), measureId: m.id, note: command.note },
      ];
    }
    case 'seizure_testing': {
      const m = requireMeasure(state, command.measureId);
      const role = requireHandlingOfficer(state, actor, 'record testing of seized items');
      if (m.kind !== 'seal_seize' || m.status !== 'in_force' || !m.seizure)
        reject('case.invalid', 'testing pauses only a seizure in force');
      requireDate(command.on, 'on');
      const running = m.seizure?.testing.find((t) => t.to === null);
      if (command.action === 'start' && running) reject('case.wrong_stage', 'testing is already under way');
      if (command.action === 'end' && !running) reject('case.wrong_stage', 'no testing is under way');
      if (running && command.on < running.from)
        reject('case.invalid', 'testing cannot end before it started');
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
    case 'extend_seizure': {
      const m = requireMeasure(state, command.measureId);
      if (m.kind !== 'seal_seize' || m.status !== 'in_force' || !m.seizure)
        reject('case.invalid', 'only a seizure in force is extended');
      if (m.seizure?.extensionDays !== null)
        reject('case.wrong_stage', 'a seizure is extended only once (行政强制法 第25条)');
      const max = state.rulebook.rules['seizure.extension']?.amount ?? 30;
      if (!Number.isInteger(command.days) || command.days < 1 || command.days > max) {
        reject('case.invalid', `an extension is 1 to ${max} days (行政强制法 第25条)`);
      }
      const role = requireApprover(state, actor, ['head', 'supervisor'], 'extend the seizure');
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
    case 'lift_measure': {
      const m = requireMeasure(state, command.measureId);
      const role = requireHandlingOfficer(state, actor, 'lift a measure');
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
    case 'propose_penalty': {
      requireStage(state, ['inspected', 'rectifying', 'escalated'], 'propose a penalty');
      const role = requireHandlingOfficer(state, actor, 'propose a penalty');
      if (state.penaltyProposal) reject('case.wrong_stage', 'a penalty proposal already exists');
      requireDangers(state, command.dangerIds, false);
      return [
        {
          type: 'penalty_proposed',
          at: now,
          by: by(role),
          dangerIds: command.dangerIds,
          summary: command.summary,
          documents: [{ key: 'penalty_proposal', type: 'penalty_proposal' }],
        },
      ];
    }
    case 'impose_summary_penalty': {
      requireStage(state, ['inspected', 'rectifying', 'escalated'], 'impose a penalty on the spot');
      const role = requireHandlingOfficer(state, actor, 'impose a penalty on the spot');
      if (command.sanctions.length === 0) reject('case.invalid', 'name a warning or a fine');
      if (command.sanctions.includes('fine') !== command.fineFen > 0) {
        reject('case.invalid', 'a fine needs a positive amount, and only a fine has one');
      }
      if (!summaryProcedureAllowed(command.party, command.sanctions, command.fineFen)) {
        reject(
          'case.invalid',
          `on the spot only a warning or a fine up to ¥${PENALTY_THRESHOLDS.summaryMaxFen[command.party] / 100} (行政处罚法 第51条): use the general procedure`,
        );
      }
      return [
        {
          type: 'summary_penalty_imposed',
          at: now,
          by: by(role),
          party: command.party,
          sanctions: command.sanctions,
          fineFen: command.fineFen,
          facts: command.facts,
          legalBasis: command.legalBasis,
          documents: [
            {
              key: `summary_penalty_decision:${state.summaryPenalties.length + 1}`,
              type: 'summary_penalty_decision',
            },
          ],
        },
      ];
    }
    case 'acknowledge_penalty_proposal': {
      if (!state.penaltyProposal || state.penaltyProposal.acknowledged)
        reject('case.wrong_stage', 'no penalty proposal awaits');
      const role = requireApprover(
        state,
        actor,
        ['head', 'supervisor'],
        'take up the penalty proposal',
        state.penaltyProposal?.proposedBy,
      );
      return [{ type: 'penalty_proposal_acknowledged', at: now, by: by(role), note: command.note }];
    }
    case 'close_case': {
      requireStage(state, ['escalated'], 'close the case');
      const role = requireApprover(state, actor, ['head', 'supervisor'], 'close the case');
      const unsettled = state.measures.filter((m) => ['proposed', 'noticed', 'in_force'].includes(m.status));
      if (unsettled.length)
        reject('case.wrong_stage', `measures not yet settled: ${unsettled.map((m) => m.id).join(', ')}`);
      if (state.penaltyProposal && !state.penaltyProposal.acknowledged)
        reject('case.wrong_stage', 'the penalty proposal awaits');
      if (!state.penaltyProposal && state.measures.length === 0) {
        reject('case.wrong_stage', 'an unrectified case is closed only after measures or a penalty proposal');
      }
      return [{ type: 'case_closed', at: now, by: by(role), reason: 'by_supervisor', note: command.note }];
    }
  }
}
