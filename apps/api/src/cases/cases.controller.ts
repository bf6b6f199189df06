import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, CaseCommand } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { RequestKey } from './request-key';
import { CaseCommandsService } from './case-commands.service';
import { CaseReadService } from './case-read.service';
import {
  DecisionDto,
  EmergencyMeasureDto,
  ExtensionRequestDto,
  InspectionDto,
  ListCasesQuery,
  NoteDto,
  OpenCaseDto,
  OrderDto,
  PenaltyProposalDto,
  ProposeMeasureDto,
  ReasonDto,
  ReinspectionDto,
  ReportDto,
  SeizureExtensionDto,
  SummaryPenaltyDto,
  TestingDto,
} from './cases.dto';

const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;
const APPROVERS = ['supervisor', 'head'] as const;
const ACTION_PROBLEMS = [
  'case.not_found',
  'case.wrong_stage',
  'case.closed',
  'case.invalid',
  'auth.forbidden',
  'auth.four_eyes',
  'validation.failed',
] as const;
const CaseId = () => Param('caseId', new ParseUUIDPipe());
const MeasureId = () => Param('measureId');

/** Enforcement cases (DOMAIN §3): one endpoint per action; each is one Update of the case's workflow. */
@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CaseCommandsService,
    private readonly read: CaseReadService,
  ) {}

  @Post()
  @Roles('officer')
  @Command('case.open')
  @ApiOperation({ summary: 'Open an enforcement case (honours Idempotency-Key)' })
  @ApiProblems('validation.failed', 'idempotency.key_reused')
  open(@Body() dto: OpenCaseDto, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.open(dto, actor, key);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Cases in your jurisdiction, newest first, with filters and pagination' })
  list(@Query() q: ListCasesQuery, @CurrentActor() actor: Actor) {
    return this.read.list(actor, q);
  }

  @Get(':caseId')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'A case: stage, hidden dangers, measures, tasks with due times, documents, timeline',
  })
  @ApiProblems('case.not_found')
  get(@CaseId() caseId: string, @CurrentActor() actor: Actor) {
    return this.read.detail(actor, caseId);
  }

  private send(actor: Actor, caseId: string, command: CaseCommand, key?: string) {
    return this.commands.send(actor, caseId, command, key);
  }

  @Post(':caseId/inspection')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.inspection.record')
  @ApiOperation({ summary: 'Record the inspection (≥ 2 certificated officers) and its hidden dangers' })
  @ApiProblems(...ACTION_PROBLEMS)
  async inspection(
    @CaseId() caseId: string,
    @Body() dto: InspectionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'record_inspection',
        officers: await this.commands.officers(dto.officers),
        inspectedAt: Date.parse(dto.inspectedAt),
        place: dto.place,
        findings: dto.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
        unitRefusedToSign: dto.unitRefusedToSign,
        refusalNote: dto.refusalNote ?? null,
      },
      key,
    );
  }

  @Post(':caseId/rectification-order')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.order.issue')
  @ApiOperation({ summary: 'Issue the order to rectify (责令限期整改指令书) with a deadline' })
  @ApiProblems(...ACTION_PROBLEMS)
  order(
    @CaseId() caseId: string,
    @Body() dto: OrderDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'issue_order',
        deadline: dto.deadline,
        instructions: dto.instructions,
        correctedOnSite: dto.correctedOnSite ?? [],
      },
      key,
    );
  }

  @Post(':caseId/rectification-report')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.report.record')
  @ApiOperation({ summary: 'Record the unit’s rectification report (may come before the deadline)' })
  @ApiProblems(...ACTION_PROBLEMS)
  report(
    @CaseId() caseId: string,
    @Body() dto: ReportDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'record_rectification_report',
        receivedOn: dto.receivedOn,
        note: dto.note,
      },
      key,
    );
  }

  @Post(':caseId/reinspection')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.reinspection.record')
  @ApiOperation({
    summary: 'Record the re-inspection: rectified dangers are closed out (销号), else escalation',
  })
  @ApiProblems(...ACTION_PROBLEMS)
  reinspection(
    @CaseId() caseId: string,
    @Body() dto: ReinspectionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'record_reinspection',
        results: dto.results.map((r) => ({ ...r })),
      },
      key,
    );
  }

  @Post(':caseId/extension-request')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.extension.request')
  @ApiOperation({ summary: 'Ask for the one extension of the rectification deadline' })
  @ApiProblems(...ACTION_PROBLEMS)
  requestExtension(
    @CaseId() caseId: string,
    @Body() dto: ExtensionRequestDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'request_extension',
        newDeadline: dto.newDeadline,
        reason: dto.reason,
      },
      key,
    );
  }

  @Post(':caseId/extension-decision')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @Command('case.extension.decide')
  @ApiOperation({ summary: 'Approve or refuse the extension (four-eyes)' })
  @ApiProblems(...ACTION_PROBLEMS)
  decideExtension(
    @CaseId() caseId: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(actor, caseId, { type: 'decide_extension', approve: dto.approve, note: dto.note }, key);
  }

  @Post(':caseId/measures')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.measure.propose')
  @ApiOperation({ summary: 'Propose a compulsory measure for approval (cut-offs: principal head)' })
  @ApiProblems(...ACTION_PROBLEMS)
  proposeMeasure(
    @CaseId() caseId: string,
    @Body() dto: ProposeMeasureDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'propose_measure',
        kind: dto.kind,
        dangerIds: dto.dangerIds,
        reason: dto.reason,
        residentialSupply: dto.residentialSupply ?? false,
      },
      key,
    );
  }

  @Post(':caseId/emergency-measures')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.measure.emergency')
  @ApiOperation({ summary: 'Record an emergency measure taken on the spot (head reviews within 24 h)' })
  @ApiProblems(...ACTION_PROBLEMS)
  emergency(
    @CaseId() caseId: string,
    @Body() dto: EmergencyMeasureDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'take_emergency_measure',
        kind: dto.kind,
        dangerIds: dto.dangerIds,
        reason: dto.reason,
        takenAt: Date.parse(dto.takenAt),
      },
      key,
    );
  }

  @Post(':caseId/measures/:measureId/decision')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @Command('case.measure.decide')
  @ApiOperation({ summary: 'Approve or refuse a proposed measure, or confirm or lift an emergency one' })
  @ApiProblems(...ACTION_PROBLEMS)
  decideMeasure(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'decide_measure',
        measureId,
        approve: dto.approve,
        note: dto.note,
      },
      key,
    );
  }

  @Post(':caseId/measures/:measureId/refusal')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.measure.refused')
  @ApiOperation({ summary: 'Record that the unit refuses to obey a suspension' })
  @ApiProblems(...ACTION_PROBLEMS)
  refusal(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(actor, caseId, { type: 'record_unit_refusal', measureId, note: dto.note }, key);
  }

  @Post(':caseId/measures/:measureId/testing')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.measure.testing')
  @ApiOperation({ summary: 'Start or end testing of seized items (the seizure term stands still meanwhile)' })
  @ApiProblems(...ACTION_PROBLEMS)
  testing(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: TestingDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      { type: 'seizure_testing', measureId, action: dto.action, on: dto.on },
      key,
    );
  }

  @Post(':caseId/measures/:measureId/extension')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @Command('case.measure.extend')
  @ApiOperation({ summary: 'Extend a seizure once, by at most 30 days' })
  @ApiProblems(...ACTION_PROBLEMS)
  extendSeizure(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: SeizureExtensionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(actor, caseId, { type: 'extend_seizure', measureId, days: dto.days }, key);
  }

  @Post(':caseId/measures/:measureId/lifting')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.measure.lift')
  @ApiOperation({ summary: 'Lift a measure once the unit complies' })
  @ApiProblems(...ACTION_PROBLEMS)
  lift(
    @CaseId() caseId: string,
    @MeasureId() measureId: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(actor, caseId, { type: 'lift_measure', measureId, reason: dto.reason }, key);
  }

  @Post(':caseId/penalty-proposal')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.penalty.propose')
  @ApiOperation({
    summary: 'Propose a penalty (a task for the supervisor until the penalty procedure lands)',
  })
  @ApiProblems(...ACTION_PROBLEMS)
  proposePenalty(
    @CaseId() caseId: string,
    @Body() dto: PenaltyProposalDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      {
        type: 'propose_penalty',
        dangerIds: dto.dangerIds,
        summary: dto.summary,
      },
      key,
    );
  }

  @Post(':caseId/summary-penalty')
  @HttpCode(200)
  @Roles('officer')
  @Command('case.penalty.summary')
  @ApiOperation({
    summary: 'Impose a warning or small fine on the spot (简易程序), with a numbered decision',
  })
  @ApiProblems(...ACTION_PROBLEMS)
  summaryPenalty(
    @CaseId() caseId: string,
    @Body() dto: SummaryPenaltyDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(
      actor,
      caseId,
      { type: 'impose_summary_penalty', ...dto, sanctions: [...dto.sanctions] },
      key,
    );
  }

  @Post(':caseId/penalty-proposal/acknowledgement')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @Command('case.penalty.acknowledge')
  @ApiOperation({ summary: 'Take up the penalty proposal (four-eyes)' })
  @ApiProblems(...ACTION_PROBLEMS)
  acknowledgePenalty(
    @CaseId() caseId: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(actor, caseId, { type: 'acknowledge_penalty_proposal', note: dto.note }, key);
  }

  @Post(':caseId/closure')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @Command('case.close')
  @ApiOperation({ summary: 'Close an escalated case once its measures and proposals are settled' })
  @ApiProblems(...ACTION_PROBLEMS)
  close(
    @CaseId() caseId: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.send(actor, caseId, { type: 'close_case', note: dto.note }, key);
  }
}
