import { fourEyesViolation } from './four-eyes';

describe('fourEyesViolation', () => {
  const me = { userId: 'u-1' };
  it('refuses deciding on your own proposal', () => {
    expect(fourEyesViolation(me, { proposedBy: 'u-1', handlers: [] })).toBe('you made this proposal');
  });
  it('refuses reviewing a case you handle', () => {
    expect(fourEyesViolation(me, { proposedBy: 'u-2', handlers: ['u-3', 'u-1'] })).toBe(
      'you handle this case',
    );
  });
  it("allows someone else's proposal on a case you do not handle", () => {
    expect(fourEyesViolation(me, { proposedBy: 'u-2', handlers: ['u-2', 'u-3'] })).toBeUndefined();
  });
});
