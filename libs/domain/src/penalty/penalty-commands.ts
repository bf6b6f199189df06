import type { ServiceInput } from '../service/service-record';
import type { IsoDate } from '../calendar/iso-date';
import type {
  ClosureGround,
  HearingMinutes,
  IntendedPenalty,
  PartyStatement,
  PenaltyState,
  PreservedEvidence,
  Remedy,
} from './penalty-types';

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
  | { type: 'request_evidence_preservation'; description: string }
  | { type: 'decide_evidence_preservation'; evidenceId: string; approve: boolean; note: string }
  | { type: 'register_evidence'; evidenceId: string; registeredOn: IsoDate }
  | {
      type: 'handle_evidence';
      evidenceId: string;
      outcome: NonNullable<PreservedEvidence['handling']>['outcome'];
      note: string;
    }
  | ({
      type: 'serve_notice';
      /** The 送达回证's facts; the defence and hearing-request periods start from its effective day. */
      service?: ServiceInput;
      /** Histories recorded before service records carry only the day. */
      servedOn?: IsoDate;
      /**
       * Set by the workflow (never by a client) once it issues the 听证告知书 beside the notice
       * (`patched('hearing-right-notice')`): runs recorded before replay without it.
       */
      hearingRightNotice?: boolean;
    } & IntendedPenalty)
  | { type: 'request_hearing'; requestedOn: IsoDate }
  | {
      type: 'schedule_hearing';
      date: IsoDate;
      chair: string;
      /** The hour it starts, `HH:mm` China time (第64条(二): the time and place are notified). */
      time?: string;
      place?: string;
    }
  | {
      type: 'record_hearing';
      outcome: 'held' | 'waived';
      /** The hearing record (第64条(八)); required when the hearing was held. */
      minutes?: Omit<HearingMinutes, 'on'>;
    }
  | {
      type: 'record_statement';
      receivedOn: IsoDate;
      form: PartyStatement['form'];
      content: string;
    }
  | {
      type: 'review_statement';
      statementId: string;
      adopted: string;
      notAdopted: string;
      reasons: string;
    }
  | { type: 'submit_for_decision' }
  | { type: 'record_legal_review'; passed: boolean; opinion: string }
  | { type: 'record_deliberation'; participants: string[]; conclusion: string }
  | { type: 'pause_decision_clock'; reason: 'appraisal' }
  | { type: 'resume_decision_clock' }
  | { type: 'request_decision_extension'; days: number; reason: string }
  | { type: 'decide_decision_extension'; approve: boolean; note: string }
  | ({
      type: 'decide_penalty';
      /**
       * Judicial transfers open on the same facts, looked up by the workflow before it decides (never
       * sent by a client): a penalty never replaces a transfer (行政处罚法 第27条).
       */
      openTransfers?: string[];
    } & IntendedPenalty)
  | {
      type: 'record_service';
      /** Given by histories before the record was required; now taken from `record`. */
      servedOn?: IsoDate;
      method?: NonNullable<PenaltyState['service']>['method'];
      /** The service record (service/service-record.ts); its effective day is what the periods count from. */
      record?: ServiceInput;
    }
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
  | {
      type: 'record_correction_refusal';
      correctionOrderedOn: IsoDate;
      reinspectedOn: IsoDate;
      finding: string;
    }
  | {
      type: 'serve_continuing_fine_notice';
      service?: ServiceInput;
      servedOn?: IsoDate;
      asOf: IsoDate;
      /** As for `serve_notice`: set by the workflow, never by a client. */
      hearingRightNotice?: boolean;
    }
  | { type: 'impose_continuing_fine' }
  | { type: 'record_closure_ground'; ground: Exclude<ClosureGround, 'repeat_penalties'>; facts: string }
  | { type: 'record_payment'; paidOn: IsoDate; amountFen: number }
  | { type: 'serve_demand'; service?: ServiceInput; servedOn?: IsoDate }
  | {
      type: 'apply_court_enforcement';
      filedOn: IsoDate;
      /** The people's court applied to (行政强制法 第54条: where the agency sits, or the property lies). */
      court?: string;
    }
  | { type: 'submit_closure_proposal'; note: string }
  | { type: 'propose_closing'; reason: string }
  | { type: 'decide_closing'; approve: boolean; note: string };

export type PenaltyCommandType = PenaltyCommand['type'];
export type PenaltyCommandOf<T extends PenaltyCommandType> = Extract<PenaltyCommand, { type: T }>;
