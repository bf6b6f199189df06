import type { IsoDate } from '../calendar/iso-date';
import type { IntendedPenalty, PenaltyState, PreservedEvidence, Remedy } from './penalty-types';

/** Human decisions in a penalty case; each arrives as one workflow Update. */
export type PenaltyCommand =
  | {
      type: 'decide_filing';
      approve: boolean;
      note: string;
      complex?: boolean;
      majorPublicInterest?: boolean;
      /** The day the act was committed, or ended if continuing: checked against the limitation (第36条). */
      actOn?: IsoDate;
      /** Life or health was at stake and harm followed: the 5-year limitation applies (第36条). */
      lifeOrHealthHarmed?: boolean;
    }
  | { type: 'register_evidence'; description: string; registeredOn: IsoDate }
  | {
      type: 'handle_evidence';
      evidenceId: string;
      outcome: NonNullable<PreservedEvidence['handling']>['outcome'];
      note: string;
    }
  | ({ type: 'serve_notice'; servedOn: IsoDate } & IntendedPenalty)
  | { type: 'request_hearing'; requestedOn: IsoDate }
  | { type: 'schedule_hearing'; date: IsoDate; chair: string }
  | { type: 'record_hearing'; outcome: 'held' | 'waived' }
  | { type: 'submit_for_decision' }
  | { type: 'record_legal_review'; passed: boolean; opinion: string }
  | { type: 'record_deliberation'; participants: string[]; conclusion: string }
  | { type: 'pause_decision_clock'; reason: 'appraisal' }
  | { type: 'resume_decision_clock' }
  | { type: 'request_decision_extension'; days: number; reason: string }
  | { type: 'decide_decision_extension'; approve: boolean; note: string }
  | ({ type: 'decide_penalty' } & IntendedPenalty)
  | { type: 'record_service'; servedOn: IsoDate; method: NonNullable<PenaltyState['service']>['method'] }
  | { type: 'record_publication'; publishedOn: IsoDate }
  | { type: 'record_publication_withdrawal'; withdrawnOn: IsoDate }
  | { type: 'record_remedy'; kind: Remedy['kind']; filedOn: IsoDate }
  | {
      type: 'record_remedy_outcome';
      kind: Remedy['kind'];
      endedOn: IsoDate;
      outcome: NonNullable<Remedy['outcome']>;
      newFineFen?: number;
    }
  | { type: 'impose_continuing_fine'; correctionOrderedOn: IsoDate; asOf: IsoDate }
  | { type: 'record_payment'; paidOn: IsoDate; amountFen: number }
  | { type: 'serve_demand'; servedOn: IsoDate }
  | { type: 'apply_court_enforcement'; filedOn: IsoDate }
  | { type: 'submit_closure_proposal'; note: string }
  | { type: 'propose_closing'; reason: string }
  | { type: 'decide_closing'; approve: boolean; note: string };

export type PenaltyCommandType = PenaltyCommand['type'];
export type PenaltyCommandOf<T extends PenaltyCommandType> = Extract<PenaltyCommand, { type: T }>;
