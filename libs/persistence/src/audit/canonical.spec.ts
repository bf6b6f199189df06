import { canonicalJson, quoteJson, sha256Hex } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: '中' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":"中","z":1}]},"b":1}',
    );
  });
  it('encodes equal values identically whatever the key order', () => {
    expect(sha256Hex(canonicalJson({ x: 1, y: [1, 2] }))).toBe(sha256Hex(canonicalJson({ y: [1, 2], x: 1 })));
  });
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});

describe('canonicalJson on deep and odd values', () => {
  const nested = (depth: number): unknown => {
    let v: unknown = 'leaf';
    for (let i = 0; i < depth; i++) v = i % 2 ? { k: v } : [v];
    return v;
  };

  it('encodes exactly what JSON.stringify does for sorted, JSON-shaped values', () => {
    const value = { z: [1, 'два', { y: true, x: null }], a: { c: -0.5, b: [] }, m: {} };
    expect(canonicalJson(value)).toBe(
      JSON.stringify({ a: { b: [], c: -0.5 }, m: {}, z: [1, 'два', { x: null, y: true }] }),
    );
    expect(canonicalJson([undefined, new Date(0)])).toBe('[null,"1970-01-01T00:00:00.000Z"]');
    expect(canonicalJson('plain')).toBe('"plain"');
  });

  it('encodes a value nested 900 deep without overflowing the stack', () => {
    expect(canonicalJson(nested(900))).toBe(JSON.stringify(nested(900)));
  });

  it('refuses a value nested 5,000 deep, or a cycle, with a TypeError', () => {
    expect(() => canonicalJson(nested(5000))).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(TypeError);
  });
});

describe('quoteJson', () => {
  it('is JSON.stringify of every kind of string', () => {
    const samples = [
      '',
      'plain',
      '洪应急检记〔2026〕7号',
      'a"b',
      'back\\slash',
      'tab\there',
      'nul\u0000',
      '\u001f\u007f\u2028\u2029',
      'pair \ud83d\ude00',
      'lone \ud83d',
      'lone \ude00 low',
    ];
    for (const s of samples) expect(quoteJson(s)).toBe(JSON.stringify(s));
  });
});
