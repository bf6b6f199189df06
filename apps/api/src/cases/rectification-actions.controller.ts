import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { CaseAction, CaseId } from './case-action.decorator';
import { CaseCommandsService } from './case-commands.service';
import {
  CloseCaseDto,
  DecisionDto,
  ExtensionRequestDto,
  InspectionDto,
  NoteDto,
  OrderDto,
  PenaltyProposalDto,
  ReinspectionDto,
  ReportDto,
  SummaryPenaltyDto,
  TransferReportDto,
} from './cases.dto';
import { RequestKey } from './request-key';
import { fen } from '../validation';

/** The rectification flow of a case, its penalties and its closure: inspection to closed or escalated. */
@ApiTags('cases')
@Controller('cases')
export class RectificationActionsController {
  constructor(private readonly commands: CaseCommandsService) {}

  @CaseAction('record_inspection', 'Record the inspection (≥ 2 certificated officers) and its hidden dangers')
  async inspection(
    @CaseId() caseId: string,
    @Body() dto: InspectionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const command = {
      type: 'record_inspection' as const,
      officers: await this.commands.officers(dto.officers),
      inspectedAt: Date.parse(dto.inspectedAt),
      place: dto.place,
      findings: dto.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
      unitRefusedToSign: dto.unitRefusedToSign,
      refusalNote: dto.refusalNote ?? null,
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction('issue_order', 'Issue the order to rectify (责令限期整改指令书) with a deadline')
  order(
    @CaseId() caseId: string,
    @Body() dto: OrderDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const command = {
      type: 'issue_order' as const,
      deadline: dto.deadline,
      instructions: dto.instructions,
      correctedOnSite: dto.correctedOnSite ?? [],
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction(
    'record_rectification_report',
    'Record the unit’s rectification report (may come before the deadline)',
  )
  report(
    @CaseId() caseId: string,
    @Body() dto: ReportDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'record_rectification_report', ...dto }, key);
  }

  @CaseAction(
    'record_reinspection',
    'Record the re-inspection: rectified dangers are closed out (销号), else escalation',
  )
  reinspection(
    @CaseId() caseId: string,
    @Body() dto: ReinspectionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      caseId,
      { type: 'record_reinspection', results: dto.results.map((r) => ({ ...r })) },
      key,
    );
  }

  @CaseAction('request_extension', 'Ask for the one extension of the rectification deadline')
  requestExtension(
    @CaseId() caseId: string,
    @Body() dto: ExtensionRequestDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'request_extension', ...dto }, key);
  }

  @CaseAction('decide_extension', 'Approve or refuse the extension (four-eyes)')
  decideExtension(
    @CaseId() caseId: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'decide_extension', ...dto }, key);
  }

  @CaseAction(
    'impose_summary_penalty',
    'Impose a warning or small fine on the spot (简易程序), with a numbered decision',
  )
  summaryPenalty(
    @CaseId() caseId: string,
    @Body() dto: SummaryPenaltyDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(
      actor,
      caseId,
      {
        type: 'impose_summary_penalty',
        party: dto.party,
        sanctions: [...dto.sanctions],
        fineFen: fen(dto.fine),
        facts: dto.facts,
        legalBasis: dto.legalBasis,
      },
      key,
    );
  }

  @CaseAction(
    'propose_penalty',
    'Propose a penalty (a task for the supervisor until the penalty procedure lands)',
  )
  proposePenalty(
    @CaseId() caseId: string,
    @Body() dto: PenaltyProposalDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'propose_penalty', ...dto }, key);
  }

  @CaseAction('acknowledge_penalty_proposal', 'Take up the penalty proposal (four-eyes)')
  acknowledgePenalty(
    @CaseId() caseId: string,
    @Body() dto: NoteDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    // The penalty procedure's id, like a new case's, comes from the Idempotency-Key when there is one.
    const penaltyId = this.commands.newId('penalty', key);
    return this.commands.send(
      actor,
      caseId,
      { type: 'acknowledge_penalty_proposal', ...dto, penaltyId },
      key,
    );
  }

  @CaseAction(
    'report_transfer',
    'Report a suspected crime for transfer to public security (team of two or more; the head decides)',
  )
  async reportTransfer(
    @CaseId() caseId: string,
    @Body() dto: TransferReportDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    const team = (await this.commands.officers(dto.team)).map((o) => ({
      userId: o.userId,
      username: o.username,
      displayName: o.displayName,
    }));
    const command = {
      type: 'report_transfer' as const,
      transferId: this.commands.newId('transfer', key),
      team,
      suspectedOffence: dto.suspectedOffence,
      facts: dto.facts,
    };
    return this.commands.send(actor, caseId, command, key);
  }

  @CaseAction(
    'close_case',
    'Close an escalated case: every hidden danger closed out or handed to a running procedure, or a reason recorded',
  )
  close(
    @CaseId() caseId: string,
    @Body() dto: CloseCaseDto,
    @CurrentActor() actor: Actor,
    @RequestKey() key?: string,
  ) {
    return this.commands.send(actor, caseId, { type: 'close_case', ...dto }, key);
  }
}
