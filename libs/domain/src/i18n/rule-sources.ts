import { RULEBOOK_2026_V1 } from '../rulebook/rulebook';
import type { Locale } from './locale';

/**
 * The legal basis of each statutory clock as an officer reads it, in Chinese. The rulebook's `source`
 * is the drafters' note: the citation with remarks in English for the engineers ("90 days confirmed;
 * pauses for …"). Keyed by rule id, and used only while the stored text is the one shipped with the
 * rulebook here: a source an agency published in a later version of its own is shown as written.
 * Rules whose source is already a plain Chinese citation (行政强制法 第25条) need no entry. Where
 * the department rule's text was not available to the drafters (应急管理部令第18号) the officer reads
 * the citation alone: that the value is unconfirmed is the drafters' note, kept in the English source.
 */
export const RULE_SOURCE_ZH: Record<string, string> = {
  'reinspection.due': '安全生产法 第65条；复查期限依部门规章（应急管理部令第18号）',
  'coercion.night_start': '行政强制法 第43条（“夜间”的起止时刻依当地惯例）',
  'coercion.night_end': '行政强制法 第43条（“夜间”的起止时刻依当地惯例）',
  'filing.in_time': '行政处罚法 第54条（“及时立案”；天数依部门规章）',
  'statement_defence.period': '行政处罚法 第44–45条；期限依部门规章',
  'decision.due':
    '行政处罚法 第60条（90日为法定期限；听证、鉴定期间的扣除和延期依部门规章，应急管理部令第18号）',
  'decision.extension': '行政处罚法 第60条（“法律、法规、规章另有规定的，从其规定”）；延期依部门规章',
  'service.public_notice': '民事诉讼法 第95条（行政处罚法 第61条准用）',
  'hearing.large_fine.unit': '行政处罚法 第63条；数额依部门规章（应急管理部令第18号）',
  'hearing.large_fine.individual': '行政处罚法 第63条；数额依部门规章（应急管理部令第18号）',
  'accident.report': '国务院令第493号 第29条；期限中止：第27条',
  'accident.missing_as_deaths': '国务院令第493号 第3条；下落不明人数按惯例计入死亡人数',
  'rectification.notice_after': '安全生产法 第86条；安委办〔2021〕4号（各级等待期限依当地惯例）',
  'rectification.summons_after': '安委办〔2021〕4号；安全生产约谈办法（各级等待期限依当地惯例）',
  'rectification.listed_after': '安委办〔2021〕4号（各级等待期限依当地惯例）',
  'rectification.accountability_after': '安全生产法 第86条；安委办〔2021〕4号（各级等待期限依当地惯例）',
  'reminder.lead': '本机关工作惯例',
  'reminder.lead_hours': '本机关工作惯例',
  'escalation.supervisor': '本机关工作惯例',
  'escalation.head': '本机关工作惯例',
  'archive.case_file_retention':
    '国家档案局令第8号（机关文件材料归档范围和文书档案保管期限规定）：永久或定期30年、10年；执法案卷保管30年为当地档案惯例',
  'input.fact_max_age':
    '本机关工作惯例：超出此限视为录入错误而非真实日期（最长的追责时效为5年，行政处罚法 第36条）',
  'input.deadline_max_ahead': '本机关工作惯例：整改期限以日或月计（安全生产法 第65条“限期”）',
};

/** The bases of clocks that run to a set day rather than by a rule (tasks/task-types.ts `date`). */
export const DATE_BASIS_ZH: Record<string, string> = {
  'before the current rectification deadline': '当前整改期限届满前（安全生产法 第65条）',
};

/**
 * A clock's legal basis in the reader's language: in Chinese the catalog's text where the stored
 * source is the shipped one, in English (and for anything else) the source as stored.
 */
export function ruleSourceText(rule: string | null, source: string | null, locale: Locale): string | null {
  if (locale !== 'zh' || source === null) return source;
  if (rule === null) return DATE_BASIS_ZH[source] ?? source;
  const zh = RULE_SOURCE_ZH[rule];
  return zh && RULEBOOK_2026_V1.rules[rule]?.source === source ? zh : source;
}
