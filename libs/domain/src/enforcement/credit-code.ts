/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, Z, S, V); the
 * last is a check character over the first 17 with weights 3^i mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check];
}

/** Why a code is not a valid unified social credit code, or undefined when it is. */
export function creditCodeProblem(code: string): string | undefined {
  if (!/^[0-9A-Z]{18}$/.test(code)) return 'must be 18 digits or capital letters';
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (!expected) return 'contains a character the standard does not use (I, O, Z, S, V)';
  if (code[17] !== expected) return `check character should be ${expected}`;
  return undefined;
}
