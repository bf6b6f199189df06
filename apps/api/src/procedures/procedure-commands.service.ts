import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { APP_CONFIG, CLOCK, ProblemException, type AppConfig, type Clock } from '@safecase/common';
import { chinaDateOf, type Actor, type PenaltyCommand, type TransferCommand } from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import {
  penaltyCommand,
  procedureSynced,
  transferCommand,
  type penaltyProcedureWorkflow,
  type ProcedureCommandResult,
} from '@safecase/workflows';
import { DataSource } from 'typeorm';
import { CaseCommandsService } from '../cases/case-commands.service';
import { caseActor, rethrowRefusal, timedOut, within } from '../cases/workflow-calls';
import type { OpenPenaltyDto } from './procedures.dto';
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
    const [agency] = await this.db.query<{ doc_prefix: string; region_code: string }[]>(
      'SELECT doc_prefix, region_code FROM agency WHERE id = $1',
      [actor.agencyId],
    );
    if (!agency) throw new ProblemException('case.invalid', 'Your agency is not registered.');
    if (dto.party === 'unit' && !dto.creditCode)
      throw new ProblemException('case.invalid', 'A penalty on a unit names its unified social credit code.');
    const handlers = await this.cases.officers(dto.handlers ?? []);
    if (handlers.some((h) => h.agencyId !== actor.agencyId || !h.roles.includes('officer')))
      throw new ProblemException('case.invalid', 'Handlers are officers of your agency.');
    const penaltyId = this.cases.newId('penalty', requestKey);
    const workflowId = workflowIds.penalty(penaltyId);
    const rulebook = await this.cases.rulebookInForce(chinaDateOf((await this.clock.now()).getTime()));
    try {
      await this.client.workflow.start<typeof penaltyProcedureWorkflow>('penaltyProcedureWorkflow', {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [
          {
            parentWorkflowId: null,
            searchAttributes: true,
            opening: {
              penaltyId,
              caseId: null,
              agencyId: actor.agencyId,
              regionCode: agency.region_code,
              docPrefix: agency.doc_prefix,
              party: dto.party,
              partyName: dto.partyName,
              creditCode: dto.creditCode ?? null,
              facts: dto.facts,
              majorHiddenDanger: dto.majorHiddenDanger ?? false,
              rulebook,
            },
            proposedBy: { userId: actor.userId, username: actor.username },
            handlers: handlers.map((h) => h.userId),
          },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    try {
      await within(this.client, () =>
        this.client.workflow.getHandle(workflowId).executeUpdate(procedureSynced),
      );
    } catch (error) {
      if (!timedOut(error)) throw error;
      return { id: penaltyId, workflowId, stage: 'proposed', recordPending: true };
    }
    return this.read.detail(actor, 'penalty', penaltyId);
  }

  /** A user's id from the username (a hearing chair): 422 when unknown. */
  async userIdOf(username: string): Promise<string> {
    const [o] = await this.cases.officers([username]);
    return o!.userId;
  }

  send(actor: Actor, kind: 'penalty', id: string, command: PenaltyCommand, key?: string): Promise<unknown>;
  send(actor: Actor, kind: 'transfer', id: string, command: TransferCommand, key?: string): Promise<unknown>;
  async send(
    actor: Actor,
    kind: ProcedureKind,
    id: string,
    command: PenaltyCommand | TransferCommand,
    key?: string,
  ) {
    const row = await this.read.summary(actor, kind, id);
    if (row.closed_at) throw new ProblemException('case.closed', `The ${kind} ${id} is closed.`);
    let result: ProcedureCommandResult;
    try {
      const args = {
        args: [{ actor: caseActor(actor), command }] as const,
        ...(key ? { updateId: key } : {}),
      };
      result = await within(this.client, () =>
        kind === 'penalty'
          ? this.client.workflow
              .getHandle(workflowIds.penalty(id))
              .executeUpdate(
                penaltyCommand,
                args as { args: [{ actor: ReturnType<typeof caseActor>; command: PenaltyCommand }] },
              )
          : this.client.workflow
              .getHandle(workflowIds.transfer(id))
              .executeUpdate(
                transferCommand,
                args as { args: [{ actor: ReturnType<typeof caseActor>; command: TransferCommand }] },
              ),
      );
    } catch (error) {
      rethrowRefusal(error, `The ${kind} ${id} is closed.`);
    }
    return { ...result, [kind]: await this.read.detail(actor, kind, id) };
  }
}
