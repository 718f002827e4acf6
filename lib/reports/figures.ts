import "server-only";
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows";
import { end, openedIn, start, type FigureFilters, type Window } from "./window";

/*
 * The report's message counts, read from the aggregates (migration 0012), never from messages.
 * Days and hours are converted from UTC to the report zone here.
 */

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
  return rowsOf<HourRow>(result);
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
  return rowsOf<HourRow>(result);
}
