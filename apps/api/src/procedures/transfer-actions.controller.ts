import { DecisionDto, NoteDto } from '../cases/cases.dto';
import {
  HandoverDto,
  OnDayDto,
  PoliceDecisionDto,
  ProcuratorateOutcomeDto,
  ReconsiderationAnswerDto,
} from './procedures.dto';
import { TRANSFER_PROCEDURE } from '@safecase/domain';
import { SendingDto } from './transfer.dto';
import { actionsController, definedActions } from './action-table';

const step = definedActions<'transfer'>(TRANSFER_PROCEDURE);

/**
 * Transfer to public security (国务院令第310号): the head decides, officers record each answer. Paths,
 * roles and audit names from TRANSFER_PROCEDURE (libs/domain).
 */
export const TRANSFER_ACTIONS = {
  decide: step('decide_transfer', {
    summary: 'The head decides on the transfer (3 days)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_transfer', ...dto }),
  }),
  send: step('record_sending', {
    summary: 'Record the transfer sent to public security (24 hours), with the package of 第6条',
    body: SendingDto,
    build: (dto) => ({
      type: 'record_sending',
      sentOn: dto.on,
      package: dto.package,
      ...(dto.policeOrgan !== undefined ? { policeOrgan: dto.policeOrgan } : {}),
    }),
  }),
  police: step('record_police_decision', {
    summary: 'Record the police decision (3 days)',
    body: PoliceDecisionDto,
    build: (dto) => ({ type: 'record_police_decision', ...dto }),
  }),
  reconsider: step('request_reconsideration', {
    summary: 'Request reconsideration of a refusal (3 days)',
    body: OnDayDto,
    build: (dto) => ({ type: 'request_reconsideration', on: dto.on }),
  }),
  reconsiderationAnswer: step('record_reconsideration_answer', {
    summary: 'Record the answer to the reconsideration',
    body: ReconsiderationAnswerDto,
    build: (dto) => ({ type: 'record_reconsideration_answer', ...dto }),
  }),
  procuratorate: step('request_procuratorate_supervision', {
    summary: 'Request procuratorate supervision (3 days), directly after a refusal or after reconsideration',
    body: OnDayDto,
    build: (dto) => ({ type: 'request_procuratorate_supervision', on: dto.on }),
  }),
  procuratorateOutcome: step('record_procuratorate_outcome', {
    summary: 'Record the outcome of the supervision',
    body: ProcuratorateOutcomeDto,
    build: (dto) => ({ type: 'record_procuratorate_outcome', ...dto }),
  }),
  handover: step('record_handover', {
    summary: 'Record items and files handed over (3 days after filing)',
    body: HandoverDto,
    build: (dto) => ({ type: 'record_handover', ...dto }),
  }),
  close: step('close_transfer', {
    summary: 'Close a transfer the police did not file',
    body: NoteDto,
    build: (dto) => ({ type: 'close_transfer', ...dto }),
  }),
};

export const TransferActionsController = actionsController('transfers', 'transfer', TRANSFER_ACTIONS);
