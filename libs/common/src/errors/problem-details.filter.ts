import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdFor } from '../logging/request-context';
import { dependencyOutage, type Outage } from './dependency-outage';
import { codeForStatus, describeError } from './error-codes';
import { PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails } from './problem';

/**
 * Turns every error into `application/problem+json`. Only `HttpException`s carry caller-facing text;
 * anything else is a real fault: logged with its stack, answered with a bare 500 that names nothing
 * internal (no stack, SQL or class name).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<IncomingMessage & { originalUrl?: string }>();
    const res = http.getResponse<ServerResponse>();
    // A server we depend on is down: 503 with Retry-After, not a fault of ours (never 500).
    const outage = exception instanceof HttpException ? undefined : dependencyOutage(exception);
    const problem = outage ? this.outageProblem(outage) : this.toProblem(exception);
    problem.instance = req.originalUrl ?? req.url;
    problem.requestId = requestIdFor(req);
    if (outage)
      this.logger.warn({ err: exception, requestId: problem.requestId }, `${outage.dependency} unavailable`);
    else if (problem.status >= 500)
      this.logger.error({ err: exception, requestId: problem.requestId }, problem.title);
    if (res.headersSent) return;
    res.statusCode = problem.status;
    if (outage) res.setHeader('Retry-After', String(outage.retryAfterSeconds));
    res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    res.end(JSON.stringify(problem));
  }

  private outageProblem(outage: Outage): ProblemDetails {
    const { status, title } = describeError('service.unavailable');
    return {
      type: 'urn:safecase:problem:service.unavailable',
      title,
      status,
      code: 'service.unavailable',
      detail: outage.detail,
    };
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) {
      const status = exception.getStatus();
      return {
        type: `urn:safecase:problem:${exception.code}`,
        title: exception.title,
        status,
        code: exception.code,
        ...(exception.detail ? { detail: exception.detail } : {}),
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = codeForStatus(status);
      const body = exception.getResponse();
      const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : body;
      return {
        type: `urn:safecase:problem:${code}`,
        title: describeError(code).title,
        status,
        code,
        ...(typeof message === 'string' && status < 500 ? { detail: message } : {}),
      };
    }
    return {
      type: 'urn:safecase:problem:internal.error',
      title: 'Internal error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal.error',
      detail: 'The server could not complete the request; quote the requestId when reporting it.',
    };
  }
}
