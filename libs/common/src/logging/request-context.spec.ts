import type { IncomingMessage } from 'node:http';
import { currentRequestId, requestIdFor, runWithRequestId } from './request-context';

const request = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage;

describe('request ids', () => {
  it("keeps a caller's plain X-Request-Id", () => {
    expect(requestIdFor(request({ 'x-request-id': 'abc-123.x:y_z' }))).toBe('abc-123.x:y_z');
  });

  it('replaces an unsafe or oversized id with a UUID', () => {
    expect(requestIdFor(request({ 'x-request-id': 'evil\n{"level":60}' }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(request({ 'x-request-id': 'a'.repeat(129) }))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives one request one id, however often it is asked', () => {
    const req = request();
    expect(requestIdFor(req)).toBe(requestIdFor(req));
    expect(requestIdFor(request())).not.toBe(requestIdFor(req));
  });

  it('is visible to code running inside the request, and only there', async () => {
    expect(currentRequestId()).toBeUndefined();
    await runWithRequestId('r-1', async () => {
      await Promise.resolve();
      expect(currentRequestId()).toBe('r-1');
    });
    expect(currentRequestId()).toBeUndefined();
  });
});
