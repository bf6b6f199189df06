// Entry point of the workflow bundle: every workflow type the worker serves.
export { pingWorkflow } from './ping.workflow';
export { enforcementCaseWorkflow } from './enforcement-case.workflow';
