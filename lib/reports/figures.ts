import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { sqlRows } from "@/lib/teams/sql-rows";

/**
 * The report's reads over the aggregates (migration 0012), never over messages. Each takes the
 * range as two instants (the report zone's midnights, computed in SQL so DST is right) and the
 * filters; days and hours are converted from UTC to the report zone here.
 */
export interface FigureFilters {
  channelId?: string;
  agentId?: string;
  labelId?: string;
}
export interface Window {
  /** First and last day, inclusive, in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
}

const start = (w: Window) => sql`(${w.from}::date)::timestamp at time zone ${w.timeZone}`;
const end = (w: Window) => sql`((${w.to}::date + 1)::timestamp) at time zone ${w.timeZone}`;
const inWindow = (column: SQL, w: Window) => sql`(${column} >= ${start(w)} and ${column} < ${end(w)})`;

/** The filters on cycles; the label as the conversation carries it now. */
function matching(f: FigureFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.channelId) parts.push(sql`c.channel_id = ${f.channelId}`);
  if (f.agentId) parts.push(sql`c.assignee_id = ${f.agentId}`);
  if (f.labelId) parts.push(sql`exists (select 1 from conversation_labels cl where cl.conversation_id = c.conversation_id and cl.label_id = ${f.labelId})`);
  return sql.join(parts, sql` and `);
}

/**
 * Cycles with something in the window (opened, first answered or resolved) that match the
 * filters: three index ranges, never the whole history of open cycles.
 */
const cyclesIn = (w: Window, f: FigureFilters) =>
  sql`(${inWindow(sql`c.opened_at`, w)} or ${inWindow(sql`c.first_response_at`, w)} or ${inWindow(sql`c.resolved_at`, w)}) and ${matching(f)}`;
const openedIn = (w: Window, f: FigureFilters) => sql`${inWindow(sql`c.opened_at`, w)} and ${matching(f)}`;

// date_part (double precision), not extract (numeric since PostgreSQL 14): what percentile_cont sorts.
const firstResponseSeconds = sql`date_part('epoch', c.first_response_at - c.opened_at)`;
const resolutionSeconds = sql`date_part('epoch', c.resolved_at - c.opened_at)`;

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

export async function cycleSummary(db: DbExecutor, w: Window, f: FigureFilters): Promise<CycleSummary> {
  const fr = inWindow(sql`c.first_response_at`, w);
  const res = inWindow(sql`c.resolved_at`, w);
  const result = await db.execute(sql`
    select
      count(*) filter (where ${inWindow(sql`c.opened_at`, w)})::int as opened,
      count(*) filter (where ${res})::int as resolved,
      count(*) filter (where c.ordinal > 1 and ${inWindow(sql`c.opened_at`, w)})::int as reopened,
      percentile_cont(0.5) within group (order by ${firstResponseSeconds}) filter (where ${fr}) as fr_median,
      percentile_cont(0.9) within group (order by ${firstResponseSeconds}) filter (where ${fr}) as fr_p90,
      count(*) filter (where ${fr})::int as fr_count,
      percentile_cont(0.5) within group (order by ${resolutionSeconds}) filter (where ${res}) as res_median,
      percentile_cont(0.9) within group (order by ${resolutionSeconds}) filter (where ${res}) as res_p90,
      count(*) filter (where ${res})::int as res_count
    from report_cycles c where ${cyclesIn(w, f)}`);
  return sqlRows<CycleSummary>(result)[0];
}

export interface DayRow {
  day: string;
  opened: number;
  resolved: number;
  reopened: number;
}

/** Opened, resolved and reopened per day of the report zone (days without any are absent). */
export async function cyclesByDay(db: DbExecutor, w: Window, f: FigureFilters): Promise<DayRow[]> {
  // Grouped by date first, formatted after: one to_char per day, not per cycle.
  const result = await db.execute(sql`
    select to_char(day, 'YYYY-MM-DD') as day, sum(opened)::int as opened, sum(resolved)::int as resolved, sum(reopened)::int as reopened from (
      select (c.opened_at at time zone ${w.timeZone})::date as day, 1 as opened, 0 as resolved, (c.ordinal > 1)::int as reopened
      from report_cycles c where ${openedIn(w, f)}
      union all
      select (c.resolved_at at time zone ${w.timeZone})::date, 0, 1, 0
      from report_cycles c where ${inWindow(sql`c.resolved_at`, w)} and ${matching(f)}
    ) d group by d.day`);
  return sqlRows<DayRow>(result);
}

