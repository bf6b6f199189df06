import type { PeriodUnit } from '../calendar/deadline';
import type { Locale, Text } from './locale';

/** How a period is counted (DOMAIN §2), with its legal source. */
export const COUNTING_RULES: Record<PeriodUnit, Text> = {
  working_days: {
    zh: '起算日不计入；按周一至周五计算，扣除法定节假日，加上调休上班日（行政处罚法 第85条）',
    en: 'starting day not counted; Monday–Friday less public holidays plus make-up working days (行政处罚法 第85条)',
  },
  calendar_days: {
    zh: '起算日不计入；期间届满的最后一日是休息日的，以休息日后的第一个工作日为期间届满的日期（民事诉讼法 第85条，行政复议法 第88条、行政诉讼法 第101条准用）',
    en: 'starting day not counted; a last day on a rest day moves to the next working day (民事诉讼法 第85条, via 行政复议法 第88条 / 行政诉讼法 第101条)',
  },
};

/** The official holidays' English names; the arrangement stores the Chinese name (国务院办公厅通知). */
const HOLIDAYS_EN: Record<string, string> = {
  元旦: 'New Year’s Day',
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  抗战胜利纪念日: 'Victory Day of the War of Resistance',
};

/** Why a day is a rest day, in the locale: the holiday's name, or the weekend. */
export function restDayText(reason: string, locale: Locale): string {
  if (reason === 'weekend' || reason === 'rest day') return locale === 'zh' ? '周末' : reason;
  if (locale === 'zh') return reason;
  // A block's combined name (国庆节、中秋节 or 中秋节和国庆节) and a 补班 day, piece by piece.
  const makeup = reason.endsWith('补班');
  const parts = (makeup ? reason.slice(0, -2) : reason).split(/[、和]/);
  if (!parts.every((p) => HOLIDAYS_EN[p])) return reason;
  const names = parts.map((p) => HOLIDAYS_EN[p]!).join(' and ');
  return makeup ? `${names} make-up working day` : names;
}

/** The kinds of day in a year's arrangement. */
export const DAY_KINDS: Record<'holiday' | 'makeup_workday' | 'weekend' | 'working_day', Text> = {
  holiday: { zh: '法定节假日', en: 'public holiday' },
  makeup_workday: { zh: '调休上班日', en: 'make-up working day' },
  weekend: { zh: '周末', en: 'weekend' },
  working_day: { zh: '工作日', en: 'working day' },
};
