import type { ClockRule } from './clock-rule';
import { configurable } from './rule-helpers';

/**
 * Reminders, escalation, the case file's retention and the plausibility bounds on dates users enter:
 * agency practice, configurable.
 */
export const GENERAL_RULES: Record<string, ClockRule> = {
  'reminder.lead': configurable({
    name: 'reminder before a task falls due',
    actor: 'agency',
    endRule: 'exact',
    amount: 2,
    unit: 'working_days',
    startsOn: 'task due date (counted backwards)',
    source: 'agency practice',
  }),
  'reminder.lead_hours': configurable({
    name: 'reminder before an hour-counted task falls due',
    actor: 'agency',
    endRule: 'exact',
    amount: 6,
    unit: 'hours',
    startsOn: 'task due instant (counted backwards)',
    source: 'agency practice',
  }),
  'escalation.supervisor': configurable({
    name: 'overdue task escalated from the officer to the supervisor',
    actor: 'agency',
    endRule: 'exact',
    amount: 1,
    unit: 'working_days',
    startsOn: 'task overdue',
    source: 'agency practice',
  }),
  'escalation.head': configurable({
    name: 'overdue task escalated from the supervisor to the agency head',
    actor: 'agency',
    endRule: 'exact',
    amount: 3,
    unit: 'working_days',
    startsOn: 'task escalated to the supervisor',
    source: 'agency practice',
  }),
  // The 案卷首页 states it (DOMAIN §5). 永久 cannot be a number: an agency that keeps its case files
  // permanently (or 10 years) publishes another version; the export prints whatever the pinned one says.
  'archive.case_file_retention': configurable({
    name: 'retention period of an enforcement case file (案卷), printed on its 案卷首页',
    actor: 'agency',
    endRule: 'exact',
    amount: 30,
    unit: 'years',
    startsOn: 'the case file archived after the case is closed',
    source:
      '国家档案局令第8号 (机关文件材料归档范围和文书档案保管期限规定): 永久 or 定期 30 / 10 years; 30 years for an enforcement case file is local archive practice',
  }),
  // Plausibility bounds on dates users enter (issue #12): not statutory periods, so configurable.
  'input.fact_max_age': configurable({
    name: 'oldest day a recorded fact may have happened on (inspection, report, accident, payment …)',
    actor: 'agency',
    endRule: 'exact',
    amount: 10,
    unit: 'years',
    startsOn: 'today (counted backwards); a fact is also never after today',
    source:
      'agency practice: a typing error rather than a real date beyond it (the longest limitation, 行政处罚法 第36条, is 5 years)',
  }),
  'input.deadline_max_ahead': configurable({
    name: 'furthest deadline or date an officer may set (rectification deadline, hearing day …)',
    actor: 'agency',
    endRule: 'exact',
    amount: 1,
    unit: 'years',
    startsOn: 'today',
    source: 'agency practice: rectification periods are set in days or months (安全生产法 第65条 "限期")',
  }),
};
