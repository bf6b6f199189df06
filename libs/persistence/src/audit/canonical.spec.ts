import { canonicalJson, sha256Hex } from './canonical';

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
