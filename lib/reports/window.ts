import { sql, type SQL } from "drizzle-orm";

/**
 * A report's range and filters as SQL over the aggregates (migration 0012). The range is two
 * instants, the report zone's midnights, computed in SQL so DST is right.
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

export const start = (w: Window) => sql`(${w.from}::date)::timestamp at time zone ${w.timeZone}`;
export const end = (w: Window) => sql`((${w.to}::date + 1)::timestamp) at time zone ${w.timeZone}`;
export const inWindow = (column: SQL, w: Window) => sql`(${column} >= ${start(w)} and ${column} < ${end(w)})`;

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
export const cyclesIn = (w: Window, f: FigureFilters) =>
  sql`(${inWindow(sql`c.opened_at`, w)} or ${inWindow(sql`c.first_response_at`, w)} or ${inWindow(sql`c.resolved_at`, w)}) and ${matching(f)}`;
export const openedIn = (w: Window, f: FigureFilters) => sql`${inWindow(sql`c.opened_at`, w)} and ${matching(f)}`;

