import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import { LANGUAGE_TAG, msg, renderMessage, type Locale } from '@safecase/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdFor } from '../logging/request-context';
import { requestLocale } from '../i18n/request-locale';
import { dependencyOutage, type Outage } from './dependency-outage';
import { codeForStatus, describeError, errorTitle } from './error-codes';
import { PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails } from './problem';

/**
 * Turns every error into `application/problem+json`. Only `HttpException`s carry caller-facing text;
 * anything else is a real fault: logged with its stack, answered with a bare 500 that names nothing
 * internal (no stack, SQL or class name). Title and detail are in the request's language
 * (`Accept-Language`, Chinese by default); the code stays the same in every language.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<IncomingMessage & { originalUrl?: string }>();
    const res = http.getResponse<ServerResponse>();
    const locale = requestLocale(req);
    // A server we depend on is down: 503 with Retry-After, not a fault of ours (never 500).
    const outage = exception instanceof HttpException ? undefined : dependencyOutage(exception);
    const problem = outage ? this.outageProblem(outage, locale) : this.toProblem(exception, locale);
    problem.instance = req.originalUrl ?? req.url;
    problem.requestId = requestIdFor(req);
    if (outage)
      this.logger.warn({ err: exception, requestId: problem.requestId }, `${outage.dependency} unavailable`);
    else if (problem.status >= 500)
      this.logger.error({ err: exception, requestId: problem.requestId }, describeError(problem.code).title);
    if (res.headersSent) return;
    res.statusCode = problem.status;
    if (outage) res.setHeader('Retry-After', String(outage.retryAfterSeconds));
    res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    res.setHeader('Content-Language', LANGUAGE_TAG[locale]);
    res.end(JSON.stringify(problem));
  }

  private outageProblem(outage: Outage, locale: Locale): ProblemDetails {
    const { status } = describeError('service.unavailable');
    return {
      type: 'urn:safecase:problem:service.unavailable',
      title: errorTitle('service.unavailable', locale),
      status,
      code: 'service.unavailable',
      detail: outage.detail,
    };
  }

  private toProblem(exception: unknown, locale: Locale): ProblemDetails {
    if (exception instanceof ProblemException) {
      const status = exception.getStatus();
      const detail = exception.detailIn(locale);
      const errors = exception.errorsIn(locale);
      return {
        type: `urn:safecase:problem:${exception.code}`,
        title: errorTitle(exception.code, locale),
        status,
        code: exception.code,
        ...(detail ? { detail } : {}),
        ...(errors ? { errors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = codeForStatus(status);
      const body = exception.getResponse();
      const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : body;
      return {
        type: `urn:safecase:problem:${code}`,
        title: errorTitle(code, locale),
        status,
        code,
        // Nest's own messages (e.g. "Cannot GET /nope") exist in English only.
        ...(typeof message === 'string' && status < 500 ? { detail: message } : {}),
      };
    }
    return {
      type: 'urn:safecase:problem:internal.error',
      title: errorTitle('internal.error', locale),
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal.error',
      detail: renderMessage(msg('api.internal_error'), locale),
    };
  }
}
