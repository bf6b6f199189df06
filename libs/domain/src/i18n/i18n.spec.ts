import { ALL_DOCUMENT_TYPES } from '../documents';
import { AUDIT_COMMANDS, AUDIT_EVENTS, auditActionText } from './audit-actions';
import { COUNTING_RULES, DAY_KINDS, restDayText } from './calendar-text';
import { documentName } from './document-names';
import { pickLocale, placeholdersOf } from './locale';
import { anyOf, listOf, msg, renderMessage, term, termText, type MessageKey } from './message';
import { MESSAGES } from './messages';
import { ACTIONS, TERMS } from './terms';

const CJK = /[\u4e00-\u9fff]/;
const keys = Object.keys(MESSAGES) as MessageKey[];

describe('message catalog', () => {
  it.each(keys)('%s has Chinese and English text naming the same params', (key) => {
    const { zh, en } = MESSAGES[key];
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    if (key.startsWith('validation.')) {
      // The English is class-validator's own message; the Chinese names the field (and limits).
      expect(en).toBe('{message}');
      expect(placeholdersOf(zh).every((p) => ['field', 'limits', 'message'].includes(p))).toBe(true);
    } else {
      expect(placeholdersOf(zh)).toEqual(placeholdersOf(en));
    }
    // Chinese text, unless the message is only its params (a nested reason, a verbatim text).
    if (zh.replace(/\{[A-Za-z0-9_]+\}/g, '').replace(/[\s：:]/g, '') !== '') expect(zh).toMatch(CJK);
  });

  it('renders params in the locale: terms by name, lists joined, nested messages', () => {
    const refusal = msg('case.wrong_stage', {
      action: term('record the inspection'),
      stage: term('rectifying'),
      allowed: anyOf(['opened', 'inspected']),
    });
    expect(renderMessage(refusal, 'zh')).toBe(
      '案件当前处于“整改中”阶段，不能记录现场检查（须处于已立案或已检查阶段）',
    );
    expect(renderMessage(refusal, 'en')).toBe(
      'cannot record the inspection while the case is rectifying (needs opened or inspected)',
    );
    expect(renderMessage(msg('case.measures_unsettled', { ids: listOf(['M1', 'M2']) }), 'zh')).toBe(
      '尚有措施未办结：M1、M2',
    );
    const nested = msg('penalty.heavier_than_noticed', { rose: msg('penalty.fine_higher') });
    expect(renderMessage(nested, 'zh')).toBe('罚款高于告知的拟罚款金额（行政处罚法 第45条）');
  });

  it('shows a code without a name as it is', () => {
    expect(termText('no_such_code', 'zh')).toBe('no_such_code');
  });
});

describe('terms', () => {
  it.each(Object.entries(TERMS))('%s has a Chinese and an English name', (_code, text) => {
    expect(text.zh).toMatch(CJK);
    expect(text.en.trim()).not.toBe('');
  });

  it('keys each action phrase by its English text', () => {
    for (const [phrase, text] of Object.entries(ACTIONS)) expect(text.en).toBe(phrase);
  });
});

describe('audit actions', () => {
  it.each([...AUDIT_COMMANDS, ...AUDIT_EVENTS.map((e) => `case.${e}`)])(
    '%s reads as a sentence',
    (action) => {
      expect(auditActionText(action, 'zh')).toMatch(CJK);
      // English may quote a legal term (批复) but is not the Chinese text, nor the bare code.
      expect(auditActionText(action, 'en')).not.toBe(auditActionText(action, 'zh'));
      expect(auditActionText(action, 'en')).not.toBe(action);
    },
  );

  it('reads an event under any procedure prefix, and shows an unknown action as its code', () => {
    expect(auditActionText('penalty.calendar_reloaded', 'zh')).toBe('导入工作日安排，重新计算期限');
    expect(auditActionText('rectification_item.progress_reported', 'en')).toBe('record progress');
    expect(auditActionText('case.inspection.record', 'zh')).toBe('记录现场检查');
    expect(auditActionText('x.unknown', 'zh')).toBe('x.unknown');
  });
});

describe('document names', () => {
  it.each(Object.keys(ALL_DOCUMENT_TYPES))('%s has a Chinese and an English name', (type) => {
    expect(documentName(type, 'zh')).toMatch(CJK);
    expect(documentName(type, 'en')).not.toMatch(/^$|_/);
  });

  it('names the order type 责令限期整改指令书', () => {
    expect(documentName('rectification_order', 'zh')).toBe('责令限期整改指令书');
  });
});

describe('calendar text', () => {
  it('has the counting rule and day kinds in both languages', () => {
    for (const text of [...Object.values(COUNTING_RULES), ...Object.values(DAY_KINDS)]) {
      expect(text.zh).toMatch(CJK);
      expect(text.en).not.toMatch(/^$/);
    }
  });

  it('names rest days: holidays in English on request, the weekend in both', () => {
    expect(restDayText('国庆节', 'zh')).toBe('国庆节');
    expect(restDayText('国庆节、中秋节', 'en')).toBe('National Day and Mid-Autumn Festival');
    expect(restDayText('weekend', 'zh')).toBe('周末');
    expect(restDayText('weekend', 'en')).toBe('weekend');
    expect(restDayText('某地方节日', 'en')).toBe('某地方节日');
  });
});

describe('pickLocale', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en;q=0.5,zh;q=0.9', 'zh'],
    ['fr, en;q=0.7', 'en'],
    ['de', 'zh'],
    ['en;q=0', 'zh'],
    ['*', 'zh'],
    ['zh;q=x, en', 'en'],
  ] as const)('%p → %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });
});
