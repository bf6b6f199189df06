import {
  arr,
  bool,
  day,
  instant,
  int,
  json,
  nullable,
  obj,
  oneOf,
  str,
  uuid,
  type Schema,
} from '../schema-dsl';

/** Sign-in, calendar, rulebook, sandbox clock and health. */
const ROLES = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor', 'admin'] as const;

const CalendarDay = obj({ date: day(), name: str() }, { optional: ['name'], open: true });
const CalendarYear = obj({ year: int(), holidays: arr(CalendarDay), makeupWorkdays: arr(CalendarDay) });
/** The workflow that re-plans every open procedure after a load (GET /calendar/years/{year}/replan). */
const CalendarReplanRef = obj({
  workflowId: str(),
  version: str({ description: 'digest of the year loaded' }),
});

const ACTORS = ['agency', 'party'] as const;
const END_RULES = ['rolls', 'last_day', 'cap', 'exact'] as const;
const UNITS = ['working_days', 'calendar_days', 'hours', 'months', 'years'] as const;
const END_RULE_TEXT =
  'which end counts (docs/domain.md §2.4): rolls (party-side, past rest days), last_day (agency-side, un-rolled), cap (never extended), exact (an instant or fixed window)';

const Rule = obj(
  {
    id: str(),
    name: str(),
    unit: str(),
    amount: int(),
    source: str(),
    status: str(),
    actor: oneOf(ACTORS, { description: 'who acts within the clock; absent on amounts' }),
    endRule: oneOf(END_RULES, { description: `${END_RULE_TEXT}; absent on amounts` }),
  },
  { open: true, optional: ['actor', 'endRule'] },
);

const ClockPreview = obj({
  ruleId: str({ example: 'lawsuit.window' }),
  version: str({ description: 'the rulebook version in force' }),
  name: str(),
  amount: int(),
  unit: oneOf(UNITS),
  actor: oneOf(ACTORS),
  endRule: oneOf(END_RULES, { description: END_RULE_TEXT }),
  endRuleBasis: str({ description: 'the legal basis of the end rule' }),
  citation: str({ description: 'the clock’s law and article' }),
  status: oneOf(['confirmed', 'configurable']),
  startsOn: str(),
  pausedBy: arr(str(), { description: 'what would pause the clock; the preview assumes no pause' }),
  from: str({ description: 'the start as given: a day, or an instant (+08:00) for an hour clock' }),
  due: day({
    description:
      'party-side: the rolled end, the last day the act is accepted; agency-side and caps: the un-rolled last day',
  }),
  dueAt: instant({ description: 'when the clock runs out: 24:00 China time of `due`, or the exact hour' }),
  actBy: nullable(day({ description: 'the last working day on or before `due` (agency-side, caps)' })),
  rolledEnd: nullable(
    day({ description: 'the end rolled past rest days, as information, where it differs' }),
  ),
  restDaysAtEnd: arr(obj({ date: day(), reason: str() })),
});

export const PLATFORM_SCHEMAS: Record<string, Schema> = {
  LoginAnswer: obj({ accessToken: str(), tokenType: oneOf(['Bearer']), expiresIn: int() }),
  Me: obj({
    userId: uuid(),
    username: str(),
    displayName: str(),
    roles: arr(oneOf(ROLES)),
    agencyId: uuid(),
    agencyName: str(),
    regionCode: str(),
  }),
  Deadline: obj(
    {
      due: day(),
      from: day(),
      amount: int(),
      unit: str(),
      extendedOver: arr(obj({ date: day(), reason: str() })),
      rule: str(),
    },
    { open: true },
  ),
  CalendarYearList: arr(obj({ year: int(), source: str(), loadedAt: instant(), loadedBy: str() })),
  CalendarYear,
  CalendarYearLoaded: obj({
    year: int(),
    holidays: arr(CalendarDay),
    makeupWorkdays: arr(CalendarDay),
    replan: CalendarReplanRef,
  }),
  CalendarReplan: obj({
    workflowId: str(),
    version: str(),
    status: str({ description: 'the workflow’s status: RUNNING, COMPLETED, …' }),
    progress: nullable(
      obj({
        year: int(),
        version: str(),
        table: oneOf(['enforcement_case', 'procedure']),
        after: str({ description: 'the last workflow id signalled in the table (keyset)' }),
        signalled: int(),
        skipped: int({ description: 'closed or gone meanwhile: nothing to re-plan' }),
        pages: int(),
        done: bool(),
      }),
    ),
  }),
  Rulebook: obj({ version: str(), effectiveFrom: day(), on: day(), rules: arr(Rule) }),
  ClockPreview,
  RulebookVersions: arr(
    obj({ version: str(), effectiveFrom: day(), publishedBy: str(), publishedAt: instant() }),
  ),
  SandboxClock: obj({ now: instant() }),
  SandboxClockAdvance: obj({
    id: uuid(),
    state: oneOf(['running', 'done', 'failed']),
    advance: str({ example: 'P10D', description: 'the duration asked for' }),
    from: instant({ description: 'the sandbox time the advance began at' }),
    target: instant({ description: 'the sandbox time it moves to' }),
    now: nullable(instant({ description: 'the sandbox time reached, once done' })),
    procedures: obj({
      caughtUp: int({ description: 'of those, how many the read model shows caught up so far' }),
      total: int({
        description:
          'cases and procedures with a reminder or due time by the target not yet recorded when the advance began',
      }),
    }),
    startedAt: instant({ description: 'real time the advance began' }),
    finishedAt: nullable(instant({ description: 'real time it finished or failed' })),
    error: nullable(str({ description: 'why it failed' })),
  }),
  Health: obj(
    {
      status: str(),
      info: json('the dependencies that are up'),
      error: json('the dependencies that are down'),
      details: json('each dependency'),
    },
    { optional: ['info', 'error', 'details'], open: true },
  ),
};
