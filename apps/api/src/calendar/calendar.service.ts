import { instantOf } from '../contract/display';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { type CalendarReplanProgress, type calendarReplanWorkflow } from '@safecase/workflows';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, currentLocale, ProblemException, requestIdFor, type AppConfig } from '@safecase/common';
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
  workflowIds,
} from '@safecase/domain';
import { AuditLog, loadArrangements, storeArrangement } from '@safecase/persistence';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

/** The re-plan a calendar load started: its workflow and the version of the year it re-plans for. */
export interface ReplanView {
  workflowId: string;
  version: string;
}

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly logger = new Logger(CalendarService.name);

  /**
   * docs/domain.md §2.5: loading a year re-plans every open procedure — enforcement cases, penalties,
   * transfers, accidents and rectification items — at once. The fan-out is a workflow of its own
   * (workflows/calendar-replan.workflow.ts) that pages through the open records and signals each,
   * so it completes whatever happens to this process after the answer. Its id is the year and the
   * content's digest: a repeated load of the same arrangement finds the running re-plan (or, once
   * that ended, runs it again under the same id, which re-plans nothing twice that matters).
   */
  private async startReplan(year: number): Promise<ReplanView> {
    const version = await this.versionOf(year);
    const workflowId = workflowIds.calendarReplan(year, version);
    await this.client.workflow.start<typeof calendarReplanWorkflow>('calendarReplanWorkflow', {
      workflowId,
      taskQueue: this.config.temporal.taskQueue,
      args: [{ year, version }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    });
    return { workflowId, version };
  }

  /**
   * The stored arrangement's digest (what was loaded, in the database's order), with the database it
   * is stored in: workflow ids are global to the Temporal namespace, and two databases on one
   * namespace (test runs side by side) must not share a re-plan that signals only one's procedures.
   */
  private async versionOf(year: number): Promise<string> {
    const a = await this.year(year);
    const [db] = await this.db.query<{ name: string }[]>('SELECT current_database() AS name');
    const canonical = JSON.stringify({ holidays: a.holidays, makeupWorkdays: a.makeupWorkdays });
    return createHash('sha256')
      .update(`${db?.name ?? ''}\n${canonical}`)
      .digest('hex')
      .slice(0, 16);
  }

  /**
   * How far the re-plan of the year as loaded now has got: a finished one from its result, a running
   * one from the progress it writes into its memo after every page (no worker needed to answer).
   */
  async replan(
    year: number,
  ): Promise<ReplanView & { status: string; progress: CalendarReplanProgress | null }> {
    const version = await this.versionOf(year);
    const workflowId = workflowIds.calendarReplan(year, version);
    const handle = this.client.workflow.getHandle<typeof calendarReplanWorkflow>(workflowId);
    let described: Awaited<ReturnType<typeof handle.describe>>;
    try {
      described = await handle.describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new ProblemException('calendar.year_missing', msg('api.replan_not_found', { year }));
      throw error;
    }
    const status = described.status.name;
    if (status === 'COMPLETED') return { workflowId, version, status, progress: await handle.result() };
    const progress = (described.memo?.progress as CalendarReplanProgress | undefined) ?? null;
    return { workflowId, version, status, progress };
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
    const replan = await this.startReplan(year);
    this.logger.log(`calendar ${year} loaded: open procedures re-plan in ${replan.workflowId}`);
    return { ...(await this.year(year)), replan };
  }
}
