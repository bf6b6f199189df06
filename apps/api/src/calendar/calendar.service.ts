import { instantOf } from '../contract/display';
import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { workflowIds } from '@safecase/temporal';
import { calendarUpdated } from '@safecase/workflows';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentLocale, ProblemException, requestIdFor } from '@safecase/common';
import {
  CalendarYearMissingError,
  computeDeadline,
  COUNTING_RULES,
  restDayText,
  InvalidArrangementError,
  isIsoDate,
  WorkCalendar,
  type Actor,
  type DeadlineResult,
  type PeriodUnit,
  type YearArrangement,
  msg,
} from '@safecase/domain';
import { AuditLog, loadArrangements, storeArrangement } from '@safecase/persistence';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly client: Client,
  ) {}

  private readonly logger = new Logger(CalendarService.name);

  /**
   * docs/domain.md §2: loading a year recomputes the open deadlines that depend on it. Each open case's
   * workflow reloads the calendar and re-plans its timers; a case that closed meanwhile is skipped.
   */
  private async recomputeOpenCases(): Promise<number> {
    const open = await this.db.query<{ id: string }[]>(
      "SELECT id FROM enforcement_case WHERE stage <> 'closed'",
    );
    let signalled = 0;
    for (const { id } of open) {
      try {
        await this.client.workflow.getHandle(workflowIds.enforcementCase(id)).signal(calendarUpdated);
        signalled += 1;
      } catch (error) {
        // The year is stored either way; a case that missed the signal re-plans on its next event.
        if (!(error instanceof WorkflowNotFoundError))
          this.logger.warn(`case ${id}: calendar signal failed: ${String(error)}`);
      }
    }
    this.logger.log(`calendar changed: ${signalled} open cases recompute their deadlines`);
    return signalled;
  }

  async calendar(): Promise<WorkCalendar> {
    return new WorkCalendar(await loadArrangements(this.db));
  }

  async deadline(from: string, amount: number, unit: PeriodUnit): Promise<DeadlineResult & { rule: string }> {
    if (!isIsoDate(from))
      throw new ProblemException('validation.failed', msg('api.not_a_date', { value: from }));
    try {
      const result = computeDeadline(await this.calendar(), from, amount, unit);
      const locale = currentLocale();
      return {
        ...result,
        // Reasons and the rule in the reader's language; the dates say the same in every language.
        extendedOver: result.extendedOver.map((d) => ({ ...d, reason: restDayText(d.reason, locale) })),
        rule: COUNTING_RULES[unit][locale],
      };
    } catch (error) {
      if (error instanceof CalendarYearMissingError) {
        throw new ProblemException(
          'calendar.year_missing',
          msg('api.period_year_missing', { year: error.year }),
        );
      }
      throw error;
    }
  }

  async years(): Promise<{ year: number; source: string; loadedAt: string; loadedBy: string }[]> {
    const rows: { year: number; source: string; loaded_at: Date; loaded_by: string }[] = await this.db.query(
      'SELECT year, source, loaded_at, loaded_by FROM calendar_year ORDER BY year',
    );
    return rows.map((r) => ({
      year: r.year,
      source: r.source,
      loadedAt: instantOf(r.loaded_at)!,
      loadedBy: r.loaded_by,
    }));
  }

  async year(year: number): Promise<YearArrangement> {
    const found = (await loadArrangements(this.db)).find((a) => a.year === year);
    if (!found) throw new ProblemException('calendar.year_missing', msg('api.year_not_loaded', { year }));
    return found;
  }

  /** Loads or corrects one year, atomically with its audit entry. */
  async load(
    year: number,
    body: Omit<YearArrangement, 'year'> & { source: string },
    actor: Actor,
    req: Request,
  ) {
    const arrangement: YearArrangement = {
      year,
      holidays: body.holidays,
      makeupWorkdays: body.makeupWorkdays,
    };
    try {
      await this.db.transaction(async (m) => {
        const before = (await loadArrangements(m)).find((a) => a.year === year) ?? null;
        await storeArrangement(m, arrangement, body.source, actor.username);
        await this.audit.append(
          {
            actorId: actor.userId,
            actorUsername: actor.username,
            actorRole: 'admin',
            agencyId: actor.agencyId,
            requestId: requestIdFor(req),
            action: 'calendar.year.load',
            outcome: 'accepted',
            payload: { year, source: body.source, before, after: arrangement },
          },
          m,
        );
      });
    } catch (error) {
      if (error instanceof InvalidArrangementError)
        throw new ProblemException('calendar.invalid_arrangement', error.message);
      throw error;
    }
    await this.recomputeOpenCases();
    return this.year(year);
  }
}
