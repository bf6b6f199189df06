// What code outside the sandbox (API, worker, tests) may import from workflows/: message
// definitions and activity interfaces. Never the workflow functions' runtime. (Search attributes and
// the request-id header key live in @safecase/temporal/shared, workflow ids in @safecase/domain.)
export * from './enforcement-case.messages';
export type { EnforcementCaseActivities, ProjectCaseInput } from './enforcement-case.activities';
export type { enforcementCaseWorkflow } from './enforcement-case.workflow';
export * from './procedure.messages';
export type {
  CaseRecord,
  ProcedureActivities,
  ProcedureRecord,
  ProjectionRecord,
  ProjectProcedureInput,
} from './procedure.activities';
export type { penaltyProcedureWorkflow } from './penalty-procedure.workflow';
export type { judicialTransferWorkflow } from './judicial-transfer.workflow';
export * from './accident.messages';
export type { accidentInvestigationWorkflow } from './accident-investigation.workflow';
export type { rectificationItemWorkflow } from './rectification-item.workflow';
export * from './calendar-replan.messages';
export type { CalendarReplanActivities } from './calendar-replan.activities';
export type { calendarReplanWorkflow } from './calendar-replan.workflow';
