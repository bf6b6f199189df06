import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { CaseAction, CaseId, MeasureId } from './case-action.decorator';
import { CaseCommandsService } from './case-commands.service';
import { serviceInput } from '../service/service.dto';
import {
  CaseServiceDto,
  DecisionDto,
  EmergencyMeasureDto,
  MeasureProcedureDto,
  NoteDto,
  ProposeMeasureDto,
  ReasonDto,
  SeizureExtensionDto,
  TestingDto,
} from './cases.dto';
import { RequestKey } from './request-key';

/** Compulsory measures on a case (行政强制法 第18–28条, 安全生产法 第70条). */
@ApiTags('cases')
@Controller('cases')
export class MeasureActionsController {
  constructor(private readonly commands: CaseCommandsService) {}

  @CaseAction('propose_measure', 'Propose a compulsory measure for approval (cut-offs: principal head)')
  propose(
    @CaseId() caseId: string,
    @Body() dto: ProposeMeasureDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const command = {
      type: 'propose_measure' as const,
      ...dto,
      residentialSupply: dto.residentialSupply ?? false,
      urgencyReason: dto.urgencyReason ?? null,
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction(
    'take_emergency_measure',
    'Record an emergency measure taken on the spot (head reviews within 24 h)',
  )
  emergency(
    @CaseId() caseId: string,
    @Body() dto: EmergencyMeasureDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const command = { type: 'take_emergency_measure' as const, ...dto, takenAt: Date.parse(dto.takenAt) };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction('decide_measure', 'Approve or refuse a proposed measure, or confirm or lift an emergency one')
  decide(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'decide_measure', measureId, ...dto }, key);
  }

  @CaseAction('record_unit_refusal', 'Record that the unit refuses to obey a suspension')
  refusal(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'record_unit_refusal', measureId, ...dto }, key);
  }

  @CaseAction(
    'seizure_testing',
    'Start or end testing of seized items (the seizure term stands still meanwhile)',
  )
  testing(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: TestingDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'seizure_testing', measureId, ...dto }, key);
  }

  @CaseAction('extend_seizure', 'Extend a seizure once, by at most 30 days')
  extend(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: SeizureExtensionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'extend_seizure', measureId, ...dto }, key);
  }

  @CaseAction(
    'record_measure_procedure',
    'Record the on-site record, the notice of reasons, basis and rights, and the party’s statement (行政强制法 第18条)',
  )
  onSiteRecord(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: MeasureProcedureDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const command = {
      type: 'record_measure_procedure' as const,
      measureId,
      onSiteRecordAt: Date.parse(dto.onSiteRecordAt),
      partySigned: dto.partySigned,
      refusalNote: dto.refusalNote ?? null,
      informed: dto.informed,
      statement: dto.statement ?? null,
      statementWaived: dto.statementWaived,
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction(
    'record_service',
    'Record the service of one of the case’s documents (送达回证); a cut-off’s 24 hours start from it',
  )
  service(
    @CaseId() caseId: string,
    @Body() dto: CaseServiceDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const command = {
      type: 'record_service' as const,
      documentKey: dto.documentKey,
      service: serviceInput(dto.service),
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction('lift_measure', 'Lift a measure once the unit complies')
  lift(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'lift_measure', measureId, ...dto }, key);
  }
}
