import { SystemClock, type ProblemException } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import type { AuditEntryInput, AuditLog } from '@safecase/persistence';
import { ClockBusyError, ClockStalledError, TestServerClock } from '@safecase/temporal';
import type { Request } from 'express';
import { SandboxService } from './sandbox.service';

const START = new Date('2026-09-30T02:00:00.000Z');
const actor: Actor = {
  userId: 'u-1',
  username: 'nc.supervisor',
  displayName: '王强',
  roles: ['supervisor'],
  agencyId: 'a-1',
  agencyName: '南昌市应急管理局',
  regionCode: '360100',
};
const req = { headers: {} } as Request;

/** A TestServerClock without a server: `advance` does what the test says. */
function fakeClock(advance: (ms: number) => Promise<Date>): TestServerClock {
  const clock = Object.create(TestServerClock.prototype) as TestServerClock;
  clock.now = () => Promise.resolve(START);
  clock.advance = advance;
  return clock;
}

function service(advance: (ms: number) => Promise<Date>) {
  const entries: AuditEntryInput[] = [];
  const audit = { append: (e: AuditEntryInput) => Promise.resolve(entries.push(e)) } as unknown as AuditLog;
  return { sandbox: new SandboxService(fakeClock(advance), audit), entries };
}

async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
  try {
    await promise;
  } catch (error) {
    return error as ProblemException;
  }
  throw new Error('expected a problem');
}

describe('SandboxService', () => {
  it('refuses to exist without the test server clock (sandbox mode)', () => {
    expect(() => new SandboxService(new SystemClock(), {} as AuditLog)).toThrow(/SANDBOX_MODE/);
  });

  it('advances by the exact span of the duration from the server time, and audits it', async () => {
    const asked: number[] = [];
    const { sandbox, entries } = service((ms) => {
      asked.push(ms);
      return Promise.resolve(new Date(START.getTime() + ms));
    });
    await expect(sandbox.advance('P1M', actor, req)).resolves.toEqual({
      now: '2026-10-30T10:00:00.000+08:00',
    });
    expect(asked).toEqual([30 * 86_400_000]);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'sandbox.advance_clock',
        outcome: 'accepted',
        actorUsername: 'nc.supervisor',
        payload: {
          advance: 'P1M',
          from: '2026-09-30T10:00:00.000+08:00',
          to: '2026-10-30T10:00:00.000+08:00',
        },
      }),
    ]);
  });

  it('refuses more than 5 years with 422 naming the field, and moves nothing', async () => {
    const { sandbox } = service(() => Promise.reject(new Error('must not be called')));
    const problem = await problemOf(sandbox.advance('P5Y1D', actor, req));
    expect({ code: problem.code, status: problem.getStatus(), errors: problem.errors }).toEqual({
      code: 'validation.failed',
      status: 422,
      errors: [{ field: 'advance', messages: ['advance must be at most 5 years (P5Y)'] }],
    });
  });

  it('answers 409 while an earlier advance runs, and 503 (audited) when this one stalls', async () => {
    const busy = service(() => Promise.reject(new ClockBusyError()));
    const refused = await problemOf(busy.sandbox.advance('P1D', actor, req));
    expect([refused.code, refused.getStatus()]).toEqual(['sandbox.clock_busy', 409]);
    expect(busy.entries).toEqual([]);

    const stalled = service(() => Promise.reject(new ClockStalledError()));
    const pending = await problemOf(stalled.sandbox.advance('P1D', actor, req));
    expect([pending.code, pending.getStatus()]).toEqual(['sandbox.clock_stalled', 503]);
    expect(stalled.entries).toEqual([
      expect.objectContaining({ outcome: 'accepted', reason: expect.stringMatching(/still advancing/) }),
    ]);
  });
});
