import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbExecutor } from "@/lib/db/client";
import { publishEvents } from "@/lib/events/publish";
import { presenceSql, type Presence } from "./presence-state";
import { rowsOf } from "@/lib/db/rows";
import { wakeTeamWorker } from "./wake";

/** PUT /api/profile/presence: the header menu's "Online" / "Away" choice. */
export const presenceChoiceSchema = z.object({ away: z.boolean() }).strict();
/** POST /api/profile/activity: nothing to say but "I am here" (an empty object, or no body). */
export const activitySchema = z.object({}).strict();

interface PresenceChange {
  /** An open inbox tab: its event stream opened or beat, or it reported input. */
  seen?: boolean;
  /** Input in a tab (or the stream opening): the Away timer starts again. */
  active?: boolean;
  /** The header menu's choice. */
  awayChosen?: boolean;
}

export interface PresenceAfter {
  presence: Presence;
  away: boolean;
}

/**
 * Writes what an agent did and, when that changed its presence, tells supervisors (and the
 * agent's other tabs) with an `agent.presence` event; coming Online wakes auto-assignment. The
 * presence before is read in the same statement (row-locked), so two tabs writing at once do
 * not both announce it, and the latest write wins: there is one row per agent, no per-tab state.
 *
 * Changes by timeout alone (Online → Away after 5 minutes without input, → Offline a minute
 * after the last tab closed) are written nowhere and announce nothing: readers compute presence
 * with `presenceSql`, and the wallboard reads it again periodically.
 */
async function changePresence(db: DbExecutor, agentId: string, change: PresenceChange): Promise<PresenceAfter | null> {
  const sets: SQL[] = [];
  if (change.seen) sets.push(sql`last_seen_at = now()`);
  if (change.active) sets.push(sql`last_active_at = now()`);
  if (change.awayChosen !== undefined) sets.push(sql`away_chosen = ${change.awayChosen}`);
  const [row] = rowsOf<{ before: Presence; after: Presence; away: boolean }>(
    await db.execute(sql`
      with prev as (select id, ${presenceSql} as presence from agents where id = ${agentId} for update)
      update agents set ${sql.join(sets, sql`, `)} from prev where agents.id = prev.id
      returning prev.presence as before, ${presenceSql} as after, agents.away_chosen as away`),
  );
  if (!row) return null;
  if (row.before !== row.after) {
    await publishEvents(db, [{ type: "agent.presence", agentId, presence: row.after }]);
    if (row.after === "online") wakeTeamWorker();
  }
  return { presence: row.after, away: row.away };
}

/**
 * The event stream opened (`active`: it counts as input) or beat (every 15 s; not input, or an
 * idle open tab would never go Away).
 */
export async function markSeen(db: DbExecutor, agentId: string, opts: { active?: boolean } = {}): Promise<void> {
  await changePresence(db, agentId, { seen: true, active: opts.active ?? false });
}

/** Input in an inbox tab (reported at most once a minute per tab). */
export function markActive(db: DbExecutor, agentId: string): Promise<PresenceAfter | null> {
  return changePresence(db, agentId, { seen: true, active: true });
}

/**
 * "Away" or "Online" chosen in the header menu. Choosing is input too, but not a tab's sign of
 * life: an API client without an open inbox stays Offline.
 */
export function choosePresence(db: DbExecutor, agentId: string, away: boolean): Promise<PresenceAfter | null> {
  return changePresence(db, agentId, { active: true, awayChosen: away });
}

/** The agent's own presence now, for the header's dot and the menu's choice. */
export async function ownPresence(db: DbExecutor, agentId: string): Promise<PresenceAfter | null> {
  const [row] = rowsOf<{ presence: Presence; away: boolean }>(
    await db.execute(sql`select ${presenceSql} as presence, away_chosen as away from agents where id = ${agentId}`),
  );
  return row ? { presence: row.presence, away: row.away } : null;
}
