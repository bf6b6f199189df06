import { DecisionDto, NoteDto } from '../cases/cases.dto';
import {
  HandoverDto,
  OnDayDto,
  PoliceDecisionDto,
  ProcuratorateOutcomeDto,
  ReconsiderationAnswerDto,
} from './procedures.dto';
import { action, actionsController } from './action-table';

/** Transfer to public security (国务院令第310号): the head decides, officers record each answer. */
export const TRANSFER_ACTIONS = {
  decide: action<'transfer', DecisionDto>({
    path: 'decision',
    roles: ['head'],
    command: 'transfer.decide',
    summary: 'The head decides on the transfer (3 days)',
    body: DecisionDto,
    build: (dto) => ({ type: 'decide_transfer', ...dto }),
  }),
  send: action<'transfer', OnDayDto>({
    path: 'sending',
    roles: ['officer'],
    command: 'transfer.send',
    summary: 'Record the transfer sent to public security (24 hours)',
    body: OnDayDto,
    build: (dto) => ({ type: 'record_sending', sentOn: dto.on }),
  }),
  police: action<'transfer', PoliceDecisionDto>({
    path: 'police-decision',
    roles: ['officer'],
    command: 'transfer.police_decision',
    summary: 'Record the police decision (3 days)',
    body: PoliceDecisionDto,
    build: (dto) => ({ type: 'record_police_decision', ...dto }),
  }),
  reconsider: action<'transfer', OnDayDto>({
    path: 'reconsideration',
    roles: ['officer'],
    command: 'transfer.reconsideration',
    summary: 'Request reconsideration of a refusal (3 days)',
    body: OnDayDto,
    build: (dto) => ({ type: 'request_reconsideration', on: dto.on }),
  }),
  reconsiderationAnswer: action<'transfer', ReconsiderationAnswerDto>({
    path: 'reconsideration/answer',
    roles: ['officer'],
    command: 'transfer.reconsideration.answer',
    summary: 'Record the answer to the reconsideration',
    body: ReconsiderationAnswerDto,
    build: (dto) => ({ type: 'record_reconsideration_answer', ...dto }),
  }),
  procuratorate: action<'transfer', OnDayDto>({
    path: 'procuratorate',
    roles: ['officer'],
    command: 'transfer.procuratorate',
    summary: 'Request procuratorate supervision (3 days)',
    body: OnDayDto,
    build: (dto) => ({ type: 'request_procuratorate_supervision', on: dto.on }),
  }),
  procuratorateOutcome: action<'transfer', ProcuratorateOutcomeDto>({
    path: 'procuratorate/outcome',
    roles: ['officer'],
    command: 'transfer.procuratorate.outcome',
    summary: 'Record the outcome of the supervision',
    body: ProcuratorateOutcomeDto,
    build: (dto) => ({ type: 'record_procuratorate_outcome', ...dto }),
  }),
  handover: action<'transfer', HandoverDto>({
    path: 'handover',
    roles: ['officer'],
    command: 'transfer.handover',
    summary: 'Record items and files handed over (3 days after filing)',
    body: HandoverDto,
    build: (dto) => ({ type: 'record_handover', ...dto }),
  }),
  close: action<'transfer', NoteDto>({
    path: 'closure',
    roles: ['supervisor', 'head'],
    command: 'transfer.close',
    summary: 'Close a transfer the police did not file',
    body: NoteDto,
    build: (dto) => ({ type: 'close_transfer', ...dto }),
  }),
};

export const TransferActionsController = actionsController('transfers', 'transfer', TRANSFER_ACTIONS);
