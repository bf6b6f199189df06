import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { APP_CONFIG, CLOCK, ProblemException, type AppConfig, type Clock } from '@safecase/common';
import {
  calendarYearsNeeded,
  intakeInstantsProblem,
  isLateReport,
  chinaDateOf,
  factInstantProblem,
  type Actor,
  type CaseOfficer,
  type PenaltyState,
  transferReportProblem,
  msg,
  term,
} from '@safecase/domain';
import { workflowIds } from '@safecase/domain';
import { loadArrangements, RulebookStore } from '@safecase/persistence';
import {
  accidentCommand,
  caseCommand,
  caseSynced,
  itemCommand,
  penaltyCommand,
  procedureSynced,
  transferCommand,
  type GivenCalendar,
  type IssuedDocument,
} from '@safecase/workflows';
import { DataSource } from 'typeorm';
import { actionAnswer, type ActionAnswer } from '../cases/action-answer';
import { applyUpdate, caseActor, RecordPending, timedOut, within } from '../cases/workflow-calls';
import type { OpenAccidentDto } from '../accidents/accidents.dto';
import type { OpenPenaltyDto } from './procedures.dto';
import { accidentInput, caseInput, penaltyInput, transferInput } from './openings';
import type { OpenCaseDto, TransferReportDto } from '../cases/cases.dto';
import { ProcedureReadService } from './procedure-read.service';
import {
  closedMessage,
  type AnyProcedureCommand,
  type ProcedureKind,
  type SubProcedureKind,
} from './procedure-kind';
import { agencyOf, newRecordId, officersOf, rulebookInForce } from './record-lookups';
import { startThenSync, startWithSync, type Opening } from './start-with-sync';

/**
 * Changes every procedure (the enforcement case, penalty, transfer, accident, rectification item)
 * only through its workflow: an opening starts it, every action is an Update whose validator accepts
 * or refuses it before anything changes. Nothing here writes a record's state.
 */
@Injectable()
export class ProcedureCommandsService {
  constructor(
    private readonly client: Client,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly read: ProcedureReadService,
    private readonly rulebooks: RulebookStore,
  ) {}

  /**
   * An enforcement case: started with its first sync in one call where the server can (read-your-
   * writes; a slow worker gets a 202, the case exists either way). The case id comes from the
   * Idempotency-Key when there is one: a retry after a crash finds the same workflow.
   */
  async openCase(dto: OpenCaseDto, actor: Actor, requestKey?: string) {
    const agency = await agencyOf(this.db, actor);
    const caseId = newRecordId('case', requestKey);
    const input = {
      ...caseInput(dto, actor, agency, caseId, await this.rulebookToday()),
      ...(await this.calendar()),
    };
    const opening = this.opening('enforcement_case', caseId, 'enforcementCaseWorkflow', input, caseSynced);
    // The case's opening refusal has always named it in English (a closed case with this id).
    const pending = await startWithSync({ ...opening, closedMessage: `Case ${caseId} is closed.` });
    return pending ?? this.read.detail(actor, 'enforcement_case', caseId);
  }

  /** A penalty case on its own (no enforcement case), e.g. for a late accident report. */
  async openPenalty(dto: OpenPenaltyDto, actor: Actor, requestKey?: string) {
    const agency = await agencyOf(this.db, actor);
    if (dto.party === 'unit' && !dto.creditCode)
      throw new ProblemException('case.invalid', msg('api.penalty_unit_credit_code'));
    const handlers = await this.officers(dto.handlers ?? []);
    if (handlers.some((h) => h.agencyId !== actor.agencyId || !h.roles.includes('officer')))
      throw new ProblemException('case.invalid', msg('api.handlers_officers'));
    const penaltyId = this.newId('penalty', requestKey);
    const input = penaltyInput(dto, actor, agency, penaltyId, handlers, await this.rulebookToday());
    return this.start(actor, 'penalty', penaltyId, 'penaltyProcedureWorkflow', input);
  }

