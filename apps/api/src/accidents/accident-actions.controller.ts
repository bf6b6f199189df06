import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { DecisionDto, NoteDto } from '../cases/cases.dto';
import { CaseCommandsService } from '../cases/case-commands.service';
import { RequestKey } from '../cases/request-key';
import { ProcedureAction, ProcedureId } from '../procedures/procedure-action.decorator';
import { ProcedureCommandsService } from '../procedures/procedure-commands.service';
import { OnDayDto } from '../procedures/procedures.dto';
import {
  AccidentExtensionDto,
  PassedUpDto,
  CasualtyUpdateDto,
  RectificationItemDto,
  ResultDto,
  SummaryDto,
  TeamDto,
} from './accidents.dto';

/** The accident investigation's steps (国务院令第493号). Rules are checked by the workflow. */
@ApiTags('accidents')
@Controller('accidents')
export class AccidentActionsController {
  constructor(
    private readonly commands: ProcedureCommandsService,
    private readonly cases: CaseCommandsService,
  ) {}

  @ProcedureAction(
    'casualties',
    ['officer'],
    'accident.casualties',
    'Record a casualty change (within 30 days; 7 for road traffic and fire): re-grades',
  )
  casualties(
    @ProcedureId() id: string,
    @Body() dto: CasualtyUpdateDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'update_casualties', ...dto }, key);
  }

  @ProcedureAction(
    'level-handover',
    ['head'],
    'accident.level_handover',
    'Record that a re-graded accident went to the right level',
  )
  handover(
    @ProcedureId() id: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'record_level_handover', ...dto }, key);
  }

  @ProcedureAction(
    'report-passed-up',
    ['officer'],
    'accident.passed_up',
    'Record the report passed up to the next level (2 hours)',
  )
  passedUp(
    @ProcedureId() id: string,
    @Body() dto: PassedUpDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'record_passed_up', ...dto }, key);
  }

  @ProcedureAction('team', ['supervisor', 'head'], 'accident.team', 'Form the investigation team')
  team(
    @ProcedureId() id: string,
    @Body() dto: TeamDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'form_team', ...dto }, key);
  }

  @ProcedureAction(
    'report-extension',
    ['officer'],
    'accident.report_extension.request',
    'Request more time for the report (once, at most 60 days)',
  )
  requestReportExtension(
    @ProcedureId() id: string,
    @Body() dto: AccidentExtensionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'request_report_extension', ...dto }, key);
  }

  @ProcedureAction(
    'report-extension/decision',
    ['supervisor', 'head'],
    'accident.report_extension.decide',
    'Approve or refuse the report extension (four-eyes)',
  )
  decideReportExtension(
    @ProcedureId() id: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'decide_report_extension', ...dto }, key);
  }

  @ProcedureAction('report', ['officer'], 'accident.report', 'Submit the investigation report')
  report(
    @ProcedureId() id: string,
    @Body() dto: SummaryDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'submit_report', ...dto }, key);
  }

  @ProcedureAction(
    'approval-extension',
    ['officer'],
    'accident.approval_extension.request',
    'Request more time for the approval (especially major only)',
  )
  requestApprovalExtension(
    @ProcedureId() id: string,
    @Body() dto: AccidentExtensionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'request_approval_extension', ...dto }, key);
  }

  @ProcedureAction(
    'approval-extension/decision',
    ['supervisor', 'head'],
    'accident.approval_extension.decide',
    'Approve or refuse the approval extension (four-eyes)',
  )
  decideApprovalExtension(
    @ProcedureId() id: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'decide_approval_extension', ...dto }, key);
  }

  @ProcedureAction('approval', ['head'], 'accident.approval', 'Record the approval (批复) of the report')
  approve(
    @ProcedureId() id: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'approve_report', ...dto }, key);
  }

  @ProcedureAction('publication', ['officer'], 'accident.publication', 'Record the publication of the report')
  publish(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'accident',
      id,
      { type: 'record_publication', publishedOn: dto.on },
      key,
    );
  }

  @ProcedureAction(
    'rectification-items',
    ['officer'],
    'accident.item.add',
    'Add a rectification and prevention measure (supervised as its own item)',
  )
  addItem(
    @ProcedureId() id: string,
    @Body() dto: RectificationItemDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'accident',
      id,
      { type: 'add_rectification_item', itemId: this.cases.newId('item', key), ...dto },
      key,
    );
  }

  @ProcedureAction(
    'evaluation',
    ['supervisor', 'head'],
    'accident.evaluation',
    'Record the evaluation (open items go to accountability)',
  )
  evaluate(
    @ProcedureId() id: string,
    @Body() dto: ResultDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'record_evaluation', ...dto }, key);
  }

  @ProcedureAction(
    'evaluation/publication',
    ['officer'],
    'accident.evaluation.publish',
    'Record the publication of the evaluation',
  )
  publishEvaluation(
    @ProcedureId() id: string,
    @Body() dto: OnDayDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'accident',
      id,
      { type: 'publish_evaluation', publishedOn: dto.on },
      key,
    );
  }

  @ProcedureAction('closure', ['supervisor', 'head'], 'accident.close', 'Close the accident file')
  close(
    @ProcedureId() id: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'accident', id, { type: 'close_accident', ...dto }, key);
  }
}
