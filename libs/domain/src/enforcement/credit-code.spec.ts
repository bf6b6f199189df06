import { creditCodeProblem } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91110108551385082Q', '91350100M000100Y43', '91440300708461136T'])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
  });
  it('names the check character a mistyped code should have', () => {
    expect(creditCodeProblem('91110108551385082R')).toBe('check character should be Q');
  });
  it('refuses wrong length, lower case and characters the standard leaves out', () => {
    expect(creditCodeProblem('9111010855138508')).toContain('18');
    expect(creditCodeProblem('91110108551385082q')).toContain('18');
    expect(creditCodeProblem('9111010855138508IQ')).toContain('does not use');
  });
});
