import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { APPROVERS, CaseAction, CaseId, MeasureId, OFFICER } from './case-action.decorator';
import { CaseCommandsService } from './case-commands.service';
import {
  DecisionDto,
  EmergencyMeasureDto,
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

  @CaseAction(
    'measures',
    OFFICER,
    'case.measure.propose',
    'Propose a compulsory measure for approval (cut-offs: principal head)',
  )
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
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction(
    'emergency-measures',
    OFFICER,
    'case.measure.emergency',
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

  @CaseAction(
    'measures/:measureId/decision',
    APPROVERS,
    'case.measure.decide',
    'Approve or refuse a proposed measure, or confirm or lift an emergency one',
  )
  decide(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'decide_measure', measureId, ...dto }, key);
  }

  @CaseAction(
    'measures/:measureId/refusal',
    OFFICER,
    'case.measure.refused',
    'Record that the unit refuses to obey a suspension',
  )
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
    'measures/:measureId/testing',
    OFFICER,
    'case.measure.testing',
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

  @CaseAction(
    'measures/:measureId/extension',
    APPROVERS,
    'case.measure.extend',
    'Extend a seizure once, by at most 30 days',
  )
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
    'measures/:measureId/lifting',
    OFFICER,
    'case.measure.lift',
    'Lift a measure once the unit complies',
  )
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
