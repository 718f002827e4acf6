import { sql } from "drizzle-orm";
import { agents } from "@/lib/db/schema";

/**
 * An agent's presence (issue 10): Online with an open inbox tab and recent input, Away after
 * 5 minutes without input in any tab or when chosen in the header menu, Offline when no tab has
 * beaten for a minute. The event stream beats every 15 s, so a reconnect within the minute does
 * not flap the agent to Offline.
 */
export type Presence = "online" | "away" | "offline";
export const PRESENCES = ["online", "away", "offline"] as const satisfies readonly Presence[];

/** No event-stream heartbeat for this long: Offline. */
export const OFFLINE_AFTER_SECONDS = 60;
/** No input in any tab for this long: Away. */
export const AWAY_AFTER_SECONDS = 300;

export interface PresenceFacts {
  lastSeenAt: Date | null;
  lastActiveAt: Date | null;
  awayChosen: boolean;
}

/** The same rule as `presenceSql`, for rows already read. */
export function presenceOf(facts: PresenceFacts, now: Date = new Date()): Presence {
  const age = (at: Date | null) => (at === null ? Infinity : (now.getTime() - at.getTime()) / 1000);
  if (age(facts.lastSeenAt) >= OFFLINE_AFTER_SECONDS) return "offline";
  if (facts.awayChosen || age(facts.lastActiveAt) >= AWAY_AFTER_SECONDS) return "away";
  return "online";
}

/** An agent's presence computed in SQL (over the `agents` table), for lists and the wallboard. */
export const presenceSql = sql<Presence>`(case
  when ${agents.lastSeenAt} is null or ${agents.lastSeenAt} <= now() - make_interval(secs => ${OFFLINE_AFTER_SECONDS}) then 'offline'
  when ${agents.awayChosen} or ${agents.lastActiveAt} is null or ${agents.lastActiveAt} <= now() - make_interval(secs => ${AWAY_AFTER_SECONDS}) then 'away'
  else 'online' end)`;
