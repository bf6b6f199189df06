/** Plausibility bounds on the dates users enter (rulebook `input.*`). */
export const INPUT_REFUSALS = {
  'input.fact_future_day': {
    zh: '{field} {day} 晚于今天（{today}）：事实发生日不得在将来',
    en: '{field} {day} is after today ({today}): a fact cannot lie in the future',
  },
  'input.fact_too_old': {
    zh: '{field} {day} 早于 {earliest}：超出 input.fact_max_age（最多 {years} 年前）',
    en: '{field} {day} is before {earliest}: beyond input.fact_max_age (at most {years} years back)',
  },
  'input.instant_invalid': {
    zh: '{field} 不是有效的时间',
    en: '{field} is not a valid instant',
  },
  'input.instant_future': {
    zh: '{field} 晚于当前时间：事实发生时间不得在将来',
    en: '{field} is after now: a fact cannot lie in the future',
  },
  'input.deadline_too_far': {
    zh: '{field} {day} 晚于 {latest}：超出 input.deadline_max_ahead（最多今天起 {years} 年）',
    en: '{field} {day} is after {latest}: beyond input.deadline_max_ahead (at most {years} years from today)',
  },
} as const;
