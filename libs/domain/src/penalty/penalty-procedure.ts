import { chinaDateOf } from '../calendar/china-time';
import { computeDeadline } from '../calendar/deadline';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import { fourEyesViolation } from '../identity/four-eyes';
import type { Rulebook } from '../rulebook/rulebook';
import { CaseRejection } from '../enforcement/case-rejection';
import type { CaseActor } from '../enforcement/case-types';
import {
  defenceEnds,
  earliestHearingDay,
  hearingRequestEnds,
  hearingRight,
  penaltyRose,
  type Party,
  type Sanction,
} from './penalty-rules';

/**
 * 行政处罚一般程序 (DOMAIN §3.6) as a pure decide/apply pair, the core the `penaltyProcedure` workflow
 * (issue #5) will orchestrate: filing with approval, notice of the intended penalty, statement and
 * defence, hearing, legal review, decision (no heavier than noticed), service.
 */
export type PenaltyStage =
  'proposed' | 'filed' | 'notified' | 'hearing_scheduled' | 'in_review' | 'decided' | 'served' | 'not_filed';

export interface IntendedPenalty {
  sanctions: Sanction[];
  fineFen: number;
  facts: string;
  legalBasis: string;
}

export interface PenaltyState {
  penaltyId: string;
  agencyId: string;
  party: Party;
  partyName: string;
  rulebook: Rulebook;
  stage: PenaltyStage;
  proposedBy: string;
  /** The investigators (承办人): never the hearing chair, the legal reviewer or the approver. */
  handlers: string[];
  filedOn: IsoDate | null;
  notice:
    | (IntendedPenalty & {
        servedOn: IsoDate;
        defenceEnds: IsoDate;
        hearingRight: boolean;
        hearingRequestEnds: IsoDate | null;
      })
    | null;
  hearing: {
    requestedOn: IsoDate;
    date: IsoDate | null;
    chair: string | null;
    outcome: 'held' | 'waived' | null;
  } | null;
  /** 法制审核 (第58条): always required here before a decision in the general procedure (agency practice). */
  review: {
    submittedBy: string;
    rounds: { reviewer: string; passed: boolean; opinion: string; on: IsoDate }[];
  } | null;
  decision: (IntendedPenalty & { decidedOn: IsoDate; decidedBy: string }) | null;
  servedOn: IsoDate | null;
}

export type PenaltyCommand =
  | { type: 'approve_filing'; approve: boolean; note: string }
  | ({ type: 'issue_notice'; servedOn: IsoDate } & IntendedPenalty)
  | { type: 'request_hearing'; requestedOn: IsoDate }
  | { type: 'schedule_hearing'; date: IsoDate; chair: string }
  | { type: 'record_hearing'; outcome: 'held' | 'waived' }
  | { type: 'submit_for_review' }
  | { type: 'review'; passed: boolean; opinion: string }
  | ({ type: 'decide' } & IntendedPenalty)
  | { type: 'record_service'; servedOn: IsoDate };

const reject = (code: CaseRejection['code'], message: string): never => {
  throw new CaseRejection(code, message);
};

function needRole(actor: CaseActor, roles: string[], what: string): void {
  if (!roles.some((r) => actor.roles.includes(r)))
    reject('auth.forbidden', `${what} needs the role ${roles.join(' or ')}`);
}

function needStage(state: PenaltyState, stages: PenaltyStage[], what: string): void {
  if (!stages.includes(state.stage))
    reject('case.wrong_stage', `cannot ${what} while the penalty case is ${state.stage}`);
}

function needDate(value: string, field: string): void {
  if (!isIsoDate(value)) reject('case.invalid', `${field} must be a calendar date YYYY-MM-DD`);
}

export function proposePenalty(input: {
  penaltyId: string;
  agencyId: string;
  party: Party;
  partyName: string;
  rulebook: Rulebook;
  proposedBy: CaseActor;
  handlers: string[];
}): PenaltyState {
  return {
    penaltyId: input.penaltyId,
    agencyId: input.agencyId,
    party: input.party,
    partyName: input.partyName,
    rulebook: input.rulebook,
    stage: 'proposed',
    proposedBy: input.proposedBy.userId,
    handlers: [...new Set([input.proposedBy.userId, ...input.handlers])],
    filedOn: null,
    notice: null,
    hearing: null,
    review: null,
    decision: null,
    servedOn: null,
  };
}

