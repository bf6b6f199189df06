import { addIsoDuration, isZeroDuration, parseIsoDuration } from './iso-duration';

describe('parseIsoDuration', () => {
  it('reads every component of PnYnMnDTnHnMnS, and PnW', () => {
    expect(parseIsoDuration('P1Y2M3DT4H5M6S')).toEqual({
      years: 1,
      months: 2,
      weeks: 0,
      days: 3,
      hours: 4,
      minutes: 5,
      seconds: 6,
    });
    expect(parseIsoDuration('P10D')).toMatchObject({ days: 10 });
    expect(parseIsoDuration('PT36H')).toMatchObject({ hours: 36, days: 0 });
    expect(parseIsoDuration('P1M')).toMatchObject({ months: 1, minutes: 0 });
    expect(parseIsoDuration('PT1M')).toMatchObject({ months: 0, minutes: 1 });
    expect(parseIsoDuration('P2W')).toMatchObject({ weeks: 2, days: 0 });
    expect(parseIsoDuration('P0D')).toBeDefined();
  });

  it.each([
    '',
    'P',
    'PT',
    'P1DT',
    '10D',
    'P10',
    'p10d',
    'P1.5D',
    'P-1D',
    '-P1D',
    'P1W2D',
    'PT1D',
    'P1H',
    ' P1D',
    'P1D ',
  ])('refuses %j', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });

  it('knows a zero duration', () => {
    expect(isZeroDuration(parseIsoDuration('P0DT0H')!)).toBe(true);
    expect(isZeroDuration(parseIsoDuration('PT1S')!)).toBe(false);
  });
});

describe('addIsoDuration', () => {
  const at = (iso: string) => new Date(iso);
  const add = (from: string, text: string) => addIsoDuration(at(from), parseIsoDuration(text)!).toISOString();

  it('counts days, weeks and time as exact hours', () => {
    expect(add('2026-09-30T02:00:00.000Z', 'P10D')).toBe('2026-10-10T02:00:00.000Z');
    expect(add('2026-09-30T02:00:00.000Z', 'P2W')).toBe('2026-10-14T02:00:00.000Z');
    expect(add('2026-09-30T02:00:00.000Z', 'PT36H30M15S')).toBe('2026-10-01T14:30:15.000Z');
  });

  it('counts months and years on the China Standard Time calendar, clamping to the last day', () => {
    // 2026-01-31 10:00 in Beijing + 1 month = 2026-02-28 10:00 in Beijing
    expect(add('2026-01-31T02:00:00.000Z', 'P1M')).toBe('2026-02-28T02:00:00.000Z');
    // 2026-03-31 03:00 in Beijing is still 03-30 in UTC: the Beijing date decides
    expect(add('2026-03-30T19:00:00.000Z', 'P1M')).toBe('2026-04-29T19:00:00.000Z');
    expect(add('2028-02-29T04:00:00.000Z', 'P1Y')).toBe('2029-02-28T04:00:00.000Z');
    expect(add('2026-11-15T04:00:00.000Z', 'P1Y3M')).toBe('2028-02-15T04:00:00.000Z');
  });

  it('yields an Invalid Date beyond what a Date holds', () => {
    expect(
      Number.isNaN(addIsoDuration(at('2026-01-01T00:00:00Z'), parseIsoDuration('P999999999Y')!).getTime()),
    ).toBe(true);
  });
});
