import { isJsonMediaType, MAX_BODY_DEPTH, nestsDeeperThan, nulFields } from './request-body';

/** `depth` objects and arrays, alternately, around a leaf. */
function nested(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

describe('request body checks', () => {
  it('counts nesting exactly, without recursion, even 100,000 deep', () => {
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH)).toBe(true);
    expect(nestsDeeperThan(nested(100_000), MAX_BODY_DEPTH)).toBe(true);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(undefined, 1)).toBe(false);
  });

  it('names every field holding a NUL character as the validation errors name fields', () => {
    const body = {
      summary: 'a\u0000b',
      enterprise: { name: '\u0000', address: 'fine' },
      findings: [{ description: 'ok' }, { description: 'x\u0000' }],
      ['k\u0000ey']: 'value',
    };
    expect(nulFields(body, '')).toEqual(['body', 'enterprise.name', 'findings.1.description', 'summary']);
    expect(nulFields({ officer: 'nc\u0000' }, '')).toEqual(['officer']);
    expect(nulFields('abc\u0000', 'caseId')).toEqual(['caseId']);
    expect(nulFields({ fine: ['a', 'b'], n: 1, z: null }, '')).toEqual([]);
  });

  it('takes application/json and +json types, nothing else', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('application/merge-patch+json')).toBe(true);
    for (const other of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data',
      '',
      undefined,
    ])
      expect(isJsonMediaType(other)).toBe(false);
  });
});
