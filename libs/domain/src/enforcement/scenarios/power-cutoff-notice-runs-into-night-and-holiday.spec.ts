import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { dueClockEvents, nextClockInstant } from '../case-clock';
import { applyCaseEvents } from '../case-reducer';
import type { CaseState } from '../case-types';
import { act, approvedCutoff, at, calendar2026, OFFICER_1 } from './fixtures';

/** Serves the notice of M2 directly at `servedAt` (recorded an hour later, or at once at night). */
const served = (s: CaseState, servedAt: number): CaseState =>
  act(
    s,
    {
      type: 'record_service',
      documentKey: 'cutoff_notice:M2',
      service: { method: 'direct', receiver: '王五（总经理）', servedAt },
    },
    OFFICER_1,
    servedAt + 1800_000,
  );

const effectiveAt = (s: CaseState, after: number): number | null => {
  const next = nextClockInstant(s, calendar2026, after);
  if (next === null) return null;
  const done = applyCaseEvents(s, dueClockEvents(s, calendar2026, next));
  return done.measures[1]?.status === 'in_force' ? done.measures[1].effectiveAt : null;
};

describe('story: a cut-off notice whose 24 hours end at night or on a holiday (行政强制法 第43条)', () => {
  it('served Tuesday 12 May 22:30: the 24 hours end Wednesday 22:30, at night: cut Thursday 06:00', () => {
    const s = served(approvedCutoff('2026-05-11', at('2026-05-12', 9)), at('2026-05-12', 22.5));
    expect(s.measures[1]?.noticeUntil).toBe(at('2026-05-13', 22.5));
    expect(effectiveAt(s, at('2026-05-13', 0))).toBe(at('2026-05-14', 6));
  });

  it('served Wednesday 30 September 16:00: the 24 hours end on National Day: cut Thursday 8 October 06:00', () => {
    // 1–7 October 2026 are holidays; Thursday 8 October is the first working day after them.
    const s = served(approvedCutoff('2026-09-28', at('2026-09-30', 10)), at('2026-09-30', 16));
    expect(s.measures[1]?.noticeUntil).toBe(at('2026-10-01', 16));
    expect(calendar2026.isWorkingDay('2026-10-08')).toBe(true);
    expect(effectiveAt(s, at('2026-10-01', 0))).toBe(at('2026-10-08', 6));
  });

  it('served by mail, the return receipt dated Wednesday 13 May: the 24 hours start at its end', () => {
    const s = act(
      approvedCutoff('2026-05-11', at('2026-05-11', 17)),
      {
        type: 'record_service',
        documentKey: 'cutoff_notice:M2',
        service: {
          method: 'mail',
          receiver: '某化工有限公司收发室',
          servedAt: at('2026-05-11', 18),
          receiptDate: '2026-05-13',
        },
      },
      OFFICER_1,
      at('2026-05-14', 9),
    );
    expect(s.services?.[0]).toMatchObject({ effectiveOn: '2026-05-13', effectiveAt: at('2026-05-14', 0) });
    // 24:00 of the 13th + 24 h = 00:00 of Friday the 15th, at night: cut at 06:00.
    expect(s.measures[1]?.noticeUntil).toBe(at('2026-05-15', 0));
    expect(effectiveAt(s, at('2026-05-14', 10))).toBe(at('2026-05-15', 6));
  });

  it('the night is the rulebook’s: an agency whose night ends at 08:00 cuts at 08:00', () => {
    const rulebook = {
      ...RULEBOOK_2026_V1,
      rules: {
        ...RULEBOOK_2026_V1.rules,
        'coercion.night_end': { ...RULEBOOK_2026_V1.rules['coercion.night_end']!, amount: 8 },
      },
    };
    const base = approvedCutoff('2026-05-11', at('2026-05-12', 9));
    const s = served({ ...base, rulebook }, at('2026-05-12', 22.5));
    expect(effectiveAt(s, at('2026-05-13', 0))).toBe(at('2026-05-14', 8));
  });

  it('a notice never served never takes effect', () => {
    const s = approvedCutoff('2026-05-11', at('2026-05-12', 9));
    expect(s.measures[1]).toMatchObject({ status: 'noticed', noticeUntil: null });
    expect(dueClockEvents(s, calendar2026, at('2026-06-30')).map((e) => e.type)).not.toContain(
      'measure_effective',
    );
  });
});
