import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { ProblemException } from './problem';
import { ProblemDetailsFilter } from './problem-details.filter';

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
  const req = { url: '/things/1', headers: { 'x-request-id': 'req-9' } };
  const host = {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { status: res.statusCode, type: res.headers['content-type'], body: JSON.parse(res.body) };
}

describe('ProblemDetailsFilter', () => {
  it('sends a ProblemException as it is, as application/problem+json', () => {
    const out = respond(new ProblemException('case.closed', 'The case is closed.'));
    expect(out.status).toBe(409);
    expect(out.type).toMatch(/^application\/problem\+json/);
    expect(out.body).toEqual({
      type: 'urn:safecase:problem:case.closed',
      title: 'The case is closed',
      status: 409,
      code: 'case.closed',
      detail: 'The case is closed.',
      instance: '/things/1',
      requestId: 'req-9',
    });
  });

  it("maps Nest's HTTP exceptions to a generic code", () => {
    expect(respond(new NotFoundException('Cannot GET /nope')).body).toMatchObject({
      status: 404,
      code: 'resource.not_found',
      detail: 'Cannot GET /nope',
    });
    expect(respond(new BadRequestException('Unexpected token } in JSON')).body.code).toBe(
      'request.malformed',
    );
  });

  it('answers a real fault with a bare 500 that names nothing internal', () => {
    const fault = new Error('duplicate key value violates unique constraint "pk_ping" at SELECT ...');
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const out = respond(fault);
    expect(out.status).toBe(500);
    expect(out.body.code).toBe('internal.error');
    expect(JSON.stringify(out.body)).not.toMatch(/duplicate|pk_ping|SELECT|Error/);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: fault, requestId: 'req-9' }),
      'Internal error',
    );
  });
});
