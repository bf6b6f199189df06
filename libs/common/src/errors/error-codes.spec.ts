import { describeError, ERROR_TITLES_ZH, errorTitle, type ErrorCode } from './error-codes';

const CJK = /[\u4e00-\u9fff]/;

describe('error titles', () => {
  // ERROR_TITLES_ZH is a Record<ErrorCode, …>: a code without its Chinese title does not compile.
  const codes = Object.keys(ERROR_TITLES_ZH) as ErrorCode[];

  it.each(codes)('%s has a Chinese and an English title', (code) => {
    expect(errorTitle(code, 'zh')).toMatch(CJK);
    expect(errorTitle(code, 'en')).toBe(describeError(code).title);
    expect(errorTitle(code, 'en')).not.toMatch(CJK);
  });
});
