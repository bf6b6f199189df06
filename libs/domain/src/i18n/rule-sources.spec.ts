import { RULEBOOK_2026_V1 } from '../rulebook/rulebook';
import { DATE_BASIS_ZH, RULE_SOURCE_ZH, ruleSourceText } from './rule-sources';

/** A word of English (or any Latin letters) left in a text meant for a Chinese reader. */
const latin = /[A-Za-z]{2,}/;

describe('the legal basis of the clocks in Chinese', () => {
  it('reads every shipped rule’s basis in Chinese, without the drafters’ English notes', () => {
    const english = Object.entries(RULEBOOK_2026_V1.rules)
      .map(([id, r]) => [id, ruleSourceText(id, r.source, 'zh')] as const)
      .filter(([, text]) => latin.test(text ?? ''));
    expect(english).toEqual([]);
    // The drafters' "text unavailable" is theirs: an officer reads the citation alone.
    expect(Object.values(RULE_SOURCE_ZH).filter((text) => /暂缺|不详|unavailable/.test(text))).toEqual([]);
    expect(ruleSourceText('reinspection.due', RULEBOOK_2026_V1.rules['reinspection.due']!.source, 'zh')).toBe(
      '安全生产法 第65条；复查期限依部门规章（应急管理部令第18号）',
    );
    expect(ruleSourceText('decision.due', RULEBOOK_2026_V1.rules['decision.due']!.source, 'zh')).toMatch(
      /^行政处罚法 第60条（90日为法定期限/,
    );
  });

  it('keeps each citation: the Chinese text names the laws and articles the source names', () => {
    for (const [id, zh] of Object.entries(RULE_SOURCE_ZH)) {
      const source = RULEBOOK_2026_V1.rules[id]?.source;
      expect([id, source !== undefined]).toEqual([id, true]);
      const citations = (s: string) => [...s.matchAll(/第\d+(–\d+)?条|\d+号/g)].map((m) => m[0]).sort();
      expect([id, citations(zh)]).toEqual([id, citations(source!)]);
    }
    for (const zh of Object.values(DATE_BASIS_ZH)) expect(zh).not.toMatch(latin);
  });

  it('answers English readers, and sources published by an agency, as stored', () => {
    const source = RULEBOOK_2026_V1.rules['decision.due']!.source;
    expect(ruleSourceText('decision.due', source, 'en')).toBe(source);
    expect(ruleSourceText('decision.due', '某地方规定 第3条 (local note)', 'zh')).toBe(
      '某地方规定 第3条 (local note)',
    );
    expect(ruleSourceText(null, 'before the current rectification deadline', 'zh')).toBe(
      '当前整改期限届满前（安全生产法 第65条）',
    );
    expect(ruleSourceText(null, null, 'zh')).toBeNull();
  });
});
