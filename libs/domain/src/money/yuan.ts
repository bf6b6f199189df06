/**
 * Money crosses the API as yuan decimal strings ("50000.00") and lives inside as integer fen, so no
 * amount ever passes through a binary float.
 */
const YUAN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/** "50000.5" → 5000050; undefined for anything that is not a non-negative amount with ≤ 2 decimals. */
export function fenOfYuan(text: string): number | undefined {
  const match = YUAN.exec(text);
  if (!match) return undefined;
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  return Number(whole) * 100 + Number((fraction ?? '').padEnd(2, '0'));
}

/** 5000050 → "50000.50". */
export function yuanOfFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
