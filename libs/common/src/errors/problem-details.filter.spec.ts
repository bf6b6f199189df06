import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { msg } from '@safecase/domain';
import { ProblemException, validationProblem } from './problem';
import { ProblemDetailsFilter } from './problem-details.filter';

function respond(exception: unknown, acceptLanguage?: string) {
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
  const req = {
    url: '/things/1',
    headers: { 'x-request-id': 'req-9', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return {
    status: res.statusCode,
    type: res.headers['content-type'],
    language: res.headers['content-language'],
    body: JSON.parse(res.body),
  };
}

describe('ProblemDetailsFilter', () => {
  it('sends a ProblemException as it is, as application/problem+json', () => {
    const out = respond(new ProblemException('case.closed', 'The case is closed.'), 'en');
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

  it('answers in Chinese by default and in English on request, the code the same', () => {
    const refusal = new ProblemException('case.invalid', msg('case.unknown_danger', { id: 'D9' }));
    const zh = respond(refusal);
    expect(zh.language).toBe('zh-CN');
    expect(zh.body).toMatchObject({
      code: 'case.invalid',
      title: '此操作对本案无效',
      detail: '本案没有隐患 D9',
    });
    const en = respond(refusal, 'en-US,en;q=0.9');
    expect(en.language).toBe('en');
    expect(en.body).toMatchObject({
      code: 'case.invalid',
      title: 'The action is not valid for this case',
      detail: 'no hidden danger D9 on this case',
    });
    // The English text stays what the rejection audit records.
    expect(refusal.detail).toBe('no hidden danger D9 on this case');
  });

  it('renders validation messages per constraint, field names as they are', () => {
    const problem = validationProblem([
      {
        property: 'summary',
        constraints: { isLength: 'summary must be shorter than or equal to 2000 characters' },
        children: [],
      },
      { property: 'extra', constraints: { mystery: 'extra is odd' }, children: [] },
    ]);
    expect(respond(problem).body.errors).toEqual([
      { field: 'summary', messages: ['summary 的长度不符合要求（2000 个字符）'] },
      { field: 'extra', messages: ['extra is odd'] },
    ]);
    expect(respond(problem, 'en').body.errors[0].messages).toEqual([
      'summary must be shorter than or equal to 2000 characters',
    ]);
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
