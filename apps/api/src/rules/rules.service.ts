import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, ProblemException, type Clock } from '@safecase/common';
import {
  chinaDateOf,
  RULEBOOK_2026_V1,
  rulebookProblems,
  type Actor,
  type Rulebook,
  msg,
} from '@safecase/domain';
import { AuditLog, RulebookNotFoundError, RulebookStore } from '@safecase/persistence';
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

  /** The version in force on a day, each clock with its amount, unit, start, pauses and source. */
  async inForce(day?: string) {
    const on = day ?? (await this.today());
    try {
      const r = await this.store.inForceOn(on);
      return {
        version: r.version,
        effectiveFrom: r.effectiveFrom,
        on,
        // jsonb keeps keys in its own order: list them in the procedure's order, as the shipped rulebook does.
        rules: Object.entries(r.rules)
          .sort(([a], [b]) => order(a) - order(b))
          .map(([id, rule]) => ({ id, ...rule })),
      };
    } catch (error) {
      if (error instanceof RulebookNotFoundError)
        throw new ProblemException('rulebook.not_found', error.message);
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
