import { fenOfYuan, yuanOfFen } from './yuan';

describe('yuan ↔ fen', () => {
  it.each([
    ['50000.00', 5_000_000],
    ['50000', 5_000_000],
    ['0.5', 50],
    ['0.05', 5],
    ['3000.99', 300_099],
    ['0', 0],
  ])('%s yuan is %d fen', (yuan, fen) => expect(fenOfYuan(yuan)).toBe(fen));

  it.each(['', '-1.00', '1.234', '01.00', '1e3', ' 1', '1,000.00', 'NaN', '1234567890123'])(
    'refuses %j',
    (text) => expect(fenOfYuan(text)).toBeUndefined(),
  );

  it.each([
    [5_000_000, '50000.00'],
    [50, '0.50'],
    [5, '0.05'],
    [0, '0.00'],
    [-150, '-1.50'],
  ])('%d fen reads %s', (fen, yuan) => expect(yuanOfFen(fen)).toBe(yuan));
});