export interface AgentFigures {
  agent_id: string;
  handled: number;
  resolved: number;
  fr_median: number | null;
  res_median: number | null;
}

/** Per handler: cycles handled (opened, first answered or resolved in the range), resolved, and medians. */
export async function cyclesByAgent(db: DbExecutor, w: Window, f: FigureFilters): Promise<AgentFigures[]> {
  const fr = inWindow(sql`c.first_response_at`, w);
  const res = inWindow(sql`c.resolved_at`, w);
  const result = await db.execute(sql`
    select c.assignee_id as agent_id, count(*)::int as handled, count(*) filter (where ${res})::int as resolved,
      percentile_cont(0.5) within group (order by ${firstResponseSeconds}) filter (where ${fr}) as fr_median,
      percentile_cont(0.5) within group (order by ${resolutionSeconds}) filter (where ${res}) as res_median
    from report_cycles c where ${cyclesIn(w, f)} and c.assignee_id is not null
    group by c.assignee_id`);
  return sqlRows<AgentFigures>(result);
}

/** Messages in one local hour: `dow` 1 = Monday … 7 = Sunday. */
export interface HourRow {
  day: string;
  dow: number;
  hour: number;
  messages_in: number;
  messages_out: number;
}

/**
 * Message counts per local hour from the hourly table. A UTC hour goes to the local hour it
 * starts in: exact for whole-hour offsets; in a :30/:45 zone an hour's messages land in one
 * local hour although half of them belong to the next (documented in docs/architecture.md).
 * With an agent, outbound counts only that agent's replies.
 */
export async function hourlyMessages(db: DbExecutor, w: Window, f: Pick<FigureFilters, "channelId" | "agentId">): Promise<HourRow[]> {
  const out = f.agentId ? sql`sum(h.messages_out) filter (where h.agent_key = ${f.agentId})` : sql`sum(h.messages_out)`;
  // Summed per UTC hour first (at most 24 a day), converted to local time after.
  const result = await db.execute(sql`
    select to_char(x.local, 'YYYY-MM-DD') as day, extract(isodow from x.local)::int as dow, extract(hour from x.local)::int as hour,
      x.messages_in, x.messages_out
    from (
      select h.hour at time zone ${w.timeZone} as local, sum(h.messages_in)::int as messages_in, coalesce(${out}, 0)::int as messages_out
      from report_hourly h
      where h.hour >= ${start(w)} and h.hour < ${end(w)} ${f.channelId ? sql`and h.channel_id = ${f.channelId}` : sql``}
      group by h.hour
    ) x`);
  return sqlRows<HourRow>(result);
}

/**
 * Message counts from the cycles' own counters, placed at the hour each cycle opened: what a
 * label (or an agent's incoming messages) can be counted by, since the hourly table knows
 * neither. Messages outside any cycle (say, a reply after the resolution) are not in these.
 */
export async function cycleMessages(db: DbExecutor, w: Window, f: FigureFilters): Promise<HourRow[]> {
  // Summed per local hour first (date_trunc of a timestamp without zone), formatted after.
  const result = await db.execute(sql`
    select to_char(x.local, 'YYYY-MM-DD') as day, extract(isodow from x.local)::int as dow, extract(hour from x.local)::int as hour,
      x.messages_in, x.messages_out
    from (
      select date_trunc('hour', c.opened_at at time zone ${w.timeZone}) as local, sum(c.messages_in)::int as messages_in, sum(c.messages_out)::int as messages_out
      from report_cycles c where ${openedIn(w, f)}
      group by 1
    ) x`);
  return sqlRows<HourRow>(result);
}
