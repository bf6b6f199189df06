import { SystemClock, type ProblemException } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import type { AuditEntryInput, AuditLog } from '@safecase/persistence';
import { ClockBusyError, TestServerClock } from '@safecase/temporal';
import type { AdvanceProgress } from './advance-progress';
import type { Request } from 'express';
import { AdvanceAccepted } from './sandbox.dto';
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

/** A TestServerClock without a server: `begin` does what the test says. */
function fakeClock(begin: (ms: number) => Promise<Date>): TestServerClock {
  const clock = Object.create(TestServerClock.prototype) as TestServerClock;
  clock.now = () => Promise.resolve(START);
  clock.begin = begin;
  return clock;
}

/** Two records behind when the advance begins; `behind.now` of them still behind when asked. */
function fakeProgress() {
  const state = { now: 2 };
  const progress = {
    behind: () => Promise.resolve(['r-1', 'r-2']),
    stillBehind: () => Promise.resolve(state.now),
  } as unknown as AdvanceProgress;
  return { progress, state };
}

function service(begin: (ms: number) => Promise<Date>, answerWithinMs = 1000) {
  const entries: AuditEntryInput[] = [];
  const audit = { append: (e: AuditEntryInput) => Promise.resolve(entries.push(e)) } as unknown as AuditLog;
  const { progress, state } = fakeProgress();
  const config = { sandboxAdvanceAnswerMs: answerWithinMs };
  return { sandbox: new SandboxService(fakeClock(begin), audit, progress, config), entries, behind: state };
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
    expect(
      () =>
        new SandboxService(new SystemClock(), {} as AuditLog, fakeProgress().progress, {
          sandboxAdvanceAnswerMs: 0,
        }),
    ).toThrow(/SANDBOX_MODE/);
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

  it('answers 409 while an earlier advance runs, and audits nothing', async () => {
    const busy = service(() => {
      throw new ClockBusyError();
    });
    const refused = await problemOf(busy.sandbox.advance('P1D', actor, req));
    expect([refused.code, refused.getStatus()]).toEqual(['sandbox.clock_busy', 409]);
    expect(busy.entries).toEqual([]);
  });

  it('answers the progress of an advance still running after the wait (audited), then its end', async () => {
    let finish!: (now: Date) => void;
    const { sandbox, entries, behind } = service(
      () => new Promise<Date>((resolve) => (finish = resolve)),
      10,
    );
    const answer = await sandbox.advance('P1D', actor, req);
    expect(answer).toBeInstanceOf(AdvanceAccepted);
    const { view } = answer as AdvanceAccepted;
    expect(view).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      state: 'running',
      advance: 'P1D',
      from: '2026-09-30T10:00:00.000+08:00',
      target: '2026-10-01T10:00:00.000+08:00',
      now: null,
      procedures: { caughtUp: 0, total: 2 },
      startedAt: expect.stringMatching(/\+08:00$/),
      finishedAt: null,
      error: null,
    });
    expect(entries).toEqual([
      expect.objectContaining({
        outcome: 'accepted',
        reason: expect.stringContaining(`/sandbox/clock/advances/${view.id}`),
        payload: expect.objectContaining({ to: null, advanceId: view.id }),
      }),
    ]);

    behind.now = 0;
    finish(new Date('2026-10-01T02:00:00.000Z'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(await sandbox.advanceView(view.id)).toMatchObject({
      state: 'done',
      now: '2026-10-01T10:00:00.000+08:00',
      procedures: { caughtUp: 2, total: 2 },
      finishedAt: expect.stringMatching(/\+08:00$/),
    });
  });

  it('reports a failed advance, and 404 for an advance it does not know', async () => {
    const { sandbox } = service(() => Promise.reject(new Error('Unbalanced lock and unlock calls')), 10);
    // The failure comes within the wait: the caller gets it at once (as before, a 500).
    await expect(sandbox.advance('P1D', actor, req)).rejects.toThrow(/Unbalanced/);
    const missing = await problemOf(sandbox.advanceView('00000000-0000-4000-8000-000000000000'));
    expect([missing.code, missing.getStatus()]).toEqual(['resource.not_found', 404]);
  });
});
