import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor, ConversationScope } from "@/lib/auth/policy";
import type { DbExecutor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./audit";

/**
 * Silent viewing (issue 10 part 3): a supervisor who opens a conversation that is not theirs
 * looks without touching it (no read marker, no activity, nothing upstream) until they "Join".
 * Admins are not silent: they work conversations like agents (and the team's tests rely on it).
 *
 * Joining is kept in the audit log, where it must be recorded anyway: one entry per supervisor
 * and conversation (`audit_log_actor_idx` finds it), so it holds across tabs and reloads without
 * a table of its own, and a supervisor who joined once stays joined.
 */
export const JOIN_FIRST_MESSAGE = "Join this conversation to write in it: you are viewing it silently.";

type Viewed = Pick<ConversationScope, "assigneeId"> & { conversationId: string };

export async function hasJoined(db: DbExecutor, agentId: string, conversationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, agentId), eq(auditLog.kind, "conversation.joined"), eq(auditLog.targetId, conversationId)))
    .limit(1);
  return row !== undefined;
}

/** Whether `actor` views this conversation silently now (a supervisor, not its owner, not joined). */
export async function isSilentViewer(db: DbExecutor, actor: Pick<Actor, "id" | "role">, conversation: Viewed): Promise<boolean> {
  if (actor.role !== "supervisor" || conversation.assigneeId === actor.id) return false;
  return !(await hasJoined(db, actor.id, conversation.conversationId));
}

/**
 * The same answer for a reader that cannot wait for the conversation first: the join is read
 * beside it (a supervisor's only; null for everyone else) and judged once both are in.
 */
export function readJoin(db: DbExecutor, actor: Pick<Actor, "id" | "role">, conversationId: string): Promise<boolean> | null {
  return actor.role === "supervisor" ? hasJoined(db, actor.id, conversationId) : null;
}

export function viewsSilently(actor: Pick<Actor, "id" | "role">, assigneeId: string | null, joined: boolean | null): boolean {
  return actor.role === "supervisor" && assigneeId !== actor.id && joined === false;
}

/** Replies and notes: 403 `join_first` for a silent viewer. */
export async function assertNotSilent(db: DbExecutor, actor: Pick<Actor, "id" | "role">, conversation: Viewed): Promise<void> {
  if (await isSilentViewer(db, actor, conversation)) throw new AppError("join_first", 403, JOIN_FIRST_MESSAGE);
}

/** "Join": audited once (joining again changes nothing). */
export async function joinConversation(db: DbExecutor, actor: { id: string; email: string }, conversationId: string): Promise<void> {
  if (await hasJoined(db, actor.id, conversationId)) return;
  await recordAudit(db, { actor, kind: "conversation.joined", target: { type: "conversation", id: conversationId } });
}
