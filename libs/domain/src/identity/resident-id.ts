/**
 * 公民身份号码 (GB 11643-1999): six digits of the region, the birth date YYYYMMDD, three digits of
 * sequence and a check character over the first 17 (ISO 7064 MOD 11-2; 10 is written X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * (WEIGHTS[i] ?? 0), 0);
  return CHECK[sum % 11];
}

/** Why a number is not a valid resident identity number, or undefined when it is. */
export function residentIdProblem(id: string): string | undefined {
  if (!/^\d{17}[\dX]$/.test(id)) return 'must be 17 digits and a digit or X';
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const born = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || born.getUTCMonth() !== m - 1 || born.getUTCDate() !== d)
    return `birth date ${id.slice(6, 14)} is not a date`;
  const expected = residentIdCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) return `check character should be ${expected}`;
  return undefined;
}
