import type { DocumentFacts } from '@safecase/persistence';
import { ACCIDENT_FORMS } from './forms/accident';
import { ITEM_FORMS } from './forms/accident-item';
import { closingApproval } from './forms/closing-approval';
import { courtEnforcement } from './forms/court-enforcement';
import { generic } from './forms/generic';
import { hearingNotice } from './forms/hearing-notice';
import { hearingRecord } from './forms/hearing-record';
import { hearingRightNotice } from './forms/hearing-right-notice';
import { inspectionRecord } from './forms/inspection-record';
import { paymentDemand } from './forms/payment-demand';
import { penaltyDecision } from './forms/penalty-decision';
import { penaltyNotice } from './forms/penalty-notice';
import { rectificationOrder } from './forms/rectification-order';
import { reinspectionOpinion } from './forms/reinspection-opinion';
import { seizureDecision, seizureInventory } from './forms/seizure';
import { serviceReceipt } from './forms/service-receipt';
import {
  transferAppraisal,
  transferInvestigationReport,
  transferItemInventory,
  transferLetter,
} from './forms/transfer';
import { baseView, textsOf, type DocumentView, type Form } from './forms/view';

export { chineseDay, chineseInstant } from './forms/facts';
export type { DocumentView, Signatures } from './forms/view';

/** The forms whose statute says what they contain (forms/*.ts); every other type prints generically. */
const FORMS: Record<string, Form> = {
  inspection_record: inspectionRecord,
  rectification_order: rectificationOrder,
  seizure_decision: seizureDecision,
  seizure_inventory: seizureInventory,
  penalty_notice: penaltyNotice,
  penalty_decision: penaltyDecision,
  payment_demand: paymentDemand,
  court_enforcement_application: courtEnforcement,
  closing_approval: closingApproval,
  transfer_letter: transferLetter,
  transfer_investigation_report: transferInvestigationReport,
  transfer_item_inventory: transferItemInventory,
  transfer_appraisal: transferAppraisal,
  service_receipt: serviceReceipt,
  reinspection_opinion: reinspectionOpinion,
  hearing_right_notice: hearingRightNotice,
  hearing_notice: hearingNotice,
  hearing_record: hearingRecord,
  ...ACCIDENT_FORMS,
  ...ITEM_FORMS,
};

/** What a printed document says, built only from its frozen facts (nothing is retyped). */
export function documentView(f: DocumentFacts): DocumentView {
  const texts = textsOf(f);
  const form = Object.prototype.hasOwnProperty.call(FORMS, f.documentType) ? FORMS[f.documentType]! : generic;
  return form(f, baseView(f, texts), texts);
}
