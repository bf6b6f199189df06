import { DecisionDto, NoteDto } from '../cases/cases.dto';
import { OnDayDto } from '../procedures/procedures.dto';
import {
  AccidentExtensionDto,
  CasualtyUpdateDto,
  PassedUpDto,
  RectificationItemDto,
  ResultDto,
  SummaryDto,
  TeamDto,
} from './accidents.dto';
import { fen } from '../validation';
import { action, actionsController } from '../procedures/action-table';

/** The accident investigation's steps (国务院令第493号); rules are checked by the workflow. */
export const ACCIDENT_ACTIONS = {
  casualties: action<'accident', CasualtyUpdateDto>({
    path: 'casualties',
    roles: ['officer'],
    command: 'accident.casualties',
    summary: 'Record a casualty change (within 30 days; 7 for road traffic and fire): re-grades',
    body: CasualtyUpdateDto,
    build: ({ directLoss, ...dto }) => ({
      type: 'update_casualties',
      ...dto,
      directLossYuan: Math.floor(fen(directLoss) / 100),
    }),
  }),
  passedUp: action<'accident', PassedUpDto>({
    path: 'report-passed-up',
    roles: ['officer'],
    command: 'accident.passed_up',
    summary: 'Record the report passed up to the next level (2 hours)',
    body: PassedUpDto,
    build: (dto) => ({ type: 'record_passed_up', ...dto }),
  }),
  handover: action<'accident', NoteDto>({
    path: 'level-handover',
    roles: ['head'],
    command: 'accident.level_handover',
    summary: 'Record that a re-graded accident went to the right level',
    body: NoteDto,
    build: (dto) => ({ type: 'record_level_handover', ...dto }),
  }),
  team: action<'accident', TeamDto>({
    path: 'team',
    roles: ['supervisor', 'head'],
    command: 'accident.team',
    summary: 'Form the investigation team',
    body: TeamDto,
    build: (dto) => ({ type: 'form_team', ...dto }),
  }),
  requestReportExtension: action<'accident', AccidentExtensionDto>({
    path: 'report-extension',
    roles: ['officer'],
    command: 'accident.report_extension.request',
    summary: 'Request more time for the report (once, at most 60 days)',
    body: AccidentExtensionDto,
    build: (dto) => ({ type: 'request_report_extension', ...dto }),
  }),
  decideReportExtension: action<'accident', DecisionDto>({
    path: 'report-extension/decision',
    roles: ['supervisor', 'head'],
    command: 'accident.report_extension.decide',
    summary: 'Approve or refuse the report extension (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_report_extension', ...dto }),
  }),
  report: action<'accident', SummaryDto>({
    path: 'report',
    roles: ['officer'],
    command: 'accident.report',
    summary: 'Submit the investigation report',
    body: SummaryDto,
    build: (dto) => ({ type: 'submit_report', ...dto }),
  }),
  requestApprovalExtension: action<'accident', AccidentExtensionDto>({
    path: 'approval-extension',
    roles: ['officer'],
    command: 'accident.approval_extension.request',
    summary: 'Request more time for the approval (especially major only)',
    body: AccidentExtensionDto,
    build: (dto) => ({ type: 'request_approval_extension', ...dto }),
  }),
  decideApprovalExtension: action<'accident', DecisionDto>({
    path: 'approval-extension/decision',
    roles: ['supervisor', 'head'],
    command: 'accident.approval_extension.decide',
    summary: 'Approve or refuse the approval extension (four-eyes)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_approval_extension', ...dto }),
  }),
  approve: action<'accident', NoteDto>({
    path: 'approval',
    roles: ['head'],
    command: 'accident.approval',
    summary: 'Record the approval (批复) of the report',
    body: NoteDto,
    build: (dto) => ({ type: 'approve_report', ...dto }),
  }),
  publish: action<'accident', OnDayDto>({
    path: 'publication',
    roles: ['officer'],
    command: 'accident.publication',
    summary: 'Record the publication of the report',
    body: OnDayDto,
    build: (dto) => ({ type: 'record_publication', publishedOn: dto.on }),
  }),
  addItem: action<'accident', RectificationItemDto>({
    path: 'rectification-items',
    roles: ['officer'],
    command: 'accident.item.add',
    summary: 'Add a rectification and prevention measure (supervised as its own item)',
    body: RectificationItemDto,
    build: (dto, ctx) => ({ type: 'add_rectification_item', itemId: ctx.newId('item'), ...dto }),
  }),
  evaluate: action<'accident', ResultDto>({
    path: 'evaluation',
    roles: ['supervisor', 'head'],
    command: 'accident.evaluation',
    summary: 'Record the evaluation (open items go to accountability)',
    body: ResultDto,
    build: (dto) => ({ type: 'record_evaluation', ...dto }),
  }),
  publishEvaluation: action<'accident', OnDayDto>({
    path: 'evaluation/publication',
    roles: ['officer'],
    command: 'accident.evaluation.publish',
    summary: 'Record the publication of the evaluation',
    body: OnDayDto,
    build: (dto) => ({ type: 'publish_evaluation', publishedOn: dto.on }),
  }),
  close: action<'accident', NoteDto>({
    path: 'closure',
    roles: ['supervisor', 'head'],
    command: 'accident.close',
    summary: 'Close the accident file',
    body: NoteDto,
    build: (dto) => ({ type: 'close_accident', ...dto }),
  }),
};

export const AccidentActionsController = actionsController('accidents', 'accident', ACCIDENT_ACTIONS);
