import { Injectable } from '@nestjs/common';
import { ProblemException } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import { AuditLog, type VerifyResult } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import { instantOf } from '../contract/display';

export interface VerificationJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  requestedBy: string;
  startedAt: string;
  finishedAt: string | null;
  /** Entries checked so far, over every chain. */
  checked: number;
  /** Entries in the log when it began (null until the thread has counted them). */
  total: number | null;
  result: VerifyResult | null;
  error: string | null;
}

// The newest jobs are kept, in this API process only: a job is a view of a run, not a record (its
// start is audited, and its outcome can be had again by running it again).
const KEPT = 20;

/**
 * Audit verification as a job (issue #16 §4): the chain is recomputed in a worker thread of its own
 * while the request has long been answered, and the job reports how far it has got.
 */
@Injectable()
export class AuditVerifications {
  private readonly jobs = new Map<string, VerificationJob>();

  constructor(private readonly log: AuditLog) {}

  start(actor: Actor): VerificationJob {
    const job: VerificationJob = {
      id: randomUUID(),
      status: 'running',
      requestedBy: actor.username,
      startedAt: instantOf(new Date())!,
      finishedAt: null,
      checked: 0,
      total: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    for (const id of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT))) this.jobs.delete(id);
    this.log
      .verify({
        onProgress: (p) => {
          job.checked = p.checked;
          job.total = p.total;
        },
      })
      .then((result) => {
        Object.assign(job, {
          status: 'done',
          result,
          checked: result.checked,
          finishedAt: instantOf(new Date()),
        });
      })
      .catch((e: unknown) => {
        Object.assign(job, {
          status: 'failed',
          error: e instanceof Error ? e.message : String(e),
          finishedAt: instantOf(new Date()),
        });
      });
    return { ...job };
  }

  get(id: string): VerificationJob {
    const job = this.jobs.get(id);
    if (!job) throw new ProblemException('resource.not_found', `没有编号为 ${id} 的审计核验任务`);
    return { ...job };
  }
}
