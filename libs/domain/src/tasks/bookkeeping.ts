import { markTask } from './task-clock';
import type { TaskMarks } from './task-types';

/** What every procedure's state keeps besides its own facts. */
export interface Bookkept {
  seq: number;
  documents: { key: string; type: string; seq: number }[];
  taskMarks: Record<string, TaskMarks>;
  missingYears: number[];
}

type ClockOrCalendarEvent =
  | { type: 'task_reminded' | 'task_overdue'; taskKey: string }
  | { type: 'task_escalated'; taskKey: string; level: number }
  | { type: 'calendar_year_missing'; year: number }
  | { type: 'calendar_reloaded'; years: number[] };

/**
 * The events every procedure shares (the clock's marks, a missing or loaded calendar year), applied
 * the same way everywhere; null for any other event, which the procedure's own reducer handles.
 */
export function applyBookkeeping<S extends Bookkept>(s: S, e: { type: string }): S | null {
  const event = e as ClockOrCalendarEvent;
  switch (event.type) {
    case 'calendar_year_missing':
      return { ...s, missingYears: [...new Set([...s.missingYears, event.year])] };
    case 'calendar_reloaded':
      return { ...s, missingYears: s.missingYears.filter((y) => !event.years.includes(y)) };
    case 'task_reminded':
    case 'task_overdue':
    case 'task_escalated':
      return { ...s, taskMarks: markTask(s.taskMarks, event) };
    default:
      return null;
  }
}

/**
 * A procedure's reducer from its own `step`: the first event must be the opening one, every event
 * bumps the sequence number, and the documents it issues are listed with that number.
 */
export function procedureReducer<
  S extends Bookkept,
  E extends { type: string; documents?: { key: string; type: string }[] },
>(
  openingType: E['type'],
  step: (state: S, event: E) => S,
): {
  apply: (state: S | undefined, event: E) => S;
  applyAll: (state: S | undefined, events: E[]) => S;
} {
  const apply = (state: S | undefined, event: E): S => {
    if (!state && event.type !== openingType) throw new Error(`a procedure starts with ${openingType}`);
    const next = (state && applyBookkeeping(state, event)) ?? step(state as S, event);
    const seq = (state?.seq ?? 0) + 1;
    return {
      ...next,
      seq,
      documents: [...next.documents, ...(event.documents ?? []).map((d) => ({ ...d, seq }))],
    };
  };
  return {
    apply,
    applyAll: (state, events) => events.reduce<S | undefined>((s, e) => apply(s, e), state) as S,
  };
}
