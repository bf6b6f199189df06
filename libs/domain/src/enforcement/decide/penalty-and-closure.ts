// Penalties from a case (summary procedure; proposal for the general procedure) and closing an
// escalated case.
import { summaryMaxFen, summaryProcedureAllowed } from '../../penalty/penalty-rules';
import { transferReportProblem } from '../../transfer/transfer-decide';
import { NO_PENALTY_INSTEAD } from '../../transfer/transfer-types';
import type { CaseEvent } from '../case-events';
import type { CaseState, DangerDisposition } from '../case-types';
import {
  reject,
  requireHandler,
  requireFourEyes,
  requireDangers,
  type CommandOf,
  type DecideContext,
} from './guards';
import { listOf, term } from '../../i18n';

export function proposePenalty(ctx: DecideContext, command: CommandOf<'propose_penalty'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'propose a penalty');
  if (state.penaltyProposal) reject('case.wrong_stage', 'case.proposal_exists');
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

export function imposeSummaryPenalty(
  ctx: DecideContext,
  command: CommandOf<'impose_summary_penalty'>,
): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'impose a penalty on the spot');
  if (command.sanctions.length === 0) reject('case.invalid', 'case.summary_no_sanction');
  if (command.sanctions.includes('fine') !== command.fineFen > 0) {
    reject('case.invalid', 'case.summary_fine_amount');
  }
  if (!summaryProcedureAllowed(state.rulebook, command.party, command.sanctions, command.fineFen)) {
    reject('case.invalid', 'case.summary_limit', {
      maxYuan: summaryMaxFen(state.rulebook, command.party) / 100,
    });
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

export function acknowledgePenaltyProposal(
  ctx: DecideContext,
  command: CommandOf<'acknowledge_penalty_proposal'>,
): CaseEvent[] {
  const { state, now, by } = ctx;
  if (!state.penaltyProposal || state.penaltyProposal.acknowledged)
    reject('case.wrong_stage', 'case.no_proposal_awaits');
  const role = requireFourEyes(ctx, 'take up the penalty proposal', state.penaltyProposal?.proposedBy);
  return [
    {
      type: 'penalty_proposal_acknowledged',
      at: now,
      by: by(role),
      note: command.note,
      ...(command.penaltyId ? { penaltyId: command.penaltyId } : {}),
    },
  ];
}

/** 涉嫌犯罪案件移送: a team of two or more officers reports to the head (国务院令第310号 第5条). */
export function reportTransfer(ctx: DecideContext, command: CommandOf<'report_transfer'>): CaseEvent[] {
  const { state, actor, now, by } = ctx;
  const role = requireHandler(ctx, 'report a transfer');
  const problem = transferReportProblem(command.team, command.facts, command.suspectedOffence);
  if (problem) reject('case.invalid', 'case.transfer_report_invalid', { reason: term(problem) });
  if (!command.team.some((m) => m.userId === actor.userId)) reject('case.invalid', 'case.reporter_in_team');
  if ((state.procedures ?? []).some((p) => p.kind === 'transfer' && p.status === 'open'))
    reject('case.wrong_stage', 'case.transfer_running');
  return [
    {
      type: 'transfer_reported',
      at: now,
      by: by(role),
      transferId: command.transferId,
      team: command.team,
      suspectedOffence: command.suspectedOffence,
      facts: command.facts,
      note: NO_PENALTY_INSTEAD,
    },
  ];
}

/**
 * What becomes of each hidden danger when a supervisor closes the case: closed out, corrected on the
 * spot, or handed to a penalty procedure opened on it that is still running; any other danger needs
 * a recorded reason, approved by the closing supervisor.
 */
export function dangerDispositions(state: CaseState): DangerDisposition[] {
  const running = (state.procedures ?? []).filter((p) => p.kind === 'penalty' && p.status === 'open');
  const proposal = state.penaltyProposal;
  return state.dangers.map((d) => {
    if (d.status !== 'open') return { dangerId: d.id, disposition: d.status, procedureId: null };
    const carried = proposal?.acknowledged && proposal.dangerIds.includes(d.id) ? running[0] : undefined;
    if (carried) return { dangerId: d.id, disposition: 'handed_to_procedure', procedureId: carried.id };
    return { dangerId: d.id, disposition: 'closed_with_reason', procedureId: null };
  });
}

export function closeCase(ctx: DecideContext, command: CommandOf<'close_case'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireFourEyes(ctx, 'close the case');
  const unsettled = state.measures.filter((m) => ['proposed', 'noticed', 'in_force'].includes(m.status));
  if (unsettled.length)
    reject('case.wrong_stage', 'case.measures_unsettled', { ids: listOf(unsettled.map((m) => m.id)) });
  if (state.penaltyProposal && !state.penaltyProposal.acknowledged)
    reject('case.wrong_stage', 'case.proposal_awaits');
  // A penalty procedure keeps its own file and closing approval; a transfer keeps the case open (and
  // its measures in force) until it ends (国务院令第310号).
  if ((state.procedures ?? []).some((p) => p.kind === 'transfer' && p.status === 'open'))
    reject('case.wrong_stage', 'case.transfer_blocks_closing');
  // A transfer started from inside one of its penalty cases is on the same facts: it blocks too.
  if (command.openTransfers?.length)
    reject('case.wrong_stage', 'case.penalty_transfer_blocks_closing', {
      ids: listOf(command.openTransfers),
    });
  // Issue #13 item 9: never closed over an open danger without a word.
  const reason = command.unrectifiedReason?.trim() ? command.unrectifiedReason.trim() : null;
  const dangers = dangerDispositions(state);
  const unaccounted = dangers.filter((d) => d.disposition === 'closed_with_reason').map((d) => d.dangerId);
  if (unaccounted.length && !reason)
    reject('case.invalid', 'case.close_unrectified', { ids: listOf(unaccounted) });
  return [
    {
      type: 'case_closed',
      at: now,
      by: by(role),
      reason: 'by_supervisor',
      note: command.note,
      dangers,
      unrectifiedReason: unaccounted.length ? reason : null,
    },
  ];
}
