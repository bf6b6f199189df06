import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { currentLocale } from '../i18n/request-locale';
import { requestContext } from './request-context.middleware';
import { currentRequestId } from './request-context';

function exchange(headers: Record<string, string>) {
  const req = { headers, method: 'GET', url: '/tasks' } as unknown as IncomingMessage;
  const sent: Record<string, string> = {};
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: sent,
    setHeader(name: string, value: string) {
      sent[name.toLowerCase()] = value;
    },
  });
  return { req, res: res as unknown as ServerResponse & typeof res };
}

describe('requestContext', () => {
  it('gives the rest of the request its id and language, and names both in the response', async () => {
    const { req, res } = exchange({ 'x-request-id': 'r-42', 'accept-language': 'en' });
    const seen = await new Promise<[string | undefined, string]>((resolve) =>
      requestContext()(
        req,
        res,
        () => void Promise.resolve().then(() => resolve([currentRequestId(), currentLocale()])),
      ),
    );
    expect(seen).toEqual(['r-42', 'en']);
    expect(res.headers).toMatchObject({
      'x-request-id': 'r-42',
      'content-language': 'en',
      vary: 'Accept-Language',
    });
    expect(currentRequestId()).toBeUndefined();
  });

  it('writes one access line with the request id when info is enabled, none otherwise', () => {
    const lines: [object, string][] = [];
    const log = {
      isLevelEnabled: (l: string) => l === 'info',
      info: (o: object, m: string) => lines.push([o, m]),
    };
    const { req, res } = exchange({});
    requestContext(log as never)(req, res, () => undefined);
    res.statusCode = 503;
    res.emit('close');
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toBe('request errored');
    expect(lines[0]![0]).toMatchObject({ req: { method: 'GET', url: '/tasks' }, res: { statusCode: 503 } });
    const quiet = { isLevelEnabled: () => false, info: () => lines.push([{}, 'x']) };
    const other = exchange({});
    requestContext(quiet as never)(other.req, other.res, () => undefined);
    other.res.emit('close');
    expect(lines).toHaveLength(1);
  });
});
