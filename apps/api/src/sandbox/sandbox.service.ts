import { instantOf } from '../contract/display';
import { Inject, Injectable } from '@nestjs/common';
import { isGrpcServiceError } from '@temporalio/client';
import { CLOCK, ProblemException, requestIdFor, type Clock } from '@safecase/common';
import { msg, type Actor, type Message } from '@safecase/domain';
import { AuditLog } from '@safecase/persistence';
import { ClockBusyError, ClockStalledError, TestServerClock } from '@safecase/temporal';
import type { Request } from 'express';
import { addIsoDuration, parseIsoDuration, type IsoDuration } from './iso-duration';
import type { ClockView } from './sandbox.dto';

const LIMIT: IsoDuration = { years: 5, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
const UNAVAILABLE = 14; // gRPC status code

/** The training sandbox's clock: read it, move it forward (every timer on the way fires). */
@Injectable()
export class SandboxService {
  private readonly clock: TestServerClock;

  constructor(
    @Inject(CLOCK) clock: Clock,
    private readonly audit: AuditLog,
  ) {
    // The module is imported only in sandbox mode, where ClockModule provides the test server's clock.
    if (!(clock instanceof TestServerClock))
      throw new Error('the sandbox module needs SANDBOX_MODE=true (the time-skipping test server clock)');
    this.clock = clock;
  }

  async now(): Promise<ClockView> {
    return { now: instantOf(await this.talk(() => this.clock.now()))! };
  }

  async advance(advance: string, actor: Actor, req: Request): Promise<ClockView> {
    const duration = parseIsoDuration(advance);
    if (!duration) throw invalid(msg('api.advance_not_duration')); // the DTO has checked it
    const from = await this.talk(() => this.clock.now());
    const to = addIsoDuration(from, duration);
    if (!(to.getTime() <= addIsoDuration(from, LIMIT).getTime())) throw invalid(msg('api.advance_too_long'));
    let now: Date;
    try {
      now = await this.talk(() => this.clock.advance(to.getTime() - from.getTime()));
    } catch (error) {
      if (error instanceof ClockBusyError)
        throw new ProblemException('sandbox.clock_busy', msg('api.sandbox_busy'));
      if (error instanceof ClockStalledError) {
        // The clock is moving all the same: the trail must say who set it going.
        await this.record(
          actor,
          req,
          { advance, from: instantOf(from), to: null, target: instantOf(to) },
          'still advancing when answered (sandbox.clock_stalled)',
        );
        throw new ProblemException('sandbox.clock_stalled', msg('api.sandbox_stalled'));
      }
      throw error;
    }
    await this.record(actor, req, { advance, from: instantOf(from), to: instantOf(now) });
    return { now: instantOf(now)! };
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
