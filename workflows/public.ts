// What code outside the sandbox (API, worker, tests) may import from workflows/: message
// definitions, activity interfaces, search attributes. Never the workflow functions' runtime.
export * from './search-attributes';
export * from './request-id';
export * from './enforcement-case.messages';
export type { EnforcementCaseActivities, ProjectCaseInput } from './enforcement-case.activities';
export type { enforcementCaseWorkflow } from './enforcement-case.workflow';
export * from './procedure.messages';
export type { ProcedureActivities, ProcedureRecord, ProjectProcedureInput } from './procedure.activities';
export type { penaltyProcedureWorkflow } from './penalty-procedure.workflow';
export type { judicialTransferWorkflow } from './judicial-transfer.workflow';
export * from './accident.messages';
export type { accidentInvestigationWorkflow } from './accident-investigation.workflow';
export type { rectificationItemWorkflow } from './rectification-item.workflow';
