import type { ClockRule } from './clock-rule';
import { confirmed } from './rule-helpers';

/** The clocks of the transfer to judicial organs (国务院令第310号; docs/domain.md §3.7). */
export const TRANSFER_RULES: Record<string, ClockRule> = {
  'transfer.head_decision': confirmed({
    name: 'head decides on the transfer report',
    actor: 'agency',
    endRule: 'last_day',
    amount: 3,
    unit: 'calendar_days',
    startsOn: 'transfer report submitted',
    source: '行政执法机关移送涉嫌犯罪案件的规定 (国务院令第310号) 第5条',
  }),
  'transfer.send': confirmed({
    name: 'case sent to public security after approval',
    actor: 'agency',
    endRule: 'exact',
    amount: 24,
    unit: 'hours',
    startsOn: 'transfer approved',
    source: '国务院令第310号 第5条',
  }),
  'transfer.police_decision': confirmed({
    name: 'public security decides whether to file',
    actor: 'party',
    endRule: 'rolls',
    amount: 3,
    unit: 'calendar_days',
    startsOn: 'transfer received by public security',
    source: '国务院令第310号 第8条',
  }),
  'transfer.reconsideration_request': confirmed({
    name: 'agency asks public security to reconsider a refusal',
    actor: 'agency',
    endRule: 'last_day',
    amount: 3,
    unit: 'calendar_days',
    startsOn: 'refusal received',
    source: '国务院令第310号 第9条',
  }),
  'transfer.reconsideration_answer': confirmed({
    name: 'public security answers the reconsideration',
    actor: 'party',
    endRule: 'rolls',
    amount: 3,
    unit: 'calendar_days',
    startsOn: 'reconsideration request received',
    source: '国务院令第310号 第9条',
  }),
  'transfer.procuratorate': confirmed({
    name: 'agency asks the procuratorate to supervise',
    actor: 'agency',
    endRule: 'last_day',
    amount: 3,
    unit: 'calendar_days',
    startsOn: 'reconsideration refused or unanswered',
    source: '国务院令第310号 第9条',
  }),
  'transfer.handover': confirmed({
    name: 'items and files handed over after police filing',
    actor: 'agency',
    endRule: 'last_day',
    amount: 3,
    unit: 'calendar_days',
    startsOn: 'the police’s filing notice (立案通知书) received',
    source: '国务院令第310号 第12条; 应急〔2019〕54号',
  }),
};
