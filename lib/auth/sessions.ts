import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import type { AgentRole } from "@/lib/db/rows";
import { agentSessions, agents } from "@/lib/db/schema";
import { asThemeChoice, type ThemeChoice } from "@/lib/theme/choice";
import { SESSION_MAX_AGE_SECONDS } from "./session-token";

export interface SessionAgent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
  /** Channels the agent is a member of (what role "agent" may see; admins and supervisors see all). */
  channelIds: readonly string[];
}

/** The agent of a request, with the agent_sessions row it came with (sign-out deletes it). */
export interface SignedInAgent extends SessionAgent {
  sessionId: string;
  /** Read with the session so the root layout can paint the right theme without another query. */
  theme: ThemeChoice;
  /** The agent's language ("en" | "fr" | "es"), or null for the browser's; with the session for the same reason. */
  locale: string | null;
  /** IANA zone every date and time is shown in. */
  timeZone: string;
}

export async function createSession(db: DbExecutor, agentId: string, userAgent: string | null): Promise<string> {
  const [row] = await db
    .insert(agentSessions)
    .values({ agentId, userAgent: userAgent?.slice(0, 300) ?? null, expiresAt: sql`now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})` })
    .returning({ id: agentSessions.id });
  return row.id;
}

/** The agent's channel memberships, read in the same query as the session. */
export const memberChannelIds = sql<string[]>`coalesce((select array_agg(m.channel_id::text) from channel_members m where m.agent_id = ${agents.id}), '{}'::text[])`;

// Every API request runs it: built once (see preparedPer), still run against the database each time.
const sessionAgentQuery = preparedPer((db) =>
  db
    .select({ id: agents.id, email: agents.email, name: agents.name, role: agents.role, isDemo: agents.isDemo, theme: agents.theme, locale: agents.locale, timeZone: agents.timeZone, channelIds: memberChannelIds })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(eq(agentSessions.id, sql.placeholder("sessionId")), gt(agentSessions.expiresAt, sql`now()`), eq(agents.active, true)))
    .limit(1)
    .prepare("find_session_agent"),
);

/**
 * The agent of a live session, in one query: the row exists and has not expired, the agent is
 * active, and a demo account only counts in sandbox mode.
 */
export async function findSessionAgent(db: DbExecutor, sessionId: string, mode: "sandbox" | "live"): Promise<SignedInAgent | null> {
  const [row] = await sessionAgentQuery(db).execute({ sessionId });
  if (!row || (row.isDemo && mode === "live")) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, channelIds: row.channelIds ?? [], sessionId, theme: asThemeChoice(row.theme), locale: row.locale, timeZone: row.timeZone };
}

export async function endSession(db: DbExecutor, sessionId: string): Promise<void> {
  await db.delete(agentSessions).where(eq(agentSessions.id, sessionId));
}

/** Every session of an agent ends: "Sign out everywhere", a new password, deactivation. */
export async function endAgentSessions(db: DbExecutor, agentId: string): Promise<number> {
  const ended = await db.delete(agentSessions).where(eq(agentSessions.agentId, agentId)).returning({ id: agentSessions.id });
  return ended.length;
}

/** Expired rows are dead weight: removed now and then (a sign-in does it, bounded). */
export async function removeExpiredSessions(db: DbExecutor): Promise<void> {
  await db.execute(sql`delete from agent_sessions where id in (select id from agent_sessions where expires_at < now() limit 500)`);
}
