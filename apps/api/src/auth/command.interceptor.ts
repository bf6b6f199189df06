import { msg } from '@safecase/domain';
import {
  HttpException,
  HttpStatus,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { codeForStatus, ProblemException } from '@safecase/common';
import { canonicalJson, sha256Hex } from '@safecase/persistence';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { COMMAND_ACTION } from './command-action';
import { RecordPending } from '../cases/workflow-calls';
import type { AuthenticatedRequest } from './current-actor';
import { IdempotencyStore } from './idempotency.store';
import { RejectionAudit } from './rejection-audit';

const KEY = /^[A-Za-z0-9_.:-]{8,200}$/;
const WAIT_FOR_TWIN_MS = 15_000;

/** A 4xx error as a problem (the caller's mistake, to be audited); undefined for real faults. */
function asRejection(error: unknown): ProblemException | undefined {
  if (error instanceof ProblemException) return error.getStatus() < 500 ? error : undefined;
  if (error instanceof HttpException && error.getStatus() < 500) {
    return new ProblemException(codeForStatus(error.getStatus()), error.message);
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Around every `@Command` endpoint (applied by the decorator): honours `Idempotency-Key` (a repeat returns the first response and
 * changes nothing, also when the two race) and audits a rejection with its reason.
 */
@Injectable()
export class CommandInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
    private readonly rejections: RejectionAudit,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.get<string | undefined>(COMMAND_ACTION, ctx.getHandler());
    if (!action) return next.handle();
    return from(this.run(ctx, next, action));
  }

  private async run(ctx: ExecutionContext, next: CallHandler, action: string): Promise<unknown> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const header = req.headers['idempotency-key'];
    const key = typeof header === 'string' ? header : undefined;
    const actor = req.actor;
    try {
      if (key === undefined || !actor)
        return this.answer(res, await lastValueFrom(next.handle(), { defaultValue: undefined }));
      if (!KEY.test(key))
        throw new ProblemException('idempotency.key_invalid', msg('api.idempotency_key_format'));
      const hash = sha256Hex(
        canonicalJson({ method: req.method, path: req.originalUrl, body: req.body ?? null }),
      );
      const deadline = Date.now() + WAIT_FOR_TWIN_MS;
      for (;;) {
        const begun = await this.store.begin(actor.userId, key, req.method, req.originalUrl, hash);
        if (begun.kind === 'mismatch') {
          throw new ProblemException('idempotency.key_reused', msg('api.idempotency_key_reused'));
        }
        if (begun.kind === 'replay') {
          res.status(begun.status);
          res.setHeader('Idempotent-Replayed', 'true');
          return begun.body;
        }
        if (begun.kind === 'fresh') break;
        if (Date.now() > deadline) throw new ProblemException('idempotency.in_progress');
        await sleep(100);
      }
      try {
        const body = this.answer(res, await lastValueFrom(next.handle(), { defaultValue: undefined }));
        // The status the handler answers with (a 202 for a pending record), so a repeat gets the same.
        await this.store.complete(actor.userId, key, res.statusCode, body);
        return body;
      } catch (error) {
        await this.store.abandon(actor.userId, key);
        throw error;
      }
    } catch (error) {
      const rejection = asRejection(error);
      // A twin still running is not a decision on the command; it will be audited when it finishes.
      if (rejection && rejection.code !== 'idempotency.in_progress')
        await this.rejections.record(req, action, rejection);
      throw error;
    }
  }

  /** A record still being written answers 202 `{id, recordPending: true}`; anything else as it is. */
  private answer(res: Response, body: unknown): unknown {
    if (!(body instanceof RecordPending)) return body;
    res.status(HttpStatus.ACCEPTED);
    return { id: body.id, recordPending: true };
  }
}
