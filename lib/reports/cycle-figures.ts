import "server-only";
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows";
import { cyclesIn, inWindow, type FigureFilters, type Window } from "./window";

/**
 * Every figure a report takes from conversation cycles (totals and percentiles, per day, per
 * handler) in one statement over one read of the cycles in the range: the cycles are read once
 * into a materialized CTE and each figure aggregates that, instead of three statements reading
 * the same ~45,000 rows of a 30-day range again (what kept PGlite over 300 ms).
 */
export interface CycleSummary {
  opened: number;
  resolved: number;
  reopened: number;
  fr_median: number | null;
  fr_p90: number | null;
  fr_count: number;
  res_median: number | null;
  res_p90: number | null;
  res_count: number;
}

export interface DayRow {
  day: string;
  opened: number;
  resolved: number;
  reopened: number;
}

export interface AgentFigures {
  agent_id: string;
  handled: number;
  resolved: number;
  fr_median: number | null;
  res_median: number | null;
}

export interface CycleFigures {
  summary: CycleSummary;
  byDay: DayRow[];
  byAgent: AgentFigures[];
}

/** One row of the statement: the totals, one handler, or one day (`key`: agent id or date). */
interface Row {
  kind: "total" | "agent" | "day";
  key: string | null;
  opened: number;
  resolved: number;
  reopened: number;
  handled: number;
  /** Percentiles of the measure: [median, p90] for the totals, [median] for a handler. */
  fr: number[] | null;
  res: number[] | null;
  fr_count: number;
  res_count: number;
}

// date_part (double precision), not extract (numeric since PostgreSQL 14): what percentile_cont sorts.
const firstResponseSeconds = sql`date_part('epoch', c.first_response_at - c.opened_at)`;
const resolutionSeconds = sql`date_part('epoch', c.resolved_at - c.opened_at)`;

export async function cycleFigures(db: DbExecutor, w: Window, f: FigureFilters): Promise<CycleFigures> {
  // percentile_cont over an array of fractions: one sort per measure, not one per fraction.
  const result = await db.execute(sql`
    with c as materialized (
      select c.assignee_id, c.ordinal > 1 as again,
        ${inWindow(sql`c.opened_at`, w)} as o, ${inWindow(sql`c.first_response_at`, w)} as f, ${inWindow(sql`c.resolved_at`, w)} as r,
        ${firstResponseSeconds} as fr, ${resolutionSeconds} as res, c.opened_at, c.resolved_at
      from report_cycles c where ${cyclesIn(w, f)}
    ),
    -- Each day's first instant in the report zone, to find a cycle's day by binary search
    -- (width_bucket) instead of converting every timestamp to the zone.
    days as (
      select array_agg(((${w.from}::date + i)::timestamp at time zone ${w.timeZone}) order by i) as starts
      from generate_series(0, ${w.to}::date - ${w.from}::date) i
    )
    select 'total' as kind, null as key,
      count(*) filter (where o)::int as opened, count(*) filter (where r)::int as resolved,
      count(*) filter (where o and again)::int as reopened, count(*)::int as handled,
      percentile_cont(array[0.5, 0.9]) within group (order by fr) filter (where f) as fr, count(*) filter (where f)::int as fr_count,
      percentile_cont(array[0.5, 0.9]) within group (order by res) filter (where r) as res, count(*) filter (where r)::int as res_count
    from c
    union all
    select 'agent', assignee_id::text, 0, count(*) filter (where r)::int, 0, count(*)::int,
      array[percentile_cont(0.5) within group (order by fr) filter (where f)], 0,
      array[percentile_cont(0.5) within group (order by res) filter (where r)], 0
    from c where assignee_id is not null group by assignee_id
    union all
    select 'day', to_char(${w.from}::date + (b - 1), 'YYYY-MM-DD'), sum(opened)::int, sum(resolved)::int, sum(reopened)::int, 0, null, 0, null, 0 from (
      select width_bucket(opened_at, (select starts from days)) as b, 1 as opened, 0 as resolved, again::int as reopened from c where o
      union all
      select width_bucket(resolved_at, (select starts from days)), 0, 1, 0 from c where r
    ) d group by b`);
  const rows = rowsOf<Row>(result);
  const total = rows.find((r) => r.kind === "total")!;
  const at = (values: number[] | null, i: number) => values?.[i] ?? null;
  return {
    summary: {
      opened: total.opened,
      resolved: total.resolved,
      reopened: total.reopened,
      fr_median: at(total.fr, 0),
      fr_p90: at(total.fr, 1),
      fr_count: total.fr_count,
      res_median: at(total.res, 0),
      res_p90: at(total.res, 1),
      res_count: total.res_count,
    },
    byDay: rows.filter((r) => r.kind === "day").map((r) => ({ day: r.key!, opened: r.opened, resolved: r.resolved, reopened: r.reopened })),
    byAgent: rows
      .filter((r) => r.kind === "agent")
      .map((r) => ({ agent_id: r.key!, handled: r.handled, resolved: r.resolved, fr_median: at(r.fr, 0), res_median: at(r.res, 0) })),
  };
}
