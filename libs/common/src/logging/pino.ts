import pino, { type Logger } from 'pino';

/** A plain pino logger for processes without an HTTP request pipeline (the worker, CLIs). */
export function createLogger(level: string, name: string): Logger {
  return pino({ level, name });
}
