import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { decideConversation, type Actor, type ConversationScope } from "@/lib/auth/policy";
import { conversationScope, type LoadedScope } from "@/lib/auth/scope";
import type { DbExecutor } from "@/lib/db/client";
import { agents, channelMembers, pushSubscriptions } from "@/lib/db/schema";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { InboxEvent } from "@/lib/events/types";

export type PushKind = "message" | "mention" | "assignment";

/** The kind of push an event may cause, or null for the many that cause none. */
export function pushKindOf(event: InboxEvent): PushKind | null {
  switch (event.type) {
    case "message.created":
      return event.direction === "inbound" ? "message" : null;
    case "mention.created":
      return "mention";
    case "conversation.assigned":
      // Taking a conversation oneself is no news to oneself.
      return event.assigneeId !== null && event.assigneeId !== event.assignedBy ? "assignment" : null;
    default:
      return null;
  }
}

/**
 * Whether `actor` gets a push of `kind` about a conversation now in `scope`. Nobody hears of a
 * conversation the policy hides from them, whatever the event says. A customer message goes to
 * the conversation's assignee, or, while unassigned, to the members of its channel (admins and
 * supervisors see every channel, but only the channels they belong to are "theirs" here).
 */
export function wantsPush(actor: Actor, kind: PushKind, event: InboxEvent, scope: ConversationScope): boolean {
  if (!decideConversation(actor, "conversation.view", scope).allowed) return false;
  switch (kind) {
    case "message":
      return scope.assigneeId === actor.id || (scope.assigneeId === null && actor.channelIds.includes(scope.channelId));
    case "mention":
      return event.type === "mention.created" && event.agentId === actor.id;
    case "assignment":
      // Still theirs when the push goes out (not handed on again meanwhile).
      return scope.assigneeId === actor.id;
  }
}

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export interface PushTarget {
  subscription: PushSubscriptionRow;
  kind: PushKind;
  scope: LoadedScope;
}

const WANTS: Record<PushKind, AnyPgColumn> = {
  message: pushSubscriptions.notifyMessages,
  mention: pushSubscriptions.notifyMentions,
  assignment: pushSubscriptions.notifyAssignments,
};

/** The devices to push `event` to: subscribed to its kind, of active agents the policy lets see it. */
export async function pushTargets(db: DbExecutor, event: InboxEvent): Promise<PushTarget[]> {
  const kind = pushKindOf(event);
  if (!kind || !("conversationId" in event)) return [];
  const scope = await conversationScope(db, event.conversationId);
  if (!scope) return [];
  const who = candidatesFilter(db, kind, event, scope);
  if (!who) return [];
  const rows = await db
    .select({ subscription: pushSubscriptions, role: agents.role })
    .from(pushSubscriptions)
    .innerJoin(agents, eq(agents.id, pushSubscriptions.agentId))
    .where(and(eq(agents.active, true), eq(WANTS[kind], true), who));
  if (rows.length === 0) return [];
  const agentIds = [...new Set(rows.map((r) => r.subscription.agentId))];
  const memberships = await db.select().from(channelMembers).where(inArray(channelMembers.agentId, agentIds));
  const channelsOf = (id: string) => memberships.filter((m) => m.agentId === id).map((m) => m.channelId);
  return rows
    .filter((r) => wantsPush({ id: r.subscription.agentId, role: r.role, channelIds: channelsOf(r.subscription.agentId) }, kind, event, scope))
    .map((r) => ({ subscription: r.subscription, kind, scope }));
}

/** Narrows the read to plausible agents; wantsPush makes the decision. */
function candidatesFilter(db: DbExecutor, kind: PushKind, event: InboxEvent, scope: LoadedScope) {
  if (kind === "mention") return event.type === "mention.created" ? eq(pushSubscriptions.agentId, event.agentId) : undefined;
  if (kind === "assignment") return scope.assigneeId ? eq(pushSubscriptions.agentId, scope.assigneeId) : undefined;
  if (scope.assigneeId) return eq(pushSubscriptions.agentId, scope.assigneeId);
  const members = db.select({ id: channelMembers.agentId }).from(channelMembers).where(eq(channelMembers.channelId, scope.channelId));
  return inArray(pushSubscriptions.agentId, members);
}
