import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { DecisionDto, NoteDto } from '../cases/cases.dto';
import { RequestKey } from '../cases/request-key';
import { ProcedureAction, ProcedureId } from './procedure-action.decorator';
import { ProcedureCommandsService } from './procedure-commands.service';
import {
  HandoverDto,
  OnDayDto,
  PoliceDecisionDto,
  ProcuratorateOutcomeDto,
  ReconsiderationAnswerDto,
} from './procedures.dto';

/** Transfer to public security (国务院令第310号): the head decides, officers record each answer. */
@ApiTags('transfers')
@Controller('transfers')
export class TransferActionsController {
  constructor(private readonly commands: ProcedureCommandsService) {}

  @ProcedureAction('decision', ['head'], 'transfer.decide', 'The head decides on the transfer (3 days)')
  decide(
    @ProcedureId() id: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'decide_transfer', ...dto }, key);
  }

  @ProcedureAction(
    'sending',
    ['officer'],
    'transfer.send',
    'Record the transfer sent to public security (24 hours)',
  )
  send(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'record_sending', sentOn: dto.on }, key);
  }

  @ProcedureAction(
    'police-decision',
    ['officer'],
    'transfer.police_decision',
    'Record the police decision (3 days)',
  )
  police(
    @ProcedureId() id: string,
    @Body() dto: PoliceDecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'record_police_decision', ...dto }, key);
  }

  @ProcedureAction(
    'reconsideration',
    ['officer'],
    'transfer.reconsideration',
    'Request reconsideration of a refusal (3 days)',
  )
  reconsider(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'request_reconsideration', on: dto.on }, key);
  }

  @ProcedureAction(
    'reconsideration/answer',
    ['officer'],
    'transfer.reconsideration.answer',
    'Record the answer to the reconsideration',
  )
  reconsiderationAnswer(
    @ProcedureId() id: string,
    @Body() dto: ReconsiderationAnswerDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'record_reconsideration_answer', ...dto }, key);
  }

  @ProcedureAction(
    'procuratorate',
    ['officer'],
    'transfer.procuratorate',
    'Request procuratorate supervision (3 days)',
  )
  procuratorate(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'transfer',
      id,
      { type: 'request_procuratorate_supervision', on: dto.on },
      key,
    );
  }

  @ProcedureAction(
    'procuratorate/outcome',
    ['officer'],
    'transfer.procuratorate.outcome',
    'Record the outcome of the supervision',
  )
  procuratorateOutcome(
    @ProcedureId() id: string,
    @Body() dto: ProcuratorateOutcomeDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'record_procuratorate_outcome', ...dto }, key);
  }

  @ProcedureAction(
    'handover',
    ['officer'],
    'transfer.handover',
    'Record items and files handed over (3 days after filing)',
  )
  handover(
    @ProcedureId() id: string,
    @Body() dto: HandoverDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'record_handover', ...dto }, key);
  }

  @ProcedureAction(
    'closure',
    ['supervisor', 'head'],
    'transfer.close',
    'Close a transfer the police did not file',
  )
  close(
    @ProcedureId() id: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'transfer', id, { type: 'close_transfer', ...dto }, key);
  }
}