/**
 * Checks a command and returns the next state, or throws a CaseRejection. One step per command, so
 * the workflow's update validator can run it on a copy and the handler for real.
 */
export function decidePenalty(
  state: PenaltyState,
  command: PenaltyCommand,
  actor: CaseActor,
  now: number,
  calendar: WorkCalendar,
): PenaltyState {
  if (actor.agencyId !== state.agencyId) reject('case.not_found', 'no such penalty case in your agency');
  const today = chinaDateOf(now);
  switch (command.type) {
    case 'approve_filing': {
      needStage(state, ['proposed'], 'decide on filing');
      needRole(actor, ['head', 'supervisor'], 'approving 立案');
      const why = fourEyesViolation(actor, { proposedBy: state.proposedBy, handlers: state.handlers });
      if (why) reject('auth.four_eyes', `approving 立案: ${why}`);
      return command.approve
        ? { ...state, stage: 'filed', filedOn: today }
        : { ...state, stage: 'not_filed' };
    }
    case 'issue_notice': {
      needStage(state, ['filed'], 'issue the notice of the intended penalty');
      needRole(actor, ['officer'], 'the notice');
      needDate(command.servedOn, 'servedOn');
      if (command.servedOn > today) reject('case.invalid', 'the notice cannot be served in the future');
      if (command.sanctions.length === 0) reject('case.invalid', 'name at least one sanction');
      if (command.sanctions.includes('fine') !== command.fineFen > 0)
        reject('case.invalid', 'a fine needs an amount, and only a fine');
      const right = hearingRight(state.rulebook, state.party, command.sanctions, command.fineFen);
      return {
        ...state,
        stage: 'notified',
        notice: {
          sanctions: command.sanctions,
          fineFen: command.fineFen,
          facts: command.facts,
          legalBasis: command.legalBasis,
          servedOn: command.servedOn,
          defenceEnds: defenceEnds(calendar, state.rulebook, command.servedOn),
          hearingRight: right,
          hearingRequestEnds: right ? hearingRequestEnds(calendar, state.rulebook, command.servedOn) : null,
        },
      };
    }
    case 'request_hearing': {
      needStage(state, ['notified'], 'record a hearing request');
      needRole(actor, ['officer'], 'recording a hearing request');
      needDate(command.requestedOn, 'requestedOn');
      const notice = state.notice!;
      if (!notice.hearingRight)
        reject('case.invalid', 'this penalty carries no hearing right (行政处罚法 第63条)');
      if (command.requestedOn > notice.hearingRequestEnds!) {
        reject(
          'case.invalid',
          `a hearing had to be requested by ${notice.hearingRequestEnds} (行政处罚法 第64条)`,
        );
      }
      return {
        ...state,
        hearing: { requestedOn: command.requestedOn, date: null, chair: null, outcome: null },
      };
    }
    case 'schedule_hearing': {
      needStage(state, ['notified'], 'schedule the hearing');
      needRole(actor, ['officer', 'supervisor', 'head'], 'scheduling the hearing');
      if (!state.hearing) reject('case.wrong_stage', 'no hearing was requested');
      needDate(command.date, 'date');
      if (state.handlers.includes(command.chair)) {
        reject(
          'auth.four_eyes',
          'the hearing is chaired by someone other than the investigators (行政处罚法 第64条)',
        );
      }
      const earliest = earliestHearingDay(calendar, state.rulebook, today);
      if (command.date < earliest)
        reject('case.invalid', `notified today, the hearing can be held on ${earliest} at the earliest`);
      return {
        ...state,
        stage: 'hearing_scheduled',
        hearing: { ...state.hearing!, date: command.date, chair: command.chair },
      };
    }
    case 'record_hearing': {
      needStage(state, ['hearing_scheduled'], 'record the hearing');
      if (actor.userId !== state.hearing?.chair)
        reject('auth.forbidden', 'the hearing is recorded by its chair');
      if (today < state.hearing!.date!)
        reject('case.wrong_stage', `the hearing is on ${state.hearing!.date}`);
      // 第64条: a party absent without good reason has waived the hearing.
      return { ...state, stage: 'notified', hearing: { ...state.hearing!, outcome: command.outcome } };
    }
    case 'submit_for_review': {
      needStage(state, ['notified'], 'submit for legal review');
      needRole(actor, ['officer'], 'submitting for legal review');
      const notice = state.notice!;
      if (today <= notice.defenceEnds)
        reject('case.wrong_stage', `the statement and defence period runs until ${notice.defenceEnds}`);
      if (state.hearing && state.hearing.outcome === null)
        reject('case.wrong_stage', 'the requested hearing has not taken place');
      if (!state.hearing && notice.hearingRight && today <= notice.hearingRequestEnds!) {
        reject('case.wrong_stage', `the party may request a hearing until ${notice.hearingRequestEnds}`);
      }
      return {
        ...state,
        stage: 'in_review',
        review: { submittedBy: actor.userId, rounds: state.review?.rounds ?? [] },
      };
    }
    case 'review': {
      needStage(state, ['in_review'], 'review');
      needRole(actor, ['legal_reviewer'], 'legal review');
      const why = fourEyesViolation(actor, {
        proposedBy: state.review?.submittedBy,
        handlers: state.handlers,
      });
      if (why) reject('auth.four_eyes', `legal review: ${why}`);
      if (!command.passed && !command.opinion.trim())
        reject('case.invalid', 'a returned review needs its written opinion');
      const rounds = [
        ...(state.review?.rounds ?? []),
        { reviewer: actor.userId, passed: command.passed, opinion: command.opinion, on: today },
      ];
      // Returned: back to the handlers with the opinion, to be corrected and submitted again.
      return {
        ...state,
        stage: command.passed ? 'in_review' : 'notified',
        review: { ...state.review!, rounds },
      };
    }
    case 'decide': {
      needStage(state, ['in_review'], 'decide');
      needRole(actor, ['head', 'supervisor'], 'the penalty decision');
      const last = state.review?.rounds.at(-1);
      if (!last?.passed)
        reject('case.wrong_stage', 'no decision without a passed legal review (行政处罚法 第58条)');
      const why = fourEyesViolation(actor, { handlers: state.handlers });
      if (why) reject('auth.four_eyes', `the decision: ${why}`);
      const rose = penaltyRose(state.notice!, command);
      if (rose) reject('case.invalid', `${rose} (行政处罚法 第45条)`);
      const due = computeDeadline(
        calendar,
        state.filedOn!,
        state.rulebook.rules['decision.due']?.amount ?? 90,
        'calendar_days',
      ).due;
      if (today > due)
        reject(
          'case.wrong_stage',
          `the decision was due by ${due}: an approved extension is needed (第60条)`,
        );
      return {
        ...state,
        stage: 'decided',
        decision: {
          sanctions: command.sanctions,
          fineFen: command.fineFen,
          facts: command.facts,
          legalBasis: command.legalBasis,
          decidedOn: today,
          decidedBy: actor.userId,
        },
      };
    }
    case 'record_service': {
      needStage(state, ['decided'], 'record service');
      needRole(actor, ['officer'], 'recording service');
      needDate(command.servedOn, 'servedOn');
      if (command.servedOn < state.decision!.decidedOn || command.servedOn > today)
        reject('case.invalid', 'served between the decision and today');
      return { ...state, stage: 'served', servedOn: command.servedOn };
    }
  }
}

/** The payment deadline once served: 15 calendar days (行政处罚法 第67条). */
export function paymentDue(state: PenaltyState, calendar: WorkCalendar): IsoDate | null {
  if (!state.servedOn) return null;
  return computeDeadline(
    calendar,
    state.servedOn,
    state.rulebook.rules['payment.due']?.amount ?? 15,
    'calendar_days',
  ).due;
}
