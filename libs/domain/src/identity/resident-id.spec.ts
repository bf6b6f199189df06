import { residentIdCheckCharacter, residentIdProblem } from './resident-id';

describe('resident identity number (GB 11643-1999)', () => {
  it('accepts the standard’s example and numbers whose check character is X', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdProblem('11010519491231002X')).toBeUndefined();
    expect(residentIdProblem('360102198003151234')).toBe('check character should be 1');
    expect(residentIdProblem('360102198003151231')).toBeUndefined();
  });

  it('refuses a wrong check character, a lower-case x, a non-date and the wrong length', () => {
    expect(residentIdProblem('110105194912310021')).toBe('check character should be X');
    expect(residentIdProblem('11010519491231002x')).toBe('must be 17 digits and a digit or X');
    expect(residentIdProblem('360102198002301231')).toBe('birth date 19800230 is not a date');
    expect(residentIdProblem('36010219800315123')).toBe('must be 17 digits and a digit or X');
  });
});
