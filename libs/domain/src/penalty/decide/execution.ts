// After the decision: service (行政处罚法 第61条), publication and withdrawal (安全生产法 第78条,
// 行政处罚法 第48条), remedies and the surcharge pause (第73条), payment (第67条), written demand and
// court enforcement (行政强制法 第53–54条), continuing fines (安全生产法 第112条), closure proposal
// (第113条) and closing approval.
//
// One file per idea; this one gathers them for penalty-decide.ts.
export { recordService, recordPublication, recordWithdrawal } from './service-and-publication';
export { recordRemedy, recordRemedyOutcome } from './remedies';
export { recordCorrectionRefusal, serveContinuingFineNotice, imposeContinuingFine } from './continuing-fine';
export { recordPayment, serveDemand, applyCourtEnforcement } from './payment-and-enforcement';
export {
  recordClosureGround,
  submitClosureProposal,
  closingBlocker,
  proposeClosing,
  decideClosing,
} from './closing';
