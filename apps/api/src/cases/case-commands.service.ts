import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { status } from '@grpc/grpc-js';
import {
  Client,
  isGrpcServiceError,
  ServiceError,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  type WorkflowStartOptions,
} from '@temporalio/client';
import { APP_CONFIG, CLOCK, ProblemException, type AppConfig, type Clock } from '@safecase/common';
import { chinaDateOf, type Actor, type CaseCommand, type CaseOfficer, listOf, msg } from '@safecase/domain';
import { RulebookNotFoundError, RulebookStore, sha256Hex } from '@safecase/persistence';
import { workflowIds } from '@safecase/domain';
import {
  caseCommand,
  caseSynced,
  procedureSynced,
  type CaseCommandResult,
  type EnforcementCaseInput,
  type enforcementCaseWorkflow,
} from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { uuidFromDigest } from './request-key';
import { DataSource } from 'typeorm';
import type { OpenCaseDto } from './cases.dto';
import { actionAnswer, type ActionAnswer } from './action-answer';
import { CaseReadService } from './case-read.service';
import { applyUpdate, caseActor, RecordPending, rethrowRefusal, timedOut, within } from './workflow-calls';

export { caseActor };

/**
 * Changes a case only through its workflow: a create starts it, every action is an Update whose
 * validator accepts or refuses it before anything changes. Nothing here writes case state.
 */
