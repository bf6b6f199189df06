import { auditableBody, auditableText } from './auditable';

describe('what the audit log keeps of a refused request', () => {
  it('writes a NUL out as text and replaces a lone surrogate, in values and keys', () => {
    expect(auditableBody({ note: 'a\u0000b', ['k\u0000']: ['\uD800x'], ok: '整改😀' })).toEqual({
      note: 'a\\u0000b',
      'k\\u0000': ['\uFFFDx'],
      ok: '整改😀',
    });
    // jsonb refuses the escape \u0000 but takes the text backslash-u-0000.
    expect(JSON.stringify(auditableBody({ s: '\u0000' }))).toBe('{"s":"\\\\u0000"}');
  });

  it('cuts a deep body at a bounded depth and a large one to a preview', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 5_000; i++) deep = { d: deep };
    expect(JSON.stringify(auditableBody(deep))).toContain('[nested too deep]');
    const large = auditableBody({ text: 'x'.repeat(100_000) }) as { truncated: boolean; preview: string };
    expect(large.truncated).toBe(true);
    expect(large.preview.length).toBeLessThanOrEqual(2_000);
    expect(auditableBody(undefined)).toBeNull();
  });

  it('bounds a reason and never leaves half a surrogate pair at the cut', () => {
    expect(auditableText('😀'.repeat(3), 3)).toBe('😀\uFFFD…');
    expect(auditableText('abc', 10)).toBe('abc');
  });
});
