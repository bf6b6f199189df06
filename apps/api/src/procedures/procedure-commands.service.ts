import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { APP_CONFIG, CLOCK, ProblemException, type AppConfig, type Clock } from '@safecase/common';
import {
  intakeInstantsProblem,
  isLateReport,
  chinaDateOf,
  factInstantProblem,
  type AccidentCommand,
  type Actor,
  type ItemCommand,
  type PenaltyCommand,
  type PenaltyState,
  transferReportProblem,
  type TransferCommand,
  msg,
  term,
} from '@safecase/domain';
import { workflowIds } from '@safecase/domain';
import {
  accidentCommand,
  itemCommand,
  penaltyCommand,
  procedureSynced,
  transferCommand,
  type AccidentInput,
  type JudicialTransferInput,
  type PenaltyProcedureInput,
  type ProcedureCommandResult,
} from '@safecase/workflows';
import { DataSource } from 'typeorm';
import { actionAnswer, type ActionAnswer } from '../cases/action-answer';
import { CaseCommandsService } from '../cases/case-commands.service';
import {
  applyUpdate,
  caseActor,
  RecordPending,
  rethrowRefusal,
  timedOut,
  within,
} from '../cases/workflow-calls';
import type { OpenAccidentDto } from '../accidents/accidents.dto';
import { individualOf, type OpenPenaltyDto } from './procedures.dto';
import type { TransferReportDto } from '../cases/cases.dto';
import { fen } from '../validation';
import { ProcedureReadService, type ProcedureKind } from './procedure-read.service';

/** Changes penalty cases and transfers only through their workflows (Updates with validators). */
@Injectable()
export class ProcedureCommandsService {
  constructor(
    private readonly client: Client,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly read: ProcedureReadService,
    private readonly cases: CaseCommandsService,
  ) {}

  /** A penalty case on its own (no enforcement case), e.g. for a late accident report. */
  async openPenalty(dto: OpenPenaltyDto, actor: Actor, requestKey?: string) {
    const agency = await this.agencyOf(actor);
    if (dto.party === 'unit' && !dto.creditCode)
      throw new ProblemException('case.invalid', msg('api.penalty_unit_credit_code'));
    const handlers = await this.cases.officers(dto.handlers ?? []);
    if (handlers.some((h) => h.agencyId !== actor.agencyId || !h.roles.includes('officer')))
      throw new ProblemException('case.invalid', msg('api.handlers_officers'));
    const penaltyId = this.cases.newId('penalty', requestKey);
    const input: PenaltyProcedureInput = {
      parentWorkflowId: null,
      searchAttributes: true,
      opening: {
        penaltyId,
        caseId: null,
        agencyId: actor.agencyId,
        regionCode: agency.regionCode,
        docPrefix: agency.docPrefix,
        party: dto.party,
        partyName: dto.partyName,
        creditCode: dto.creditCode ?? null,
        ...(dto.party === 'individual' && dto.individual ? { individual: individualOf(dto.individual) } : {}),
        facts: dto.facts,
        majorHiddenDanger: dto.majorHiddenDanger ?? false,
        rulebook: await this.rulebookToday(),
      },
      proposedBy: { userId: actor.userId, username: actor.username },
      handlers: handlers.map((h) => h.userId),
    };
    return this.start(actor, 'penalty', penaltyId, 'penaltyProcedureWorkflow', input);
  }

