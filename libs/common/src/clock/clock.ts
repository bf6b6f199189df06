/**
 * Where the application reads "now" when it must agree with Temporal's timers: overdue flags, "due in"
 * texts, the sandbox clock. Normally the system clock; in the training sandbox the time-skipping test
 * server's clock, which a trainer moves forward (so it is asynchronous: asking may need a round trip).
 * Workflows never use this: they read workflow time, which Temporal keeps in step by itself.
 */
export interface Clock {
  now(): Promise<Date>;
}

/** Injection token of the application's `Clock` (provided globally by `ClockModule` in libs/temporal). */
export const CLOCK = Symbol('CLOCK');

/** The machine's clock: what production and `npm start` use. */
export class SystemClock implements Clock {
  now(): Promise<Date> {
    return Promise.resolve(new Date());
  }
}
