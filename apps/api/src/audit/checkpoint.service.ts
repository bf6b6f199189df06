import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProblemException, requestIdFor } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import {
  AuditCheckpoints,
  AuditLog,
  type CheckpointReport,
  type SignedCheckpoint,
  type StoredCheckpoint,
  type VerifyResult,
} from '@safecase/persistence';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { PageQuery } from '../cases/cases.dto';
import { decodeCursor, DEFAULT_LIMIT, pageOf } from '../cases/keyset';

export interface VerifyWithCheckpointResult {
  /** The chain recomputes and the checkpoint is genuine and still holds. */
  ok: boolean;
  /** The chain as `GET /audit/verify` reports it. */
  chain: VerifyResult;
  checkpoint: CheckpointReport;
}

@Injectable()
export class CheckpointService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly log: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
  ) {}

  /** A checkpoint now, committed with the audit entry of the request that asked for it. */
  take(actor: Actor, req: Request): Promise<StoredCheckpoint> {
    return this.db.transaction(async (m) => {
      const stored = (await this.checkpoints.take({ origin: 'command', requestedBy: actor.username }, m))!;
      await this.log.append(
        {
          actorId: actor.userId,
          actorUsername: actor.username,
          actorRole: actor.roles.filter((r) => r === 'admin' || r === 'auditor').join(','),
          agencyId: actor.agencyId,
          requestId: requestIdFor(req),
          action: 'audit.checkpoint.take',
          outcome: 'accepted',
          payload: {
            checkpointId: stored.id,
            keyId: stored.checkpoint.keyId,
            chains: stored.checkpoint.chains,
          },
        },
        m,
      );
      return stored;
    });
  }

  /** A page of checkpoints, newest first, after the cursor (keyset on the id). */
  async list(q: PageQuery) {
    const after = decodeCursor(q.cursor, ['int']);
    const limit = q.limit ?? DEFAULT_LIMIT;
    const rows = await this.checkpoints.list((after?.[0] as number | undefined) ?? null, limit + 1);
    return pageOf(
      rows,
      limit,
      (c) => [c.id],
      (c) => c,
    );
  }

  async latest(): Promise<StoredCheckpoint> {
    const latest = await this.checkpoints.latest();
    if (!latest) throw new ProblemException('audit.checkpoint_not_found', '尚未生成任何审计检查点。');
    return latest;
  }

  publicKey() {
    return this.checkpoints.publicKey();
  }

  async verify(checkpoint: SignedCheckpoint): Promise<VerifyWithCheckpointResult> {
    const report = await this.checkpoints.check(checkpoint);
    const chain = await this.log.verify();
    return { ok: chain.ok && report.ok, chain, checkpoint: report };
  }
}