  /** 事故报告 received: the accident investigation starts, graded on the spot (国务院令第493号). */
  async openAccident(dto: OpenAccidentDto, actor: Actor, requestKey?: string) {
    const agency = await this.agencyOf(actor);
    const occurredAt = Date.parse(dto.occurredAt);
    const reportedAt = Date.parse(dto.reportedAt);
    const now = (await this.clock.now()).getTime();
    const unitHeadNotifiedAt = dto.unitHeadNotifiedAt ? Date.parse(dto.unitHeadNotifiedAt) : null;
    const order = intakeInstantsProblem({ occurredAt, unitHeadNotifiedAt, reportedAt });
    if (order) throw new ProblemException('case.invalid', msg(order));
    if (reportedAt > now + 60_000) throw new ProblemException('case.invalid', msg('api.reported_at_future'));
    const rulebook = await this.rulebookToday();
    // With the minute of clock skew the report is allowed; the bound itself is the rulebook's.
    const tooOld = factInstantProblem(rulebook, now + 60_000, occurredAt, 'occurredAt');
    if (tooOld) throw new ProblemException('case.invalid', tooOld);
    const accidentId = this.cases.newId('accident', requestKey);
    // A late report is the 主要负责人's violation (安全生产法 第110条): the penalty needs that person.
    if (!dto.principal && isLateReport({ occurredAt, unitHeadNotifiedAt, reportedAt, rulebook }))
      throw new ProblemException('case.invalid', msg('accident.principal_required'));
    const input: AccidentInput = {
      searchAttributes: true,
      reportedBy: { userId: actor.userId, username: actor.username },
      opening: {
        accidentId,
        agencyId: actor.agencyId,
        regionCode: agency.regionCode,
        docPrefix: agency.docPrefix,
        occurredAt,
        unitHeadNotifiedAt,
        reportedAt,
        unit: { ...dto.unit },
        principal: dto.principal ? individualOf(dto.principal) : null,
        location: dto.location,
        industry: dto.industry,
        category: dto.category,
        summary: dto.summary,
        deaths: dto.deaths,
        seriousInjuries: dto.seriousInjuries,
        missing: dto.missing ?? 0,
        // Grading compares whole yuan with the thresholds (以上 includes them): fen below a yuan never count.
        directLossYuan: Math.floor(fen(dto.directLoss) / 100),
        rulebook,
      },
    };
    return this.start(actor, 'accident', accidentId, 'accidentInvestigationWorkflow', input);
  }

  /**
   * A transfer started from inside a penalty case (行政处罚法 第27条; 国务院令第310号 第5条): the team of two
   * or more reports, the head decides as for any transfer. It names the penalty and its case.
   */
  async transferFromPenalty(penaltyId: string, dto: TransferReportDto, actor: Actor, requestKey?: string) {
    const row = await this.read.summary(actor, 'penalty', penaltyId);
    const penalty = row.state as unknown as PenaltyState;
    if (row.closed_at || penalty.stage === 'not_filed')
      throw new ProblemException('case.closed', msg('transfer.from_penalty_closed'));
    if (!penalty.handlers.includes(actor.userId))
      throw new ProblemException(
        'auth.forbidden',
        msg('case.not_handler', { action: term('start a transfer from the penalty case') }),
      );
    const team = (await this.cases.officers(dto.team)).map((o) => ({
      userId: o.userId,
      username: o.username,
      displayName: o.displayName,
    }));
    const problem = transferReportProblem(team, dto.facts, dto.suspectedOffence);
    if (problem)
      throw new ProblemException(
        'case.invalid',
        msg('case.transfer_report_invalid', { reason: term(problem) }),
      );
    if (!team.some((m) => m.userId === actor.userId))
      throw new ProblemException('case.invalid', msg('case.reporter_in_team'));
    const agency = await this.agencyOf(actor);
    const transferId = this.cases.newId('transfer', requestKey);
    const input: JudicialTransferInput = {
      parentWorkflowId: null,
      searchAttributes: true,
      reportedBy: { userId: actor.userId, username: actor.username },
      opening: {
        transferId,
        caseId: row.case_id,
        agencyId: row.agency_id,
        regionCode: row.region_code,
        docPrefix: agency.docPrefix,
        enterpriseName: row.party_name,
        creditCode: row.credit_code ?? '',
        suspectedOffence: dto.suspectedOffence,
        facts: dto.facts,
        team,
        rulebook: await this.rulebookToday(),
        penaltyId,
      },
    };
    return this.start(actor, 'transfer', transferId, 'judicialTransferWorkflow', input);
  }

  private async agencyOf(actor: Actor): Promise<{ regionCode: string; docPrefix: string }> {
    const [agency] = await this.db.query<{ doc_prefix: string; region_code: string }[]>(
      'SELECT doc_prefix, region_code FROM agency WHERE id = $1',
      [actor.agencyId],
    );
    if (!agency) throw new ProblemException('case.invalid', msg('api.agency_unregistered'));
    return { regionCode: agency.region_code, docPrefix: agency.doc_prefix };
  }

