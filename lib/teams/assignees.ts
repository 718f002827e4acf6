import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { memberChannelIds } from "@/lib/auth/sessions";
import { canOwnConversationIn, type Actor, type ConversationScope } from "@/lib/auth/policy";
import type { AgentRole } from "@/lib/db/rows";
import { presenceSql } from "./presence-state";
import type { AssigneeOption } from "./types";


export interface AssigneeCandidate {
  id: string;
  name: string;
  role: AgentRole;
  active: boolean;
  channelIds: readonly string[];
}

/** One agent with what deciding "may own a conversation here" needs; null when there is none. */
export async function loadAssignee(db: DbExecutor, agentId: string): Promise<AssigneeCandidate | null> {
  const [row] = await db
    .select({ id: agents.id, name: agents.name, role: agents.role, active: agents.active, channelIds: memberChannelIds })
    .from(agents)
    .where(eq(agents.id, agentId))
    .limit(1);
  return row ? { ...row, channelIds: row.channelIds ?? [] } : null;
}

/**
 * Who the "Assign" menu offers for a conversation: active agents who may own it (admins and
 * supervisors, and the channel's members of role agent). An agent is only offered itself, as the
 * policy lets it assign no one else.
 */
export async function listAssignees(db: DbExecutor, actor: Actor, scope: ConversationScope): Promise<AssigneeOption[]> {
  const rows = await db
    .select({ id: agents.id, name: agents.name, role: agents.role, presence: presenceSql, channelIds: memberChannelIds })
    .from(agents)
    .where(and(eq(agents.active, true), actor.role === "agent" ? eq(agents.id, actor.id) : undefined))
    .orderBy(asc(agents.name), asc(agents.id));
  return rows
    .filter((r) => canOwnConversationIn({ role: r.role, channelIds: r.channelIds ?? [] }, scope.channelId))
    .map(({ id, name, role, presence }) => ({ id, name, role, presence }));
}

/** The signed-in agent's time zone (IANA), for snooze times. */
export async function timeZoneOf(db: DbExecutor, agentId: string): Promise<string> {
  const [row] = await db.select({ timeZone: agents.timeZone }).from(agents).where(eq(agents.id, agentId)).limit(1);
  return row?.timeZone ?? "UTC";
}

/** The current assignee's name for the header (whoever it is, even without access now). */
export async function assigneeName(db: DbExecutor, agentId: string | null): Promise<{ id: string; name: string } | null> {
  if (!agentId) return null;
  const [row] = await db.select({ id: agents.id, name: agents.name }).from(agents).where(eq(agents.id, agentId)).limit(1);
  return row ?? null;
}
