import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { Metadata } from '@grpc/grpc-js';
import { ServiceError, WorkflowUpdateFailedError } from '@temporalio/client';
import { QueryFailedError } from 'typeorm';
import { dependencyOutage } from './dependency-outage';
import { ProblemDetailsFilter } from './problem-details.filter';

/** The error `pg` rejects with when nothing listens on the database port. */
function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55432'), {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '127.0.0.1',
    port: 55432,
  });
}

function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: new Metadata() });
}

/** A server's error message as `pg` reports it (a DatabaseError: SQLSTATE in `code`). */
function serverError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'error', severity: 'FATAL', code });
}

function respond(exception: unknown) {
  const res = {
    statusCode: 0,
    headers: {} as Record<string, string>,
    body: '',
    headersSent: false,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    },
    end(body: string) {
      this.body = body;
    },
  };
  const req = { url: '/cases', headers: { 'x-request-id': 'req-7' } };
  const host = {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { status: res.statusCode, headers: res.headers, raw: res.body, body: JSON.parse(res.body) };
}

describe('dependencyOutage', () => {
  it.each([
    ['a refused connection', refused()],
    ['a refused connection wrapped by TypeORM', new QueryFailedError('SELECT 1', [], refused())],
    ['a connection that died mid-query', new Error('Connection terminated unexpectedly')],
    [
      'a died connection wrapped by TypeORM',
      new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')),
    ],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'the server shutting down (57P01)',
      serverError('57P01', 'terminating connection due to administrator command'),
    ],
    ['the server starting up (57P03)', serverError('57P03', 'the database system is starting up')],
    ['a connection failure (08006)', serverError('08006', 'connection failure')],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' })],
  ])('names the database for %s', (_what, error) => {
    expect(dependencyOutage(error)?.dependency).toBe('database');
  });

  it('names Temporal for a gRPC UNAVAILABLE, also inside the SDK’s ServiceError', () => {
    const unavailable = grpcError(14, 'No connection established. Last error: connect ECONNREFUSED');
    expect(dependencyOutage(unavailable)?.dependency).toBe('temporal');
    const wrapped = new ServiceError('Failed to start Workflow', { cause: unavailable });
    expect(dependencyOutage(wrapped)?.dependency).toBe('temporal');
  });

  it.each([
    ['a plain fault', new Error('Cannot read properties of undefined')],
    ['a constraint violation', new QueryFailedError('INSERT', [], serverError('23505', 'duplicate key'))],
    ['a gRPC deadline (a slow server is not a down one)', grpcError(4, 'Deadline exceeded')],
    ['a gRPC NOT_FOUND', grpcError(5, 'workflow not found')],
    ['an update the workflow refused', new WorkflowUpdateFailedError('refused', undefined)],
    ['no error at all', undefined],
  ])('says nothing for %s', (_what, error) => {
    expect(dependencyOutage(error)).toBeUndefined();
  });
});

describe('ProblemDetailsFilter for an outage', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('answers a database outage with 503, Retry-After and a Chinese detail that names no address', () => {
    const out = respond(new QueryFailedError('SELECT * FROM enforcement_case', [], refused()));
    expect(out.status).toBe(503);
    expect(out.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(out.headers['retry-after'])).toBeGreaterThan(0);
    expect(out.body).toMatchObject({
      status: 503,
      code: 'service.unavailable',
      detail: '数据库暂时不可用，请稍后重试。',
      instance: '/cases',
      requestId: 'req-7',
    });
    expect(out.raw).not.toMatch(/127\.0\.0\.1|55432|ECONNREFUSED|SELECT|enforcement_case/);
  });

  it('answers a Temporal outage with 503 and Retry-After', () => {
    const out = respond(new ServiceError('Failed to start Workflow', { cause: grpcError(14, 'down') }));
    expect(out.status).toBe(503);
    expect(out.headers['retry-after']).toMatch(/^\d+$/);
    expect(out.body.code).toBe('service.unavailable');
    expect(out.body.detail).toMatch(/流程引擎暂时不可用/);
  });

  it('leaves HTTP exceptions and real faults as they were', () => {
    expect(respond(new NotFoundException('Cannot GET /nope')).status).toBe(404);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const fault = respond(new Error('boom'));
    expect(fault.status).toBe(500);
    expect(fault.headers['retry-after']).toBeUndefined();
  });
});
