import pino from 'pino';
import { Writable } from 'node:stream';
import { requestIdMixin } from './logging.module';
import { runWithRequestId } from './request-context';

/** A pino logger with the module's mixin, writing its lines into `lines`. */
function logger(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info', mixin: requestIdMixin }, sink);
}

describe('the logger mixin', () => {
  it('logs lines with fields of their own outside a request (as the worker and Nest do)', () => {
    const lines: Record<string, unknown>[] = [];
    const log = logger(lines);
    // Nest's logger passes `{ context }`; pino merges it into the mixin's object.
    log.info({ context: 'NestApplication' }, 'started');
    log.info({ other: 1 }, 'second');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ context: 'NestApplication', msg: 'started' });
    // Nothing leaks from one line into the next.
    expect(lines[1]).not.toHaveProperty('context');
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('adds the request id inside a request', () => {
    const lines: Record<string, unknown>[] = [];
    const log = logger(lines);
    runWithRequestId('r-42', () => log.info({ context: 'x' }, 'inside'));
    expect(lines[0]).toMatchObject({ requestId: 'r-42', context: 'x' });
  });
});
