import { instantOf } from '../contract/display';
import { Inject, Injectable } from '@nestjs/common';
import { isGrpcServiceError } from '@temporalio/client';
import {
  APP_CONFIG,
  CLOCK,
  ProblemException,
  requestIdFor,
  type AppConfig,
  type Clock,
} from '@safecase/common';
import { msg, type Actor, type Message } from '@safecase/domain';
import { AuditLog } from '@safecase/persistence';
import { ClockBusyError, TestServerClock } from '@safecase/temporal';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { AdvanceProgress } from './advance-progress';
import { addIsoDuration, parseIsoDuration, type IsoDuration } from './iso-duration';
import { AdvanceAccepted, type AdvanceView, type ClockView } from './sandbox.dto';

const LIMIT: IsoDuration = { years: 5, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
const UNAVAILABLE = 14; // gRPC status code
const KEEP_RUNS = 100;

interface AdvanceRun {
  id: string;
  state: AdvanceView['state'];
  advance: string;
  from: Date;
  target: Date;
  reached: Date | null;
  /** The records that had a timer due by the target when the advance began. */
  behind: string[];
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

/** The training sandbox's clock: read it, move it forward (every timer on the way fires). */
@Injectable()
export class SandboxService {
  private readonly clock: TestServerClock;
  private readonly answerWithinMs: number;
  private readonly runs = new Map<string, AdvanceRun>();

  constructor(
    @Inject(CLOCK) clock: Clock,
    private readonly audit: AuditLog,
    private readonly progress: AdvanceProgress,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'sandboxAdvanceAnswerMs'>,
  ) {
    // The module is imported only in sandbox mode, where ClockModule provides the test server's clock.
    if (!(clock instanceof TestServerClock))
      throw new Error('the sandbox module needs SANDBOX_MODE=true (the time-skipping test server clock)');
    this.clock = clock;
    this.answerWithinMs = config.sandboxAdvanceAnswerMs;
  }

  async now(): Promise<ClockView> {
    return { now: instantOf(await this.talk(() => this.clock.now()))! };
  }

  /**
   * Starts an advance and waits up to `SANDBOX_ADVANCE_ANSWER_MS` for it: finished by then, it answers
   * the new time (200); still running (a deadline storm, or a task that holds the server's time), the
   * advance's progress resource (202), which `GET /sandbox/clock/advances/{id}` keeps up to date.
   */
  async advance(advance: string, actor: Actor, req: Request): Promise<ClockView | AdvanceAccepted> {
    const duration = parseIsoDuration(advance);
    if (!duration) throw invalid(msg('api.advance_not_duration')); // the DTO has checked it
    const from = await this.talk(() => this.clock.now());
    const to = addIsoDuration(from, duration);
    if (!(to.getTime() <= addIsoDuration(from, LIMIT).getTime())) throw invalid(msg('api.advance_too_long'));
    // Who is behind is read before the clock moves: afterwards the first of them are already caught up.
    const behind = await this.progress.behind(to);
    let finished: Promise<Date>;
    try {
      finished = this.clock.begin(to.getTime() - from.getTime());
    } catch (error) {
      if (error instanceof ClockBusyError)
        throw new ProblemException('sandbox.clock_busy', msg('api.sandbox_busy'));
      throw error;
    }
    const run = this.remember({ advance, from, target: to, behind, startedAt: this.wall() });
    finished.then(
      (now) => Object.assign(run, { state: 'done', reached: now, finishedAt: this.wall() }),
      (error: unknown) =>
        Object.assign(run, { state: 'failed', finishedAt: this.wall(), error: String(error) }),
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.answerWithinMs);
    });
    let outcome: Date | 'late';
    try {
      outcome = await this.talk(() => Promise.race([finished, late]));
    } finally {
      clearTimeout(timer);
    }
    if (outcome !== 'late') {
      await this.record(actor, req, { advance, from: instantOf(from), to: instantOf(outcome) });
      return { now: instantOf(outcome)! };
    }
    // The clock is moving all the same: the trail must say who set it going.
    await this.record(
      actor,
      req,
      { advance, from: instantOf(from), to: null, target: instantOf(to), advanceId: run.id },
      `still advancing when answered (202, GET /sandbox/clock/advances/${run.id})`,
    );
    return new AdvanceAccepted(await this.view(run));
  }

  /** An advance's progress: `GET /sandbox/clock/advances/{id}`. */
  async advanceView(id: string): Promise<AdvanceView> {
    const run = this.runs.get(id);
    if (!run) throw new ProblemException('resource.not_found', msg('api.sandbox_advance_not_found', { id }));
    return this.view(run);
  }

  private async view(run: AdvanceRun): Promise<AdvanceView> {
    const total = run.behind.length;
    const behind = await this.progress.stillBehind(run.target, run.behind);
    return {
      id: run.id,
      state: run.state,
      advance: run.advance,
      from: instantOf(run.from)!,
      target: instantOf(run.target)!,
      now: run.reached ? instantOf(run.reached) : null,
      procedures: { caughtUp: total - behind, total },
      startedAt: instantOf(run.startedAt)!,
      finishedAt: instantOf(run.finishedAt),
      error: run.error,
    };
  }

  private remember(
    facts: Pick<AdvanceRun, 'advance' | 'from' | 'target' | 'behind' | 'startedAt'>,
  ): AdvanceRun {
    const run: AdvanceRun = {
      id: randomUUID(),
      state: 'running',
      reached: null,
      finishedAt: null,
      error: null,
      ...facts,
    };
    this.runs.set(run.id, run);
    // Kept in memory: the test server's workflows are too, and every sandbox start begins afresh.
    for (const old of this.runs.keys()) {
      if (this.runs.size <= KEEP_RUNS) break;
      this.runs.delete(old);
    }
    return run;
  }

  /** Real time, for when an advance began and ended (the sandbox clock is the thing being moved). */
  private wall(): Date {
    return new Date();
  }

  private async record(actor: Actor, req: Request, payload: object, reason?: string): Promise<void> {
    await this.audit.append({
      actorId: actor.userId,
      actorUsername: actor.username,
      actorRole: actor.roles.join(','),
      agencyId: actor.agencyId,
      requestId: requestIdFor(req),
      action: 'sandbox.advance_clock',
      outcome: 'accepted',
      reason: reason ?? null,
      payload,
    });
  }

  /** A test server that does not answer is a 503 naming it, not an anonymous 500. */
  private async talk<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isGrpcServiceError(error) && Number(error.code) === UNAVAILABLE)
        throw new ProblemException('service.unavailable', msg('api.sandbox_server_silent'));
      throw error;
    }
  }
}

function invalid(message: Message): ProblemException {
  return new ProblemException('validation.failed', message, [{ field: 'advance', messages: [message] }]);
}
