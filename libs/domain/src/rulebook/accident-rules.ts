import type { ClockRule } from './rulebook';
import { confirmed, configurable } from './rule-helpers';

/**
 * The clocks of docs/domain.md §4: accident reporting, investigation, approval, rectification supervision
 * and evaluation (国务院令第493号; 安全生产法 第83–86条; 安委办〔2021〕4号).
 */
export const ACCIDENT_RULES: Record<string, ClockRule> = {
  'accident.unit_report': confirmed({
    name: 'the unit reports the accident',
    amount: 1,
    unit: 'hours',
    startsOn: 'the unit’s head received the report from the scene (the accident, when not known)',
    source: '生产安全事故报告和调查处理条例 (国务院令第493号) 第9条',
  }),
  'accident.level_report': confirmed({
    name: 'each level passes the report up',
    amount: 2,
    unit: 'hours',
    startsOn: 'report received',
    source: '国务院令第493号 第10–11条',
  }),
  'accident.casualty_update': confirmed({
    name: 'casualty changes re-reported (and re-graded)',
    amount: 30,
    unit: 'calendar_days',
    startsOn: 'accident occurred',
    source: '国务院令第493号 第13条',
  }),
  'accident.casualty_update_road_fire': confirmed({
    name: 'casualty changes re-reported for road traffic and fire accidents',
    amount: 7,
    unit: 'calendar_days',
    startsOn: 'accident occurred',
    source: '国务院令第493号 第13条',
  }),
  'accident.report': confirmed({
    name: 'investigation report submitted',
    amount: 60,
    unit: 'calendar_days',
    startsOn: 'accident occurred',
    pausedBy: ['technical appraisal (技术鉴定, 第27条)'],
    source: '国务院令第493号 第29条; its pause: 第27条',
  }),
  'accident.report_extension': confirmed({
    name: 'one approved extension of the investigation report, at most',
    amount: 60,
    unit: 'calendar_days',
    startsOn: 'report due day',
    source: '国务院令第493号 第29条',
  }),
  'accident.approval': confirmed({
    name: 'approval (批复) of the investigation report',
    amount: 15,
    unit: 'calendar_days',
    startsOn: 'investigation report received',
    source: '国务院令第493号 第32条',
  }),
  'accident.approval_especially_major': confirmed({
    name: 'approval of an especially major accident’s report',
    amount: 30,
    unit: 'calendar_days',
    startsOn: 'investigation report received',
    source: '国务院令第493号 第32条',
  }),
  'accident.approval_extension': confirmed({
    name: 'extension of an especially major accident’s approval, at most',
    amount: 30,
    unit: 'calendar_days',
    startsOn: 'approval due day',
    source: '国务院令第493号 第32条',
  }),
  'accident.evaluation': confirmed({
    name: 'evaluation of how the rectification and prevention measures were carried out',
    amount: 1,
    unit: 'years',
    startsOn: 'investigation report approved',
    source: '安全生产法 第86条; 安委办〔2021〕4号',
  }),
  'accident.missing_as_deaths': configurable({
    name: 'missing persons (下落不明) counted with the deaths for grading (100: each counts; 0: none)',
    amount: 100,
    unit: 'percent',
    startsOn: 'the casualties reported',
    source: '国务院令第493号 第3条; 下落不明 counted with the deaths per practice (docs/domain.md §4)',
  }),
  // A fine on the unit's 主要负责人 for a late, omitted, false or concealed report, as a share of their
  // last year's income (安全生产法 第110条, which supersedes the 40–80% of 国务院令第493号 第35条).
  'fine.principal_income.min': confirmed({
    name: 'lowest fine on the 主要负责人, as a share of last year’s income',
    amount: 60,
    unit: 'percent',
    startsOn: 'last year’s income',
    source: '安全生产法 第110条',
  }),
  'fine.principal_income.max': confirmed({
    name: 'highest fine on the 主要负责人, as a share of last year’s income',
    amount: 100,
    unit: 'percent',
    startsOn: 'last year’s income',
    source: '安全生产法 第110条',
  }),
  'rectification.notice_after': configurable({
    name: 'an overdue rectification item is circulated (通报)',
    amount: 5,
    unit: 'working_days',
    startsOn: 'item deadline',
    source: '安全生产法 第86条; 安委办〔2021〕4号 (ladder waits per local practice)',
  }),
  'rectification.summons_after': configurable({
    name: 'the responsible unit is summoned (约谈)',
    amount: 10,
    unit: 'working_days',
    startsOn: 'circulated notice',
    source: '安委办〔2021〕4号; 安全生产约谈办法 (ladder waits per local practice)',
  }),
  'rectification.listed_after': configurable({
    name: 'the item is placed under listed supervision (挂牌督办, published)',
    amount: 10,
    unit: 'working_days',
    startsOn: 'summons',
    source: '安委办〔2021〕4号 (ladder waits per local practice)',
  }),
  'rectification.accountability_after': configurable({
    name: 'referral for accountability (问责)',
    amount: 20,
    unit: 'working_days',
    startsOn: 'listed supervision',
    source: '安全生产法 第86条; 安委办〔2021〕4号 (ladder waits per local practice)',
  }),
};
