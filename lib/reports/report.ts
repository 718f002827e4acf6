import "server-only";
import { eq, or, inArray } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { agents, channels, labels } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { cycleFigures, type AgentFigures } from "./cycle-figures";
import { cycleMessages, hourlyMessages, type HourRow } from "./figures";
import { daysOf, resolveDays, type ReportQuery } from "./range";
import type { ReportAgentRow, ReportDay, ReportResponse } from "./types";
import type { FigureFilters, Window } from "./window";

/** 422 for a filter naming nothing: a stale link or a hand-written URL, not an empty report. */
async function checkFilters(db: DbExecutor, f: FigureFilters): Promise<void> {
  const fields: Record<string, string> = {};
  const exists = async (table: typeof channels | typeof agents | typeof labels, id: string) =>
    (await db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1)).length > 0;
  if (f.channelId && !(await exists(channels, f.channelId))) fields.channelId = "This channel does not exist.";
  if (f.agentId && !(await exists(agents, f.agentId))) fields.agentId = "This agent does not exist.";
  if (f.labelId && !(await exists(labels, f.labelId))) fields.labelId = "This label does not exist.";
  const first = Object.values(fields)[0];
  if (first) throw new AppError("invalid_input", 422, first, fields);
}

/**
 * Where message counts come from: the hourly table when it can answer; under a label filter
 * both directions, and under an agent filter the incoming ones, from the cycles' counters (the
 * hourly table knows channels and sending agents, not labels or handlers).
 */
async function messageHours(db: DbExecutor, w: Window, f: FigureFilters): Promise<{ inbound: HourRow[]; outbound: HourRow[] }> {
  if (f.labelId) {
    const rows = await cycleMessages(db, w, f);
    return { inbound: rows, outbound: rows };
  }
  const hourly = await hourlyMessages(db, w, f);
  return { inbound: f.agentId ? await cycleMessages(db, w, f) : hourly, outbound: hourly };
}

const round = (seconds: number | null) => (seconds === null ? null : Math.round(Number(seconds)));

export async function buildReport(db: DbExecutor, query: ReportQuery, timeZone: string, now = new Date()): Promise<ReportResponse> {
  const { from, to } = resolveDays(query, timeZone, now);
  const filters: FigureFilters = { channelId: query.channelId, agentId: query.agentId, labelId: query.labelId };
  await checkFilters(db, filters);
  const w: Window = { from, to, timeZone };

  const [{ summary, byDay, byAgent }, messages] = await Promise.all([cycleFigures(db, w, filters), messageHours(db, w, filters)]);

  const daily = new Map<string, ReportDay>(
    daysOf(from, to).map((date) => [date, { date, opened: 0, resolved: 0, reopened: 0, messagesIn: 0, messagesOut: 0 }]),
  );
  for (const row of byDay) {
    const day = daily.get(row.day);
    if (day) Object.assign(day, { opened: row.opened, resolved: row.resolved, reopened: row.reopened });
  }
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const row of messages.inbound) {
    const day = daily.get(row.day);
    if (!day) continue; // A :30 zone's edge hour, outside the range.
    day.messagesIn += row.messages_in;
    heatmap[row.dow - 1][row.hour] += row.messages_in;
  }
  for (const row of messages.outbound) {
    const day = daily.get(row.day);
    if (day) day.messagesOut += row.messages_out;
  }
  const days = [...daily.values()];

  return {
    timeZone,
    from,
    to,
    totals: {
      opened: summary.opened,
      resolved: summary.resolved,
      reopened: summary.reopened,
      messagesIn: days.reduce((n, d) => n + d.messagesIn, 0),
      messagesOut: days.reduce((n, d) => n + d.messagesOut, 0),
    },
    firstResponse: { medianSeconds: round(summary.fr_median), p90Seconds: round(summary.fr_p90), count: summary.fr_count },
    resolution: { medianSeconds: round(summary.res_median), p90Seconds: round(summary.res_p90), count: summary.res_count },
    daily: days,
    heatmap,
    agents: await agentRows(db, byAgent, filters.agentId),
  };
}

/**
 * Every active agent (zeros included, so a quiet week shows), plus deactivated ones who handled
 * something in the range; only the filtered agent under an agent filter. Sorted by name.
 */
async function agentRows(db: DbExecutor, figures: AgentFigures[], agentId: string | undefined): Promise<ReportAgentRow[]> {
  const byId = new Map(figures.map((f) => [f.agent_id, f]));
  const withFigures = [...byId.keys()];
  const who = agentId
    ? eq(agents.id, agentId)
    : withFigures.length > 0
      ? or(eq(agents.active, true), inArray(agents.id, withFigures))
      : eq(agents.active, true);
  const people = await db.select({ id: agents.id, name: agents.name }).from(agents).where(who);
  // Sorted here, not in SQL: the database's collation differs between PGlite and PostgreSQL.
  people.sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  return people.map((p) => {
    const f = byId.get(p.id);
    return {
      agentId: p.id,
      name: p.name,
      handled: f?.handled ?? 0,
      resolved: f?.resolved ?? 0,
      firstResponseMedianSeconds: round(f?.fr_median ?? null),
      resolutionMedianSeconds: round(f?.res_median ?? null),
    };
  });
}