  private async rulebookToday() {
    return this.cases.rulebookInForce(chinaDateOf((await this.clock.now()).getTime()));
  }

  /**
   * Starts a root procedure's workflow (the id comes from the Idempotency-Key, so a retry finds the
   * same one) and answers once its opening is in the read model; a slow worker gets `recordPending`.
   */
  private async start(actor: Actor, kind: ProcedureKind, id: string, workflowType: string, input: unknown) {
    const workflowId = UPDATES[kind][0](id);
    try {
      await this.client.workflow.start(workflowType, {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [input],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    try {
      await within(this.client, this.config.answerWithinMs, () =>
        this.client.workflow.getHandle(workflowId).executeUpdate(procedureSynced),
      );
    } catch (error) {
      // The procedure exists either way: a slow worker gets a 202 saying its record is being written.
      if (timedOut(error)) return new RecordPending(id);
      rethrowRefusal(error, closed(kind, id));
    }
    return this.read.detail(actor, kind, id);
  }

  /** What an action's command may need besides its body: path parameters, new ids, user ids. */
  actionContext(params: Record<string, string>, key?: string): ActionContext {
    return {
      params,
      newId: (kind) => this.cases.newId(kind, key),
      userIdOf: (username) => this.userIdOf(username),
    };
  }

  /** A user's id from the username (a hearing chair): 422 when unknown. */
  async userIdOf(username: string): Promise<string> {
    const [o] = await this.cases.officers([username]);
    return o!.userId;
  }

  /**
   * Sends one action to a sub-procedure's workflow as an Update (its validator refuses before anything
   * changes) and answers with what it did and what the caller may do next (`ActionAnswer`).
   */
  async send(
    actor: Actor,
    kind: ProcedureKind,
    id: string,
    command: AnyCommand,
    key?: string,
  ): Promise<ActionAnswer | RecordPending> {
    const row = await this.read.summary(actor, kind, id);
    if (row.closed_at) throw new ProblemException('case.closed', closed(kind, id));
    const [workflowId, update] = UPDATES[kind];
    const result: ProcedureCommandResult | RecordPending = await applyUpdate({
      client: this.client,
      answerWithinMs: this.config.answerWithinMs,
      handle: this.client.workflow.getHandle(workflowId(id)),
      update: update as typeof penaltyCommand,
      arg: { actor: caseActor(actor), command: command as PenaltyCommand },
      updateId: key,
      recordId: id,
      closedMessage: closed(kind, id),
    });
    if (result instanceof RecordPending) return result;
    await this.childInReadModel(command);
    return actionAnswer(id, result, await this.read.availableActionsOf(actor, kind, id));
  }

  /** Read-your-writes for an action that started a child (a rectification item). */
  private async childInReadModel(command: AnyCommand): Promise<void> {
    if (command.type !== 'add_rectification_item') return;
    const handle = this.client.workflow.getHandle(workflowIds.rectificationItem(command.itemId));
    try {
      await within(this.client, this.config.answerWithinMs, () => handle.executeUpdate(procedureSynced));
    } catch (error) {
      if (!timedOut(error)) throw error;
    }
  }
}

export interface ActionContext {
  params: Record<string, string>;
  /** A new record's id, from the request's Idempotency-Key when it has one. */
  newId(kind: string): string;
  userIdOf(username: string): Promise<string>;
}

type AnyCommand = PenaltyCommand | TransferCommand | AccidentCommand | ItemCommand;

/** Each kind's workflow id and command Update. */
const UPDATES: Record<ProcedureKind, [(id: string) => string, unknown]> = {
  penalty: [workflowIds.penalty, penaltyCommand],
  transfer: [workflowIds.transfer, transferCommand],
  accident: [workflowIds.accident, accidentCommand],
  rectification_item: [workflowIds.rectificationItem, itemCommand],
};
const closed = (kind: ProcedureKind, id: string) => msg('api.record_closed', { kind: term(kind), id });
