import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@safecase/common';
import { ITEM_RUNGS, regionPrefix, type Actor, type ItemRung } from '@safecase/domain';
import { DataSource } from 'typeorm';
import { instantOf } from '../contract/display';

/** A task is due soon when its due time falls within this many hours from now (and it is not overdue). */
export const DUE_SOON_HOURS = 72;
/** Weeks of cases opened and closed shown, the current (China-time, Monday-first) week last. */
export const WEEKS = 12;

/** Every record that holds tasks: enforcement cases and the procedures (both tables' ids are UUIDs). */
const RECORDS = `(
  SELECT id, agency_id, 'case'::text AS kind, stage, handlers, stage = 'closed' AS closed FROM enforcement_case
  UNION ALL
  SELECT id, agency_id, kind, stage, handlers, closed_at IS NOT NULL FROM procedure)`;

/** `$now` overdue, as the inbox says it (read-views.ts): flagged by the workflow, or past its due time. */
const OVERDUE = `(t.overdue OR t.due_at <= $2)`;

interface DeadlineRow {
  agency_id: string;
  agency_name: string;
  kind: string;
  stage: string;
  overdue: string;
  due_soon: string;
}

/**
 * The supervisor dashboard (issue #14 screen 8), aggregated in PostgreSQL over the read model, for the
 * agencies the caller oversees: a supervisor's or head's own agency; an admin's region and below
 * (counts only, never a record). Each query is bounded by those agencies first, so the indexes of
 * migration 1765380000000 (and the task-order index of 1765300000000) serve it.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async agencies(actor: Actor): Promise<{ id: string; name: string }[]> {
    const own = actor.roles.some((r) => r === 'supervisor' || r === 'head') ? actor.agencyId : null;
    const region = actor.roles.includes('admin') ? `${regionPrefix(actor.regionCode)}%` : null;
    return this.db.query(
      `SELECT id, name FROM agency WHERE id = $1::uuid OR region_code LIKE $2::text ORDER BY region_code, name`,
      [own, region],
    );
  }

  async dashboard(actor: Actor) {
    const nowDate = await this.clock.now();
    const now = nowDate.getTime();
    const soon = new Date(now + DUE_SOON_HOURS * 3_600_000);
    const agencies = await this.agencies(actor);
    const ids = agencies.map((a) => a.id);
    const params = [ids, nowDate, soon];

    // Open tasks only: a closed record's last projection cleared its tasks.
    const deadlines = await this.db.query<DeadlineRow[]>(
      `SELECT t.agency_id, a.name AS agency_name, r.kind, r.stage,
              count(*) FILTER (WHERE ${OVERDUE}) AS overdue,
              count(*) FILTER (WHERE NOT ${OVERDUE} AND t.due_at <= $3) AS due_soon
         FROM case_task t
         JOIN agency a ON a.id = t.agency_id
         JOIN ${RECORDS} r ON r.id = t.case_id
        WHERE t.agency_id = ANY($1::uuid[])
          AND (t.overdue OR COALESCE(t.due_at, 'infinity'::timestamptz) <= $3)
        GROUP BY t.agency_id, a.name, r.kind, r.stage
        ORDER BY a.name, r.kind, r.stage`,
      params,
    );

    // The ladder's rungs are stored in the item's state, in order, with the day each was reached.
    const ladderRows = await this.db.query<{ rung: ItemRung; reached: string; open: string }[]>(
      `SELECT rung.value->>'rung' AS rung, count(*) AS reached,
              count(*) FILTER (WHERE p.closed_at IS NULL) AS open
         FROM procedure p CROSS JOIN LATERAL jsonb_array_elements(p.state->'rungs') rung
        WHERE p.kind = 'rectification_item' AND p.agency_id = ANY($1::uuid[])
          AND p.state->'rungs' <> '[]'::jsonb
        GROUP BY 1`,
      [ids],
    );
    const ladder = ITEM_RUNGS.map((rung) => {
      const row = ladderRows.find((r) => r.rung === rung);
      return { rung, reached: Number(row?.reached ?? 0), open: Number(row?.open ?? 0) };
    });

    // An officer's open tasks are the officer tasks of the open records they handle (GIN on handlers).
    const workload = await this.db.query<
      {
        user_id: string;
        username: string;
        display_name: string;
        agency_name: string;
        open_tasks: string;
        overdue: string;
      }[]
    >(
      `SELECT u.id AS user_id, u.username, u.display_name, a.name AS agency_name,
              w.open_tasks, w.overdue
         FROM app_user u
         JOIN agency a ON a.id = u.agency_id
         CROSS JOIN LATERAL (
           SELECT count(*) AS open_tasks, count(*) FILTER (WHERE ${OVERDUE}) AS overdue
             FROM ${RECORDS} r JOIN case_task t ON t.case_id = r.id AND t.assignee_role = 'officer'
            WHERE r.agency_id = u.agency_id AND NOT r.closed AND r.handlers @> ARRAY[u.id]) w
        WHERE u.agency_id = ANY($1::uuid[]) AND u.active AND 'officer' = ANY(u.roles)
        ORDER BY w.open_tasks DESC, u.username`,
      [ids, nowDate],
    );

    // Weeks start on Monday 00:00 北京时间; each week's bounds are instants, so the opened_at and
    // closed_at indexes answer a range each.
    const weekly = await this.db.query<{ week_start: string; opened: string; closed: string }[]>(
      `WITH weeks AS (
         SELECT wk FROM generate_series(
           date_trunc('week', $2::timestamptz AT TIME ZONE 'Asia/Shanghai') - interval '${WEEKS - 1} weeks',
           date_trunc('week', $2::timestamptz AT TIME ZONE 'Asia/Shanghai'), interval '1 week') wk)
       SELECT to_char(w.wk, 'YYYY-MM-DD') AS week_start,
         (SELECT count(*) FROM enforcement_case c WHERE c.agency_id = ANY($1::uuid[])
             AND c.opened_at >= (w.wk AT TIME ZONE 'Asia/Shanghai')
             AND c.opened_at < ((w.wk + interval '1 week') AT TIME ZONE 'Asia/Shanghai')) AS opened,
         (SELECT count(*) FROM enforcement_case c WHERE c.agency_id = ANY($1::uuid[])
             AND c.closed_at >= (w.wk AT TIME ZONE 'Asia/Shanghai')
             AND c.closed_at < ((w.wk + interval '1 week') AT TIME ZONE 'Asia/Shanghai')) AS closed
       FROM weeks w ORDER BY w.wk`,
      [ids, nowDate],
    );

    return {
      asOf: instantOf(nowDate),
      dueSoonHours: DUE_SOON_HOURS,
      agencies,
      deadlines: deadlines.map((d) => ({
        agencyId: d.agency_id,
        agencyName: d.agency_name,
        kind: d.kind,
        stage: d.stage,
        overdue: Number(d.overdue),
        dueSoon: Number(d.due_soon),
      })),
      ladder,
      workload: workload.map((w) => ({
        userId: w.user_id,
        username: w.username,
        displayName: w.display_name,
        agencyName: w.agency_name,
        openTasks: Number(w.open_tasks),
        overdue: Number(w.overdue),
      })),
      weekly: weekly.map((w) => ({
        weekStart: w.week_start,
        opened: Number(w.opened),
        closed: Number(w.closed),
      })),
    };
  }
}
