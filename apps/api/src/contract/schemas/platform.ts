import { arr, day, instant, int, json, obj, oneOf, str, uuid, type Schema } from '../schema-dsl';

/** Sign-in, calendar, rulebook, sandbox clock and health. */
const ROLES = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor', 'admin'] as const;

const CalendarDay = obj({ date: day(), name: str() }, { optional: ['name'], open: true });
const CalendarYear = obj({ year: int(), holidays: arr(CalendarDay), makeupWorkdays: arr(CalendarDay) });

const Rule = obj(
  { id: str(), name: str(), unit: str(), amount: int(), source: str(), status: str() },
  { open: true },
);

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
  Rulebook: obj({ version: str(), effectiveFrom: day(), on: day(), rules: arr(Rule) }),
  RulebookVersions: arr(
    obj({ version: str(), effectiveFrom: day(), publishedBy: str(), publishedAt: instant() }),
  ),
  SandboxClock: obj({ now: instant() }),
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
