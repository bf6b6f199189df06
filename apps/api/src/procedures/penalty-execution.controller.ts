import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { DecisionDto, NoteDto, ReasonDto } from '../cases/cases.dto';
import { RequestKey } from '../cases/request-key';
import { ProcedureAction, ProcedureId } from './procedure-action.decorator';
import { ProcedureCommandsService } from './procedure-commands.service';
import {
  ContinuingFineDto,
  OnDayDto,
  PaymentDto,
  RemedyDto,
  RemedyOutcomeDto,
  ServiceDto,
} from './procedures.dto';

/** After the decision: service, publication, remedies, payment, demand, court, closing (第61–73条). */
@ApiTags('penalties')
@Controller('penalties')
export class PenaltyExecutionController {
  constructor(private readonly commands: ProcedureCommandsService) {}

  @ProcedureAction('service', ['officer'], 'penalty.service', 'Record service of the decision')
  serve(
    @ProcedureId() id: string,
    @Body() dto: ServiceDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_service', ...dto }, key);
  }

  @ProcedureAction(
    'publication',
    ['officer'],
    'penalty.publication',
    'Record the publication (7 working days)',
  )
  publish(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_publication', publishedOn: dto.on }, key);
  }

  @ProcedureAction(
    'publication/withdrawal',
    ['officer'],
    'penalty.publication.withdraw',
    'Record the withdrawal of the publication (3 working days)',
  )
  withdraw(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'penalty',
      id,
      { type: 'record_publication_withdrawal', withdrawnOn: dto.on },
      key,
    );
  }

  @ProcedureAction(
    'remedies',
    ['officer'],
    'penalty.remedy.record',
    'Record a reconsideration or lawsuit filed (the surcharge stops meanwhile)',
  )
  remedy(
    @ProcedureId() id: string,
    @Body() dto: RemedyDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_remedy', ...dto }, key);
  }

  @ProcedureAction(
    'remedies/outcome',
    ['officer'],
    'penalty.remedy.outcome',
    'Record how the reconsideration or lawsuit ended',
  )
  remedyOutcome(
    @ProcedureId() id: string,
    @Body() dto: RemedyOutcomeDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_remedy_outcome', ...dto }, key);
  }

  @ProcedureAction(
    'continuing-fines',
    ['supervisor', 'head'],
    'penalty.continuing_fine',
    'Impose the continuing daily fine (安全生产法 第112条)',
  )
  continuingFine(
    @ProcedureId() id: string,
    @Body() dto: ContinuingFineDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'impose_continuing_fine', ...dto }, key);
  }

  @ProcedureAction(
    'payment',
    ['officer'],
    'penalty.payment',
    'Record payment of the exact amount owed that day',
  )
  pay(
    @ProcedureId() id: string,
    @Body() dto: PaymentDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_payment', ...dto }, key);
  }

  @ProcedureAction('demand', ['officer'], 'penalty.demand', 'Record the written demand served (催告)')
  demand(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'serve_demand', servedOn: dto.on }, key);
  }

  @ProcedureAction(
    'court-enforcement',
    ['supervisor', 'head'],
    'penalty.court',
    'Record the application for court enforcement (inside its window)',
  )
  court(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'penalty',
      id,
      { type: 'apply_court_enforcement', filedOn: dto.on },
      key,
    );
  }

  @ProcedureAction(
    'closure-proposal',
    ['head'],
    'penalty.closure_proposal',
    'Submit the closure proposal to the local government (安全生产法 第113条)',
  )
  closureProposal(
    @ProcedureId() id: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'submit_closure_proposal', ...dto }, key);
  }

  @ProcedureAction(
    'closing',
    ['officer'],
    'penalty.closing.propose',
    'Propose closing the penalty case (结案)',
  )
  proposeClosing(
    @ProcedureId() id: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'propose_closing', ...dto }, key);
  }

  @ProcedureAction(
    'closing/decision',
    ['supervisor', 'head'],
    'penalty.closing.decide',
    'Approve or refuse closing (four-eyes)',
  )
  decideClosing(
    @ProcedureId() id: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'decide_closing', ...dto }, key);
  }
}
