import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { APP_CONFIG, ProblemException, type AppConfig } from '@safecase/common';
import { PingEntity } from '@safecase/persistence';
import { workflowIds } from '@safecase/temporal';
import { acknowledgePing, type pingWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { CreatePingDto, PingView } from './ping.dto';

const DEFAULT_ACK_WINDOW_SECONDS = 24 * 3600;

function notFound(id: string): ProblemException {
  return new ProblemException('ping.not_found', `No ping ${id}.`);
}

/** Platform slice: starts the ping workflow and reads its PostgreSQL read model. */
@Injectable()
export class PingService {
  constructor(
    private readonly client: Client,
    @InjectRepository(PingEntity) private readonly pings: Repository<PingEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreatePingDto): Promise<PingView> {
    const id = randomUUID();
    const workflowId = workflowIds.ping(id);
    await this.client.workflow.start<typeof pingWorkflow>('pingWorkflow', {
      workflowId,
      taskQueue: this.config.temporal.taskQueue,
      args: [
        {
          pingId: id,
          message: dto.message,
          ackWindowMs: (dto.ackWindowSeconds ?? DEFAULT_ACK_WINDOW_SECONDS) * 1000,
        },
      ],
    });
    return { id, workflowId, message: dto.message, status: 'PENDING', recordedAt: null, settledAt: null };
  }

  async get(id: string): Promise<PingView> {
    const row = await this.pings.findOneBy({ id });
    if (!row) throw notFound(id);
    return {
      id: row.id,
      workflowId: row.workflowId,
      message: row.message,
      status: row.status,
      recordedAt: row.recordedAt.toISOString(),
      settledAt: row.settledAt?.toISOString() ?? null,
    };
  }

  async acknowledge(id: string): Promise<void> {
    const row = await this.pings.findOneBy({ id });
    if (!row) throw notFound(id);
    if (row.status !== 'RECORDED') {
      throw new ProblemException('ping.already_settled', `Ping ${id} is ${row.status}.`);
    }
    try {
      await this.client.workflow.getHandle(workflowIds.ping(id)).signal(acknowledgePing);
    } catch (error) {
      // A closed or unknown workflow: nothing left to acknowledge.
      if (error instanceof WorkflowNotFoundError) throw notFound(id);
      throw error;
    }
  }
}