@Injectable()
export class CaseCommandsService {
  constructor(
    private readonly client: Client,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly read: CaseReadService,
    private readonly rulebooks: RulebookStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private within<T>(fn: () => Promise<T>): Promise<T> {
    return within(this.client, this.config.answerWithinMs, fn);
  }

  async open(dto: OpenCaseDto, actor: Actor, requestKey?: string) {
    const [agency] = await this.db.query<{ doc_prefix: string; region_code: string }[]>(
      'SELECT doc_prefix, region_code FROM agency WHERE id = $1',
      [actor.agencyId],
    );
    if (!agency) throw new ProblemException('case.invalid', msg('api.agency_unregistered'));
    // With an Idempotency-Key the case id comes from it: a retry after a crash finds the same workflow.
    const caseId = requestKey ? uuidFromDigest(sha256Hex(`case:${requestKey}`)) : randomUUID();
    const workflowId = workflowIds.enforcementCase(caseId);
    const now = (await this.clock.now()).getTime();
    const rulebook = await this.rulebookInForce(chinaDateOf(now));
    const start = {
      workflowId,
      taskQueue: this.config.temporal.taskQueue,
      workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
      args: [
        {
          caseId,
          agencyId: actor.agencyId,
          regionCode: agency.region_code,
          docPrefix: agency.doc_prefix,
          origin: dto.origin,
          enterprise: { ...dto.enterprise },
          summary: dto.summary,
          openedBy: caseActor(actor),
          rulebook,
          searchAttributes: true,
        },
      ] as [EnforcementCaseInput],
    };
    // Read-your-writes: answer once the opening is in the read model. The case exists either way: a
    // slow worker gets a 202 saying the record is still being written, never an error inviting a retry.
    // One call where the server can (the dev server and, checked, the sandbox's time-skipping server).
    const opened = await this.startAndSync(start, caseId);
    if (opened !== 'two_calls') return opened ?? this.read.detail(actor, caseId);
    // A closed case with this id, or a server without update-with-start: start, then sync.
    try {
      await this.client.workflow.start<typeof enforcementCaseWorkflow>('enforcementCaseWorkflow', {
        ...start,
        workflowIdConflictPolicy: 'FAIL',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    try {
      await this.within(() => this.client.workflow.getHandle(workflowId).executeUpdate(caseSynced));
    } catch (error) {
      if (timedOut(error)) return new RecordPending(caseId);
      rethrowRefusal(error, `Case ${caseId} is closed.`);
    }
    return this.read.detail(actor, caseId);
  }

  /**
   * Start and first sync in one call (update-with-start): the workflow starts, or a retry with the
   * same Idempotency-Key finds it running, and the Update answers once the opening is projected.
   * Returns undefined when the record is written, a 202 when it is late, `two_calls` where the
   * server cannot do both at once (a closed case with this id, or no update-with-start support).
   */
  private async startAndSync(
    start: Omit<WorkflowStartOptions<typeof enforcementCaseWorkflow>, 'workflowIdConflictPolicy'>,
    caseId: string,
  ): Promise<RecordPending | 'two_calls' | undefined> {
    const operation = new WithStartWorkflowOperation<typeof enforcementCaseWorkflow>(
      'enforcementCaseWorkflow',
      { ...start, workflowIdConflictPolicy: 'USE_EXISTING' },
    );
    try {
      await this.within(() =>
        this.client.workflow.executeUpdateWithStart(caseSynced, { startWorkflowOperation: operation }),
      );
      return undefined;
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return 'two_calls';
      // The SDK wraps a server's gRPC status in a ServiceError. UNKNOWN: the sandbox's time-skipping
      // server (1.40) sometimes fails a concurrent update-with-start inside (a NullPointerException).
      // Start and sync are each idempotent, so the two calls finish the same opening, never a 500.
      const code = grpcCodeOf(error);
      if (code === status.UNIMPLEMENTED || code === status.UNKNOWN) return 'two_calls';
      if (timedOut(error)) {
        // Late: the case exists if the start went through (202); if not, the two calls decide.
        return (await this.started(start.workflowId)) ? new RecordPending(caseId) : 'two_calls';
      }
      rethrowRefusal(error, `Case ${caseId} is closed.`);
    }
  }

  private async started(workflowId: string): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(workflowId).describe();
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  /** The stored rulebook version in force on the day the case opens: the case keeps it to the end. */
  async rulebookInForce(today: string) {
    try {
      return await this.rulebooks.inForceOn(today);
    } catch (error) {
      if (error instanceof RulebookNotFoundError)
        throw new ProblemException('rulebook.not_found', error.message);
      throw error;
    }
  }

  /** Resolves usernames to the officers the workflow checks (agency, role, certificate). */
  async officers(usernames: string[]): Promise<CaseOfficer[]> {
    const rows = await this.db.query<
      {
        id: string;
        username: string;
        display_name: string;
        agency_id: string;
        roles: string[];
        certificate_no: string | null;
      }[]
    >(
      `SELECT id, username, display_name, agency_id, roles, certificate_no FROM app_user
       WHERE username = ANY($1) AND active`,
      [usernames],
    );
    const unknown = usernames.filter((u) => !rows.some((r) => r.username === u));
    if (unknown.length)
      throw new ProblemException('case.invalid', msg('api.unknown_officers', { usernames: listOf(unknown) }));
    return rows.map((r) => ({
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      agencyId: r.agency_id,
      roles: r.roles,
      certificateNo: r.certificate_no,
    }));
  }

  /**
   * Read-your-writes for a command that opened a penalty procedure or a transfer: answer once the
   * child's opening is in the read model (a slow worker only delays the child's page, never the answer).
   */
  private async childInReadModel(command: CaseCommand): Promise<void> {
    const workflowId =
      command.type === 'report_transfer'
        ? workflowIds.transfer(command.transferId)
        : command.type === 'acknowledge_penalty_proposal' && command.penaltyId
          ? workflowIds.penalty(command.penaltyId)
          : null;
    if (!workflowId) return;
    try {
      await this.within(() => this.client.workflow.getHandle(workflowId).executeUpdate(procedureSynced));
    } catch (error) {
      if (!timedOut(error)) throw error;
    }
  }

  /** A new record's id: from the request's Idempotency-Key when there is one, so a retry finds it. */
  newId(kind: string, requestKey?: string): string {
    return requestKey ? uuidFromDigest(sha256Hex(`${kind}:${requestKey}`)) : randomUUID();
  }

  /** Sends one action as an Update and answers with what it did (`ActionAnswer`), or 202 pending. */
  async send(
    actor: Actor,
    caseId: string,
    command: CaseCommand,
    requestKey?: string,
  ): Promise<ActionAnswer | RecordPending> {
    const summary = await this.read.summary(actor, caseId);
    if (summary.stage === 'closed')
      throw new ProblemException('case.closed', msg('api.case_closed', { id: caseId }));
    // The update id makes Temporal apply a retried request at most once.
    const result: CaseCommandResult | RecordPending = await applyUpdate({
      client: this.client,
      answerWithinMs: this.config.answerWithinMs,
      handle: this.client.workflow.getHandle(workflowIds.enforcementCase(caseId)),
      update: caseCommand,
      arg: { actor: caseActor(actor), command },
      updateId: requestKey,
      recordId: caseId,
      closedMessage: msg('api.case_closed', { id: caseId }),
    });
    if (result instanceof RecordPending) return result;
    await this.childInReadModel(command);
    return actionAnswer(caseId, result, await this.read.availableActionsOf(actor, caseId));
  }
}

/** The gRPC status of a failed Temporal call, whether raw or wrapped by the SDK. */
function grpcCodeOf(error: unknown): number | undefined {
  if (isGrpcServiceError(error)) return error.code;
  if (error instanceof ServiceError && isGrpcServiceError(error.cause)) return error.cause.code;
  return undefined;
}
