/**
 * Who may do what: the one place that decides. Route handlers, pages, server actions and the
 * event stream all ask here; nothing else compares roles.
 *
 * - admin: everything, settings and agents included.
 * - supervisor: every channel, assigns anyone, reports, silent viewing; no settings.
 * - agent: only the channels it is a member of, and there only its own conversations and the
 *   unassigned ones.
 *
 * Pure functions of the actor and the target: safe to import from client components (the UI hides
 * what the policy refuses, with the same answers).
 */
import type { AgentRole } from "@/lib/db/rows";

export interface Actor {
  id: string;
  role: AgentRole;
  /** Channels the actor is a member of; only consulted for role "agent". */
  channelIds: readonly string[];
}

/** What a conversation-level decision needs to know about the conversation. */
export interface ConversationScope {
  channelId: string;
  assigneeId: string | null;
}

/** Actions decided by role alone. */
export type RoleAction =
  /** Use the inbox at all (every signed-in active agent). */
  | "inbox.use"
  /** Edit one's own profile (name, password, time zone). */
  | "profile.edit"
  /** Agents, channels, labels, canned replies: create, change, deactivate. */
  | "settings.manage"
  /** Read the audit log. */
  | "audit.read"
  /** Read Prometheus metrics in a browser. */
  | "metrics.read"
  /** Reports and the wallboard. */
  | "reports.view"
  /** See every channel's conversations, assigned to anyone. */
  | "conversations.all";

/** Actions on one conversation. */
export type ConversationAction =
  | "conversation.view"
  | "conversation.reply"
  | "conversation.note"
  | "conversation.status"
  | "conversation.label"
  | "contact.edit";

export type Refusal = { code: string; message: string };
export type Decision = { allowed: true } | ({ allowed: false } & Refusal);

const ALLOWED: Decision = { allowed: true };
const refuse = (code: string, message: string): Decision => ({ allowed: false, code, message });

const ROLE_RULES: Record<RoleAction, readonly AgentRole[]> = {
  "inbox.use": ["admin", "supervisor", "agent"],
  "profile.edit": ["admin", "supervisor", "agent"],
  "settings.manage": ["admin"],
  "audit.read": ["admin"],
  "metrics.read": ["admin"],
  "reports.view": ["admin", "supervisor"],
  "conversations.all": ["admin", "supervisor"],
};

const ROLE_REFUSALS: Record<RoleAction, string> = {
  "inbox.use": "Your account cannot use the inbox.",
  "profile.edit": "You cannot change this profile.",
  "settings.manage": "Only an admin can change settings.",
  "audit.read": "Only an admin can read the audit log.",
  "metrics.read": "Only an admin can read metrics.",
  "reports.view": "Only supervisors and admins can see reports.",
  "conversations.all": "Only supervisors and admins see every conversation.",
};

export function decideRole(actor: Actor, action: RoleAction): Decision {
  return ROLE_RULES[action].includes(actor.role) ? ALLOWED : refuse("forbidden_role", ROLE_REFUSALS[action]);
}

/** Admins and supervisors see every channel; an agent the channels it is a member of. */
export function canSeeChannel(actor: Actor, channelId: string): boolean {
  return actor.role !== "agent" || actor.channelIds.includes(channelId);
}

export function decideChannel(actor: Actor, channelId: string): Decision {
  return canSeeChannel(actor, channelId) ? ALLOWED : refuse("forbidden_channel", "You do not have access to this channel.");
}

/**
 * A conversation an agent can see is in one of its channels and is its own or unassigned; an
 * admin or supervisor sees every conversation. Every conversation action requires seeing it.
 */
export function decideConversation(actor: Actor, _action: ConversationAction, scope: ConversationScope): Decision {
  const channel = decideChannel(actor, scope.channelId);
  if (!channel.allowed) return channel;
  if (actor.role === "agent" && scope.assigneeId !== null && scope.assigneeId !== actor.id) {
    return refuse("forbidden_conversation", "This conversation is assigned to someone else.");
  }
  return ALLOWED;
}

/**
 * Listing the conversations assigned to `assigneeId` (the inbox's `?assignee=` filter, linked from
 * the wallboard): one's own, always; anyone else's only for roles that see every conversation.
 */
export function decideAssigneeFilter(actor: Actor, assigneeId: string): Decision {
  return assigneeId === actor.id ? ALLOWED : decideRole(actor, "conversations.all");
}

/**
 * Assigning `scope` to `assigneeId` (null = unassign). An agent takes unassigned conversations for
 * itself and gives back its own; admins and supervisors assign anyone. Whether the assignee has
 * access to the channel is the caller's check (it needs the assignee's memberships).
 */
export function decideAssign(actor: Actor, scope: ConversationScope, assigneeId: string | null): Decision {
  const seen = decideConversation(actor, "conversation.view", scope);
  if (!seen.allowed) return seen;
  if (actor.role !== "agent") return ALLOWED;
  if (assigneeId === actor.id) return ALLOWED;
  if (assigneeId === null && scope.assigneeId === actor.id) return ALLOWED;
  return refuse("forbidden_assign", "Agents can only assign conversations to themselves.");
}

/** Whether an agent with `role` and `channelIds` may own a conversation of `channelId`. */
export function canOwnConversationIn(agent: Pick<Actor, "role" | "channelIds">, channelId: string): boolean {
  return agent.role !== "agent" || agent.channelIds.includes(channelId);
}

export const can = {
  role: (actor: Actor, action: RoleAction) => decideRole(actor, action).allowed,
  channel: (actor: Actor, channelId: string) => canSeeChannel(actor, channelId),
  conversation: (actor: Actor, action: ConversationAction, scope: ConversationScope) => decideConversation(actor, action, scope).allowed,
  assign: (actor: Actor, scope: ConversationScope, assigneeId: string | null) => decideAssign(actor, scope, assigneeId).allowed,
};
