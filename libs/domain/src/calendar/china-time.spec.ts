import { chinaClockText, chinaInstant } from './china-time';

describe('China time as people read it', () => {
  it('shows the wall clock of 北京时间, also across the UTC date line', () => {
    expect(chinaClockText(Date.parse('2026-12-01T12:33:24.042Z'))).toBe('2026-12-01 20:33:24');
    // 00:30 on National Day in Beijing is still 30 September in UTC.
    expect(chinaClockText(Date.parse('2026-09-30T16:30:00Z'))).toBe('2026-10-01 00:30:00');
    expect(chinaInstant(Date.parse('2026-09-30T16:30:00Z'))).toBe('2026-10-01T00:30:00.000+08:00');
  });
});
