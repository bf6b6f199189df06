import { chinaInstant, yuanOfFen } from '@safecase/domain';

/**
 * A procedure's stored facts as the API shows them: instants (`…At`, `at`: epoch milliseconds inside)
 * become ISO 8601 with +08:00, and amounts (`…Fen`: integer fen inside) become yuan strings under the
 * name without the unit (`fineFen: 5000000` → `fine: "50000.00"`; `…Yuan` likewise). Everything else is
 * as stored.
 */
export function displayFacts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(displayFacts);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'number' && (key === 'at' || /At$/.test(key))) out[key] = chinaInstant(v);
    else if (typeof v === 'number' && /Fen$/.test(key)) out[key.slice(0, -3)] = yuanOfFen(v);
    else if (typeof v === 'number' && /Yuan$/.test(key))
      out[key.slice(0, -4)] = yuanOfFen(Math.round(v * 100));
    else out[key] = displayFacts(v);
  }
  return out;
}

/** A database timestamp (or null) as ISO 8601 with +08:00. */
export const instantOf = (d: Date | null): string | null => (d ? chinaInstant(d.getTime()) : null);
/** Workflow time (epoch milliseconds, or null) as ISO 8601 with +08:00. */
export const instantOfMs = (ms: number | null): string | null => (ms === null ? null : chinaInstant(ms));
