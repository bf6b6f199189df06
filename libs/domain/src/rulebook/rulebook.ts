import type { IsoDate } from '../calendar/iso-date';
import { ACCIDENT_RULES } from './accident-rules';
import { confirmed, configurable } from './rule-helpers';

export type ClockUnit =
  'working_days' | 'calendar_days' | 'hours' | 'months' | 'years' | 'yuan' | 'percent' | 'hour_of_day';

/**
 * Units of an amount rather than a clock: a sum of money, a share, an hour of the day. Such a rule
 * has no actor and no end rule, and there is no deadline to preview.
 */
export const AMOUNT_UNITS: readonly ClockUnit[] = ['yuan', 'percent', 'hour_of_day'];
export const isClockRule = (rule: { unit: ClockUnit }): boolean => !AMOUNT_UNITS.includes(rule.unit);

/** Who must act within a clock (docs/domain.md §2.4): the agency, or a party (or third party). */
export type ClockActor = 'agency' | 'party';

/**
 * Which end of a clock counts (docs/domain.md §2.4: never late under any reading):
 * - `rolls`: a party-side period whose last day is a rest day ends on the next working day
 *   (民事诉讼法 第85条, applied by 行政复议法 第88条 and 行政诉讼法 第101条; 民法典 第203条);
 * - `last_day`: an agency-side limit is due on its un-rolled last day, to be acted on by the last
 *   working day on or before it; the rolled end is shown beside it as information;
 * - `cap`: a cap on coercion never extends past its last calendar day (行政强制法 第25条);
 * - `exact`: an instant or a fixed wait or window, never moved (hours, the public-notice 30 days, the
 *   casualty window, a minimum wait before the agency may act).
 */
export type EndRule = 'rolls' | 'last_day' | 'cap' | 'exact';

/** The legal basis of each end rule, shown with every clock. */
export const END_RULE_BASIS: Record<EndRule, string> = {
  rolls: '民事诉讼法 第85条 (行政复议法 第88条, 行政诉讼法 第101条); 民法典 第203条',
  last_day: '民法典 第1259条 (以内 includes the number); an agency acting early is never late',
  cap: '行政强制法 第25条 (不得超过; never extended past its last calendar day)',
  exact: '民法典 第1259条; a fixed instant, wait or window',
};

/** One statutory clock: how long, counted how, from what, paused by what, and on whose authority. */
export interface ClockRule {
  name: string;
  amount: number;
  unit: ClockUnit;
  /** The event that starts the clock (the starting day itself is not counted). */
  startsOn: string;
  /** Events during which the clock stands still (a budget with a ledger of pauses). */
  pausedBy: string[];
  /** Law and article. */
  source: string;
  /**
   * `confirmed`: the value is in the cited text. `configurable`: the default shipped here awaits the
   * 2026 department rule (应急管理部令第18号) or local practice; agencies may publish another value.
   */
  status: 'confirmed' | 'configurable';
  /** Who acts within the clock; absent on amounts (unit yuan), which are not clocks. */
  actor?: ClockActor;
  /** Which end counts; absent on amounts. */
  endRule?: EndRule;
}

export interface Rulebook {
  version: string;
  /** Cases opened on or after this day use this version; a case keeps the version it opened with. */
  effectiveFrom: IsoDate;
  rules: Record<string, ClockRule>;
}

/**
 * The clocks of docs/domain.md §3 (enforcement, penalty, transfer). Units follow docs/domain.md §2: working days
 * only where the statute says so (行政处罚法 第85条 for its 二/三/五/七日 periods, 行政强制法 第69条 for
 * 十日以内, 安全生产法 第78条), otherwise calendar days, months, years or hours.
 */
