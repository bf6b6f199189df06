import { DecisionDto, NoteDto } from '../cases/cases.dto';
import { OnDayDto } from '../procedures/procedures.dto';
import { individualOf } from '../procedures/procedures.dto';
import {
  AccidentExtensionDto,
  AppraisalStartDto,
  ReportingViolationDto,
  CasualtyUpdateDto,
  PassedUpDto,
  RectificationItemDto,
  ResultDto,
  SummaryDto,
  TeamDto,
} from './accidents.dto';
import { fen } from '../validation';
import { ACCIDENT_PROCEDURE } from '@safecase/domain';
import { actionsController, definedActions } from '../procedures/action-table';

const step = definedActions<'accident'>(ACCIDENT_PROCEDURE);

/**
 * The accident investigation's steps (国务院令第493号): paths, roles and audit names from
 * ACCIDENT_PROCEDURE (libs/domain); the rules are checked by the workflow.
 */
export const ACCIDENT_ACTIONS = {
  casualties: step('update_casualties', {
    summary: 'Record a casualty change (within 30 days; 7 for road traffic and fire): re-grades',
    body: CasualtyUpdateDto,
    build: ({ directLoss, ...dto }) => ({
      type: 'update_casualties',
      ...dto,
      directLossYuan: Math.floor(fen(directLoss) / 100),
    }),
  }),
  reportingViolation: step('record_reporting_violation', {
    summary:
      'Record a false (谎报) or concealed (瞒报) report: penalty cases on the principal and the unit follow',
    body: ReportingViolationDto,
    build: ({ principal, ...dto }) => ({
      type: 'record_reporting_violation',
      ...dto,
      ...(principal ? { principal: individualOf(principal) } : {}),
    }),
  }),
  startAppraisal: step('start_technical_appraisal', {
    summary: 'Record a technical appraisal started: the 60-day report clock stands still (第27条)',
    body: AppraisalStartDto,
    build: (dto) => ({ type: 'start_technical_appraisal', ...dto }),
  }),
  endAppraisal: step('end_technical_appraisal', {
    summary: 'Record the technical appraisal ended: the report clock runs on',
    body: OnDayDto,
    build: (dto) => ({ type: 'end_technical_appraisal', on: dto.on }),
  }),
  passedUp: step('record_passed_up', {
    summary: 'Record the report passed up to the next level (2 hours)',
    body: PassedUpDto,
    build: (dto) => ({ type: 'record_passed_up', ...dto }),
  }),
  handover: step('record_level_handover', {
    summary: 'Record that a re-graded accident went to the right level',
    body: NoteDto,
    build: (dto) => ({ type: 'record_level_handover', ...dto }),
  }),
  team: step('form_team', {
    summary: 'Form the investigation team',
    body: TeamDto,
    build: (dto) => ({ type: 'form_team', ...dto }),
  }),
  requestReportExtension: step('request_report_extension', {
    summary: 'Request more time for the report (once, at most 60 days)',
    body: AccidentExtensionDto,
    build: (dto) => ({ type: 'request_report_extension', ...dto }),
  }),
  decideReportExtension: step('decide_report_extension', {
    summary: 'Approve or refuse the report extension (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_report_extension', ...dto }),
  }),
  report: step('submit_report', {
    summary: 'Submit the investigation report',
    body: SummaryDto,
    build: (dto) => ({ type: 'submit_report', ...dto }),
  }),
  requestApprovalExtension: step('request_approval_extension', {
    summary: 'Request more time for the approval (especially major only)',
    body: AccidentExtensionDto,
    build: (dto) => ({ type: 'request_approval_extension', ...dto }),
  }),
  decideApprovalExtension: step('decide_approval_extension', {
    summary: 'Approve or refuse the approval extension (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_approval_extension', ...dto }),
  }),
  approve: step('approve_report', {
    summary: 'Record the approval (批复) of the report',
    body: NoteDto,
    build: (dto) => ({ type: 'approve_report', ...dto }),
  }),
  publish: step('record_publication', {
    summary: 'Record the publication of the report',
    body: OnDayDto,
    build: (dto) => ({ type: 'record_publication', publishedOn: dto.on }),
  }),
  addItem: step('add_rectification_item', {
    summary: 'Add a rectification and prevention measure (supervised as its own item)',
    body: RectificationItemDto,
    build: (dto, ctx) => ({ type: 'add_rectification_item', itemId: ctx.newId('item'), ...dto }),
  }),
  evaluate: step('record_evaluation', {
    summary: 'Record the evaluation (open items go to accountability)',
    body: ResultDto,
    build: (dto) => ({ type: 'record_evaluation', ...dto }),
  }),
  publishEvaluation: step('publish_evaluation', {
    summary: 'Record the publication of the evaluation',
    body: OnDayDto,
    build: (dto) => ({ type: 'publish_evaluation', publishedOn: dto.on }),
  }),
  close: step('close_accident', {
    summary: 'Close the accident file',
    body: NoteDto,
    build: (dto) => ({ type: 'close_accident', ...dto }),
  }),
};

export const AccidentActionsController = actionsController('accidents', 'accident', ACCIDENT_ACTIONS);