  /** 事故报告 received: the accident investigation starts, graded on the spot (国务院令第493号). */
  async openAccident(dto: OpenAccidentDto, actor: Actor, requestKey?: string) {
    const agency = await agencyOf(this.db, actor);
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
    const accidentId = this.newId('accident', requestKey);
    // A late report is the 主要负责人's violation (安全生产法 第110条): the penalty needs that person.
    if (!dto.principal && isLateReport({ occurredAt, unitHeadNotifiedAt, reportedAt, rulebook }))
      throw new ProblemException('case.invalid', msg('accident.principal_required'));
    const instants = { occurredAt, unitHeadNotifiedAt, reportedAt };
    const input = accidentInput(dto, actor, agency, accidentId, rulebook, instants);
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
    const team = (await this.officers(dto.team)).map((o) => ({
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
    const agency = await agencyOf(this.db, actor);
    const transferId = this.newId('transfer', requestKey);
    const report = { transferId, penaltyId, dto, team };
    const input = transferInput(row, agency, actor, report, await this.rulebookToday());
    return this.start(actor, 'transfer', transferId, 'judicialTransferWorkflow', input);
  }

  /**
   * The calendar years a new procedure plans with, read here and sent in its input, so that its
   * workflow does not load them in a round trip of its own before it answers (issue #16).
   */
  private async calendar(): Promise<{ calendar: GivenCalendar }> {
    const years = calendarYearsNeeded((await this.clock.now()).getTime());
    return { calendar: { years, arrangements: await loadArrangements(this.db, years) } };
  }

  private async rulebookToday() {
    return rulebookInForce(this.rulebooks, chinaDateOf((await this.clock.now()).getTime()));
  }

  /** What starting a procedure's workflow needs; it answers once its opening is in the read model. */
  private opening(
    kind: ProcedureKind,
    id: string,
    workflowType: string,
    input: unknown,
    synced: UpdateDefinition<unknown, []>,
  ): Opening {
    return {
      client: this.client,
      answerWithinMs: this.config.answerWithinMs,
      workflowType,
      workflowId: UPDATES[kind][0](id),
      taskQueue: this.config.temporal.taskQueue,
      input,
      id,
      synced,
      closedMessage: closedMessage(kind, id),
    };
  }

  /** A sub-procedure on its own: started, then synced (a slow worker gets `recordPending`). */
  private async start(actor: Actor, kind: SubProcedureKind, id: string, workflowType: string, input: object) {
    const withCalendar = { ...input, ...(await this.calendar()) };
    const pending = await startThenSync(this.opening(kind, id, workflowType, withCalendar, procedureSynced));
    return pending ?? this.read.detail(actor, kind, id);
  }

  /** What an action's command may need besides its body: path parameters, new ids, user ids. */
  actionContext(params: Record<string, string>, key?: string): ActionContext {
    return {
      params,
      newId: (kind) => this.newId(kind, key),
      userIdOf: (username) => this.userIdOf(username),
      officers: (usernames) => this.officers(usernames),
    };
  }

  /** A new record's id, from the request's Idempotency-Key when it has one (record-lookups.ts). */
  newId(kind: string, requestKey?: string): string {
    return newRecordId(kind, requestKey);
  }

  /** Resolves usernames to the officers the workflow checks (agency, role, certificate). */
  officers(usernames: string[]): Promise<CaseOfficer[]> {
    return officersOf(this.db, usernames);
  }

  /** A user's id from the username (a hearing chair): 422 when unknown. */
  async userIdOf(username: string): Promise<string> {
    const [o] = await this.officers([username]);
    return o!.userId;
  }

  /**
   * Sends one action to a procedure's workflow as an Update (its validator refuses before anything
   * changes; the update id makes Temporal apply a retried request at most once) and answers with
   * what it did and what the caller may do next (`ActionAnswer`), or 202 while it is being written.
   */
  async send(
    actor: Actor,
    kind: ProcedureKind,
    id: string,
    command: AnyProcedureCommand,
    key?: string,
  ): Promise<ActionAnswer | RecordPending> {
    if (await this.read.closed(actor, kind, id))
      throw new ProblemException('case.closed', closedMessage(kind, id));
    const [workflowId, update] = UPDATES[kind];
    const result = await applyUpdate({
      client: this.client,
      answerWithinMs: this.config.answerWithinMs,
      handle: this.client.workflow.getHandle(workflowId(id)),
      update: update as UpdateDefinition<CommandResult, [{ actor: unknown; command: unknown }]>,
      arg: { actor: caseActor(actor), command },
      updateId: key,
      recordId: id,
      closedMessage: closedMessage(kind, id),
    });
    if (result instanceof RecordPending) return result;
    await this.childInReadModel(command);
    return actionAnswer(id, result, await this.read.availableActionsOf(actor, kind, id));
  }

  /**
   * Read-your-writes for an action that opened a child (a penalty procedure, a transfer, a
   * rectification item): answer once its opening is in the read model (a slow worker only delays
   * the child's page, never the answer).
   */
  private async childInReadModel(command: AnyProcedureCommand): Promise<void> {
    const workflowId = childWorkflowOf(command);
    if (!workflowId) return;
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      await within(this.client, this.config.answerWithinMs, () => handle.executeUpdate(procedureSynced));
    } catch (error) {
      if (!timedOut(error)) throw error;
    }
  }
}

function childWorkflowOf(command: AnyProcedureCommand): string | null {
  switch (command.type) {
    case 'report_transfer':
      return workflowIds.transfer(command.transferId);
    case 'acknowledge_penalty_proposal':
      return command.penaltyId ? workflowIds.penalty(command.penaltyId) : null;
    case 'add_rectification_item':
      return workflowIds.rectificationItem(command.itemId);
    default:
      return null;
  }
}

/** What every command Update answers: what `actionAnswer` reads of it. */
interface CommandResult {
  seq: number;
  stage: string;
  documents: IssuedDocument[];
}

export interface ActionContext {
  params: Record<string, string>;
  /** A new record's id, from the request's Idempotency-Key when it has one. */
  newId(kind: string): string;
  userIdOf(username: string): Promise<string>;
  /** The officers named in the body, with their certificates: 422 when one is unknown. */
  officers(usernames: string[]): Promise<CaseOfficer[]>;
}

/** Each kind's workflow id and command Update. */
const UPDATES: Record<ProcedureKind, [(id: string) => string, unknown]> = {
  enforcement_case: [workflowIds.enforcementCase, caseCommand],
  penalty: [workflowIds.penalty, penaltyCommand],
  transfer: [workflowIds.transfer, transferCommand],
  accident: [workflowIds.accident, accidentCommand],
  rectification_item: [workflowIds.rectificationItem, itemCommand],
};
