// Entry point of the workflow bundle: every workflow type the worker serves.
export { enforcementCaseWorkflow } from './enforcement-case.workflow';
export { penaltyProcedureWorkflow } from './penalty-procedure.workflow';
export { judicialTransferWorkflow } from './judicial-transfer.workflow';
export { accidentInvestigationWorkflow } from './accident-investigation.workflow';
export { rectificationItemWorkflow } from './rectification-item.workflow';
export { calendarReplanWorkflow } from './calendar-replan.workflow';
