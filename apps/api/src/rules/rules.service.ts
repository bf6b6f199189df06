import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, ProblemException, type Clock } from '@safecase/common';
import {
  CalendarYearMissingError,
  chinaDateOf,
  chinaInstant,
  isIsoDate,
  NotAClockError,
  previewClock,
  restDayText,
  RULEBOOK_2026_V1,
  rulebookProblems,
  startOfChinaDay,
  withEndRule,
  WorkCalendar,
  type Actor,
  type Rulebook,
  msg,
} from '@safecase/domain';
import { currentLocale } from '@safecase/common';
import { AuditLog, loadArrangements, RulebookNotFoundError, RulebookStore } from '@safecase/persistence';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { ClockRuleDto, type PublishRulebookDto } from './rules.dto';

const ORDER = Object.keys(RULEBOOK_2026_V1.rules);
const order = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

@Injectable()
export class RulesService {
  constructor(
    private readonly store: RulebookStore,
    private readonly audit: AuditLog,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async today(): Promise<string> {
    return chinaDateOf((await this.clock.now()).getTime());
  }

  private async rulebookOn(on: string): Promise<Rulebook> {
    try {
      return await this.store.inForceOn(on);
    } catch (error) {
      if (error instanceof RulebookNotFoundError)
        throw new ProblemException('rulebook.not_found', error.message);
      throw error;
    }
  }

  /**
   * The version in force on a day, each clock with its amount, unit, start, pauses and source, who
   * acts within it and which end counts (docs/domain.md §2.4).
   */
  async inForce(day?: string) {
    const on = day ?? (await this.today());
    const r = await this.rulebookOn(on);
    return {
      version: r.version,
      effectiveFrom: r.effectiveFrom,
      on,
      // jsonb keeps keys in its own order: list them in the procedure's order, as the shipped rulebook does.
      rules: Object.entries(r.rules)
        .sort(([a], [b]) => order(a) - order(b))
        .map(([id, rule]) => ({ id, ...withEndRule(id, rule) })),
    };
  }

  /**
   * A preview of one clock of the rulebook in force today, counted from `from` with no pauses: its due
   * day, act-by day and rolled end by its end rule, with the citation. Variants (the 特别重大
   * approval, the road-and-fire casualty window) are rules of their own.
   */
  async deadline(ruleId: string, from: string) {
    const [day, time] = from.split('T') as [string, string | undefined];
    if (!isIsoDate(day))
      throw new ProblemException('validation.failed', msg('api.not_a_date', { value: from }));
    const [h, m] = (time ?? '00:00').split(':').map(Number) as [number, number];
    const fromAt = startOfChinaDay(day) + (h * 60 + m) * 60_000;
    const rulebook = await this.rulebookOn(await this.today());
    if (
      !(ruleId in rulebook.rules) &&
      !(ruleId in RULEBOOK_2026_V1.rules && rulebook.version === RULEBOOK_2026_V1.version)
    )
      throw new ProblemException(
        'resource.not_found',
        msg('api.rule_not_found', { version: rulebook.version, ruleId }),
      );
    try {
      const calendar = new WorkCalendar(await loadArrangements(this.db));
      const { fromAt: start, ...p } = previewClock(calendar, rulebook, ruleId, fromAt);
      const locale = currentLocale();
      return {
        ...p,
        from: time === undefined ? p.from : chinaInstant(start),
        dueAt: chinaInstant(p.dueAt),
        restDaysAtEnd: p.restDaysAtEnd.map((d) => ({ ...d, reason: restDayText(d.reason, locale) })),
      };
    } catch (error) {
      if (error instanceof NotAClockError)
        throw new ProblemException('validation.failed', msg('api.rule_not_a_clock', { ruleId }));
      if (error instanceof CalendarYearMissingError)
        throw new ProblemException(
          'calendar.year_missing',
          msg('api.period_year_missing', { year: error.year }),
        );
      throw error;
    }
  }

  versions() {
    return this.store.list();
  }

  /**
   * Publishes a new version for cases opened on or after its effective day; running cases keep the
   * version they pinned. The day may not have begun yet, so no case's rules change retroactively.
   */
  async publish(dto: PublishRulebookDto, actor: Actor) {
    const errors = Object.entries(dto.rules).flatMap(([id, raw]) =>
      validateSync(plainToInstance(ClockRuleDto, raw ?? {}), {
        whitelist: true,
        forbidNonWhitelisted: true,
      }).map((e) => `rule ${id}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
    const rulebook: Rulebook = { version: dto.version, effectiveFrom: dto.effectiveFrom, rules: dto.rules };
    const problems = [...errors, ...rulebookProblems(rulebook)];
    if (dto.effectiveFrom <= (await this.today())) {
      problems.push(
        'effectiveFrom must be a future day: a published version never changes a day already begun',
      );
    }
    if (problems.length) throw new ProblemException('rulebook.invalid', problems.join('\n'));
    await this.db.transaction(async (m) => {
      if (!(await this.store.publish(rulebook, actor.username, m))) {
        throw new ProblemException(
          'rulebook.version_exists',
          msg('api.rulebook_version_exists', {
            version: dto.version,
            effectiveFrom: dto.effectiveFrom,
          }),
        );
      }
      await this.audit.append(
        {
          actorId: actor.userId,
          actorUsername: actor.username,
          actorRole: 'admin',
          agencyId: actor.agencyId,
          action: 'rulebook.publish',
          outcome: 'accepted',
          payload: rulebook,
        },
        m,
      );
    });
    return this.inForce(dto.effectiveFrom);
  }
}