export const RULEBOOK_2026_V1: Rulebook = {
  version: '2026.1',
  effectiveFrom: '2026-02-01',
  rules: {
    'reinspection.due': configurable({
      name: '复查 after the rectification deadline or the unit’s application',
      actor: 'agency',
      endRule: 'last_day',
      amount: 10,
      unit: 'calendar_days',
      startsOn: 'rectification deadline reached, or rectification report received',
      source: '安全生产法 第65条; 复查 period per department rule (应急管理部令第18号, text unavailable)',
    }),
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
    'emergency_measure.report': confirmed({
      name: 'emergency compulsory measure reported to the agency head',
      actor: 'agency',
      endRule: 'exact',
      amount: 24,
      unit: 'hours',
      startsOn: 'emergency measure taken',
      source: '行政强制法 第19条',
    }),
    'seizure.term': confirmed({
      name: '查封/扣押 term',
      actor: 'agency',
      endRule: 'cap',
      amount: 30,
      unit: 'calendar_days',
      startsOn: 'seizure decision served',
      pausedBy: ['testing, inspection, quarantine or appraisal'],
      source: '行政强制法 第25条',
    }),
    'seizure.extension': confirmed({
      name: '查封/扣押 extension (once, approved by the head)',
      actor: 'agency',
      endRule: 'cap',
      amount: 30,
      unit: 'calendar_days',
      startsOn: 'end of the seizure term',
      pausedBy: ['testing, inspection, quarantine or appraisal'],
      source: '行政强制法 第25条',
    }),
    'power_cutoff.notice': confirmed({
      name: 'written notice before cutting power or explosives supply',
      actor: 'party',
      endRule: 'exact',
      amount: 24,
      unit: 'hours',
      startsOn: 'notice served',
      source: '安全生产法 第70条',
    }),
    'coercion.night_start': configurable({
      name: 'night begins (no coercion carried out until it ends, unless urgent): hour of the day',
      amount: 22,
      unit: 'hour_of_day',
      startsOn: '00:00 China time of the day',
      source: '行政强制法 第43条 ("夜间"; hours per local practice)',
    }),
    'coercion.night_end': configurable({
      name: 'night ends: hour of the day from which coercion may be carried out',
      amount: 6,
      unit: 'hour_of_day',
      startsOn: '00:00 China time of the day',
      source: '行政强制法 第43条 ("夜间"; hours per local practice)',
    }),
    'filing.in_time': configurable({
      name: '立案 after the facts are found',
      actor: 'agency',
      endRule: 'last_day',
      amount: 7,
      unit: 'working_days',
      startsOn: 'illegal act discovered',
      source: '行政处罚法 第54条 ("及时立案"; day count per department rule)',
    }),
    'limitation.general': confirmed({
      name: 'limitation for imposing a penalty',
      actor: 'agency',
      endRule: 'last_day',
      amount: 2,
      unit: 'years',
      startsOn: 'illegal act committed (or ended, if continuing)',
      source: '行政处罚法 第36条',
    }),
    'limitation.life_health': confirmed({
      name: 'limitation where life or health was at stake with harm',
      actor: 'agency',
      endRule: 'last_day',
      amount: 5,
      unit: 'years',
      startsOn: 'illegal act committed (or ended, if continuing)',
      source: '行政处罚法 第36条',
    }),
    'evidence_preservation.decision': confirmed({
      name: 'decision on evidence registered for preservation',
      actor: 'agency',
      endRule: 'last_day',
      amount: 7,
      unit: 'working_days',
      startsOn: 'evidence registered for preservation',
      source: '行政处罚法 第56条, 第85条',
    }),
    'statement_defence.period': configurable({
      name: 'statement and defence (陈述申辩) after notice of the intended penalty',
      actor: 'party',
      endRule: 'rolls',
      amount: 3,
      unit: 'working_days',
      startsOn: 'notice of the intended penalty served',
      source: '行政处罚法 第44–45条; period per department rule',
    }),
    'hearing.request': confirmed({
      name: 'party requests a hearing',
      actor: 'party',
      endRule: 'rolls',
      amount: 5,
      unit: 'working_days',
      startsOn: 'hearing-rights notice served',
      source: '行政处罚法 第64条, 第85条',
    }),
    'hearing.notice': confirmed({
      name: 'hearing notified at least this long ahead',
      actor: 'agency',
      endRule: 'exact',
      amount: 7,
      unit: 'working_days',
      startsOn: 'hearing notice served (counted forward to the earliest hearing day)',
      source: '行政处罚法 第64条, 第85条',
    }),
    // 90 days is the statute's, but its pauses (hearing, appraisal) and their counting are the department
    // rule's: the rule as a whole is not confirmed while its pauses are not.
    'decision.due': configurable({
      name: 'penalty decision after 立案',
      actor: 'agency',
      endRule: 'last_day',
      amount: 90,
      unit: 'calendar_days',
      startsOn: '立案',
      pausedBy: ['hearing', 'appraisal (鉴定)'],
      source:
        '行政处罚法 第60条 (90 days confirmed; pauses for hearing and appraisal and the extension per department rule, 应急管理部令第18号, text unavailable)',
    }),
    'decision.extension': configurable({
      name: 'one approved extension of the decision period, at most',
      actor: 'agency',
      endRule: 'last_day',
      amount: 30,
      unit: 'calendar_days',
      startsOn: 'the decision period ends',
      source: '行政处罚法 第60条 ("法律、法规、规章另有规定的，从其规定"); extension per department rule',
    }),
    'decision.service': confirmed({
      name: 'service of the decision when not served on the spot',
      actor: 'agency',
      endRule: 'last_day',
      amount: 7,
      unit: 'working_days',
      startsOn: 'decision made',
      source: '行政处罚法 第61条, 第85条',
    }),
    'service.public_notice': confirmed({
      name: 'service by public notice takes effect',
      actor: 'party',
      endRule: 'exact',
      amount: 30,
      unit: 'calendar_days',
      startsOn: 'public notice issued',
      source: '民事诉讼法 第95条 (applied by 行政处罚法 第61条)',
    }),
    'publication.due': confirmed({
      name: 'publication of the penalty decision',
      actor: 'agency',
      endRule: 'last_day',
      amount: 7,
      unit: 'working_days',
      startsOn: 'decision made',
      source: '安全生产法 第78条',
    }),
    'publication.withdrawal': confirmed({
      name: 'withdrawal of a publication after the decision is changed or revoked',
      actor: 'agency',
      endRule: 'last_day',
      amount: 3,
      unit: 'working_days',
      startsOn: 'decision changed or revoked',
      source: '行政处罚法 第48条, 第85条',
    }),
    'payment.due': confirmed({
      name: 'payment of the fine',
      actor: 'party',
      endRule: 'rolls',
      amount: 15,
      unit: 'calendar_days',
      startsOn: 'decision received',
      source: '行政处罚法 第67条',
    }),
    'demand.after_surcharge': confirmed({
      name: 'written demand (催告) once surcharge has run this long',
      actor: 'agency',
      endRule: 'exact',
      amount: 30,
      unit: 'calendar_days',
      startsOn: 'payment due date passed',
      pausedBy: ['administrative reconsideration pending', 'lawsuit pending'],
      source: '行政强制法 第45条, 第54条; 行政处罚法 第72–73条',
    }),
    'court_enforcement.earliest': confirmed({
      name: 'court enforcement may be applied for no earlier than',
      actor: 'agency',
      endRule: 'exact',
      amount: 10,
      unit: 'working_days',
      startsOn: 'demand served',
      source: '行政强制法 第54条, 第69条',
    }),
    'court_enforcement.latest': confirmed({
      name: 'court enforcement must be applied for within',
      actor: 'agency',
      endRule: 'last_day',
      amount: 3,
      unit: 'months',
      startsOn: 'reconsideration and lawsuit windows closed',
      source: '行政强制法 第53条',
    }),
    'reconsideration.window': confirmed({
      name: 'party may apply for administrative reconsideration',
      actor: 'party',
      endRule: 'rolls',
      amount: 60,
      unit: 'calendar_days',
      startsOn: 'decision received',
      source: '行政复议法 第20条',
    }),
    'lawsuit.window': confirmed({
      name: 'party may sue',
      actor: 'party',
      endRule: 'rolls',
      amount: 6,
      unit: 'months',
      startsOn: 'decision received',
      source: '行政诉讼法 第46条',
    }),
    'lawsuit.after_reconsideration': confirmed({
      name: 'party may sue on the reconsideration decision',
      actor: 'party',
      endRule: 'rolls',
      amount: 15,
      unit: 'calendar_days',
      startsOn: 'reconsideration decision received',
      source: '行政诉讼法 第45条',
    }),
    'closure.repeat_180_days': confirmed({
      name: 'window for 3 penalties of a unit with a major hidden danger (closure proposal)',
      // A look-back window for counting decisions: neither a deadline nor rolled.
      actor: 'agency',
      endRule: 'exact',
      amount: 180,
      unit: 'calendar_days',
      startsOn: 'the first of the penalty decisions (the 180th day included, 民法典 第1259条)',
      source: '安全生产法 第113条(一)',
    }),
    'closure.repeat_one_year': confirmed({
      name: 'window for 4 penalties of a unit with a major hidden danger (closure proposal)',
      // A look-back window for counting decisions: neither a deadline nor rolled.
      actor: 'agency',
      endRule: 'exact',
      amount: 1,
      unit: 'years',
      startsOn: 'the first of the penalty decisions (the anniversary day included, 民法典 第1259条)',
      source: '安全生产法 第113条(一)',
    }),
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
    // Amounts (unit yuan): the procedure a penalty takes depends on them.
    'summary.max_fine.unit': confirmed({
      name: 'largest fine on the spot (简易程序) for a unit',
      amount: 3000,
      unit: 'yuan',
      startsOn: 'the intended fine',
      source: '行政处罚法 第51条',
    }),
    'summary.max_fine.individual': confirmed({
      name: 'largest fine on the spot (简易程序) for an individual',
      amount: 200,
      unit: 'yuan',
      startsOn: 'the intended fine',
      source: '行政处罚法 第51条',
    }),
    'hearing.large_fine.unit': configurable({
      name: 'a fine this large or larger gives a unit the right to a hearing',
      amount: 50000,
      unit: 'yuan',
      startsOn: 'the intended fine',
      source: '行政处罚法 第63条; amount per department rule (应急管理部令第18号, text unavailable)',
    }),
    'hearing.large_fine.individual': configurable({
      name: 'a fine this large or larger gives an individual the right to a hearing',
      amount: 20000,
      unit: 'yuan',
      startsOn: 'the intended fine',
      source: '行政处罚法 第63条; amount per department rule (应急管理部令第18号, text unavailable)',
    }),
    'credit.listing': configurable({
      name: 'serious violator on the 失信 list',
      actor: 'agency',
      endRule: 'exact',
      amount: 3,
      unit: 'years',
      startsOn: 'listing decision',
      source: '应急管理部令第11号',
    }),
    'credit.early_removal': configurable({
      name: 'earliest removal from the 失信 list',
      actor: 'agency',
      endRule: 'exact',
      amount: 12,
      unit: 'months',
      startsOn: 'listing decision',
      source: '应急管理部令第11号',
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
    ...ACCIDENT_RULES,
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
  },
};

/**
 * A rule of the pinned version. A version stored before a rule was added to the shipped copy of the
 * same version (a development database) falls back to the shipped rule; anything else is a bug.
 */
export function ruleOf(rulebook: Rulebook, id: string): ClockRule {
  const rule =
    rulebook.rules[id] ??
    (rulebook.version === RULEBOOK_2026_V1.version ? RULEBOOK_2026_V1.rules[id] : undefined);
  if (!rule) throw new Error(`rulebook ${rulebook.version} has no rule ${id}`);
  return withEndRule(id, rule);
}

/**
 * A rule with its actor and end rule. A version stored before clocks carried them (and the state
 * of a procedure pinned to it) takes them from the shipped rule of the same id: who acts within a
 * clock and which end counts follow from the law, not from a version's values.
 */
export function withEndRule(id: string, rule: ClockRule): ClockRule {
  if (rule.endRule && rule.actor) return rule;
  const shipped = RULEBOOK_2026_V1.rules[id];
  if (!shipped?.endRule) return rule;
  return { ...rule, actor: rule.actor ?? shipped.actor, endRule: rule.endRule ?? shipped.endRule };
}
