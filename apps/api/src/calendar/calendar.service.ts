import { instantOf } from '../contract/display';
import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
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

/** Open records read per query, and signals in flight at once, when a calendar year is loaded. */
const RECOMPUTE_PAGE = 500;
const RECOMPUTE_CONCURRENCY = 20;

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly client: Client,
  ) {}

  private readonly logger = new Logger(CalendarService.name);

  /**
   * docs/domain.md §2.5: loading a year re-plans every open procedure — enforcement cases, penalties,
   * transfers, accidents and rectification items — at once. Each one's workflow (every kind handles
   * the `calendarUpdated` signal) reloads the calendar and re-plans its timers: a provisional due day
   * becomes firm, a command refused for the missing year is accepted. Open records are read a page at
   * a time by workflow id (keyset, a partial index on the open rows) and signalled a few at a time, so
   * tens of thousands of open procedures never fan out in one go. A record that closed meanwhile is
   * skipped; one whose signal fails re-plans on its next event.
   */
  private async recomputeOpenProcedures(): Promise<number> {
    let signalled = 0;
    for (const table of ['enforcement_case', 'procedure'] as const) {
      let after = '';
      for (;;) {
        const page = await this.db.query<{ workflow_id: string }[]>(
          `SELECT workflow_id FROM ${table} WHERE closed_at IS NULL AND workflow_id > $1
           ORDER BY workflow_id LIMIT $2`,
          [after, RECOMPUTE_PAGE],
        );
        for (let i = 0; i < page.length; i += RECOMPUTE_CONCURRENCY) {
          const batch = page.slice(i, i + RECOMPUTE_CONCURRENCY).map((r) => r.workflow_id);
          const sent = await Promise.all(batch.map((id) => this.signalCalendar(id)));
          signalled += sent.filter(Boolean).length;
        }
        if (page.length < RECOMPUTE_PAGE) break;
        after = page.at(-1)!.workflow_id;
      }
    }
    this.logger.log(`calendar changed: ${signalled} open procedures recompute their deadlines`);
    return signalled;
  }

  private async signalCalendar(workflowId: string): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(workflowId).signal(calendarUpdated);
      return true;
    } catch (error) {
      // The year is stored either way; a procedure that missed the signal re-plans on its next event.
      if (!(error instanceof WorkflowNotFoundError))
        this.logger.warn(`${workflowId}: calendar signal failed: ${String(error)}`);
      return false;
    }
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
    await this.recomputeOpenProcedures();
    return this.year(year);
  }
}
