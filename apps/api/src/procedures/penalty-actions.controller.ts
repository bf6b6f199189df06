import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { DecisionDto } from '../cases/cases.dto';
import { RequestKey } from '../cases/request-key';
import { ProcedureAction, ProcedureId } from './procedure-action.decorator';
import { ProcedureCommandsService } from './procedure-commands.service';
import {
  DecisionExtensionDto,
  DeliberationDto,
  EvidenceHandlingDto,
  EvidenceRegistrationDto,
  FilingDecisionDto,
  HearingRecordDto,
  HearingRequestDto,
  HearingScheduleDto,
  IntendedPenaltyDto,
  LegalReviewDto,
  NoticeDto,
} from './procedures.dto';

/** The penalty procedure up to the decision (行政处罚法 第54–60条). Rules are checked by the workflow. */
@ApiTags('penalties')
@Controller('penalties')
export class PenaltyActionsController {
  constructor(private readonly commands: ProcedureCommandsService) {}

  private userId(username: string): Promise<string> {
    return this.commands.userIdOf(username);
  }

  @ProcedureAction(
    'filing-decision',
    ['supervisor', 'head'],
    'penalty.filing.decide',
    'Approve or refuse 立案 (four-eyes)',
  )
  decideFiling(
    @ProcedureId() id: string,
    @Body() dto: FilingDecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'decide_filing', ...dto }, key);
  }

  @ProcedureAction(
    'evidence',
    ['officer'],
    'penalty.evidence.register',
    'Register evidence for preservation (decided within 7 working days)',
  )
  registerEvidence(
    @ProcedureId() id: string,
    @Body() dto: EvidenceRegistrationDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'register_evidence', ...dto }, key);
  }

  @ProcedureAction(
    'evidence/:evidenceId/handling',
    ['supervisor', 'head'],
    'penalty.evidence.handle',
    'Decide how preserved evidence is handled',
  )
  handleEvidence(
    @ProcedureId() id: string,
    @Param('evidenceId') evidenceId: string,
    @Body() dto: EvidenceHandlingDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'handle_evidence', evidenceId, ...dto }, key);
  }

  @ProcedureAction(
    'notice',
    ['officer'],
    'penalty.notice.serve',
    'Record the notice of the intended penalty served (defence and hearing windows follow)',
  )
  serveNotice(
    @ProcedureId() id: string,
    @Body() dto: NoticeDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'serve_notice', ...dto }, key);
  }

  @ProcedureAction(
    'hearing-request',
    ['officer'],
    'penalty.hearing.request',
    'Record the party’s hearing request (5 working days)',
  )
  requestHearing(
    @ProcedureId() id: string,
    @Body() dto: HearingRequestDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'request_hearing', ...dto }, key);
  }

  @ProcedureAction(
    'hearing',
    ['officer', 'supervisor', 'head'],
    'penalty.hearing.schedule',
    'Schedule the hearing (7 working days’ notice; chair not an investigator)',
  )
  async scheduleHearing(
    @ProcedureId() id: string,
    @Body() dto: HearingScheduleDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      'penalty',
      id,
      { type: 'schedule_hearing', date: dto.date, chair: await this.userId(dto.chair) },
      key,
    );
  }

  @ProcedureAction(
    'hearing/record',
    ['officer', 'supervisor', 'head'],
    'penalty.hearing.record',
    'The chair records the hearing (absence is a waiver)',
  )
  recordHearing(
    @ProcedureId() id: string,
    @Body() dto: HearingRecordDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_hearing', ...dto }, key);
  }

  @ProcedureAction(
    'submission',
    ['officer'],
    'penalty.submit',
    'Submit for decision (legal review first when 第58条 requires it)',
  )
  submit(@ProcedureId() id: string, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.send(actor, 'penalty', id, { type: 'submit_for_decision' }, key);
  }

  @ProcedureAction(
    'legal-review',
    ['legal_reviewer'],
    'penalty.legal_review',
    'Record the legal review: passed, or returned with the written opinion',
  )
  review(
    @ProcedureId() id: string,
    @Body() dto: LegalReviewDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_legal_review', ...dto }, key);
  }

  @ProcedureAction(
    'deliberation',
    ['head'],
    'penalty.deliberation',
    'Record the collective deliberation (complex or major cases)',
  )
  deliberate(
    @ProcedureId() id: string,
    @Body() dto: DeliberationDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'record_deliberation', ...dto }, key);
  }

  @ProcedureAction(
    'decision-clock/pause',
    ['officer'],
    'penalty.clock.pause',
    'Stop the decision clock for an appraisal',
  )
  pauseClock(@ProcedureId() id: string, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.send(
      actor,
      'penalty',
      id,
      { type: 'pause_decision_clock', reason: 'appraisal' },
      key,
    );
  }

  @ProcedureAction(
    'decision-clock/resume',
    ['officer'],
    'penalty.clock.resume',
    'Restart the decision clock after the appraisal',
  )
  resumeClock(@ProcedureId() id: string, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.send(actor, 'penalty', id, { type: 'resume_decision_clock' }, key);
  }

  @ProcedureAction(
    'decision-extension',
    ['officer'],
    'penalty.extension.request',
    'Request more time to decide (once, within the rulebook’s limit)',
  )
  requestExtension(
    @ProcedureId() id: string,
    @Body() dto: DecisionExtensionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'request_decision_extension', ...dto }, key);
  }

  @ProcedureAction(
    'decision-extension/decision',
    ['supervisor', 'head'],
    'penalty.extension.decide',
    'Approve or refuse the extension (four-eyes)',
  )
  decideExtension(
    @ProcedureId() id: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'decide_decision_extension', ...dto }, key);
  }

  @ProcedureAction(
    'decision',
    ['supervisor', 'head'],
    'penalty.decide',
    'Decide the penalty (after review and deliberation; never heavier than noticed)',
  )
  decide(
    @ProcedureId() id: string,
    @Body() dto: IntendedPenaltyDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, 'penalty', id, { type: 'decide_penalty', ...dto }, key);
  }
}
