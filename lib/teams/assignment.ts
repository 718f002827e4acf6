import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { canOwnConversationIn, decideAssign, type Actor } from "@/lib/auth/policy";
import { enforce } from "@/lib/auth/route-rules";
import type { LoadedScope } from "@/lib/auth/scope";
import { publishEvents } from "@/lib/events/publish";
import { AppError } from "@/lib/errors";
import { loadAssignee } from "./assignees";
import { recordAudit } from "./audit";
import type { AssignResult } from "./types";
import { wakeTeamWorker } from "./wake";

export type TeamActor = Actor & { email: string };


/**
 * Gives `scope`'s conversation to `assigneeId` (null = unassign) for `actor`. `scope` is the
 * conversation as the caller saw it when it decided (the route rule's read): the update only
 * happens while the assignee is still that one, so of two "Assign to me" clicks at once one wins
 * and the other gets 409 instead of silently taking it over.
 */
export async function assignConversation(db: Db, actor: TeamActor, scope: LoadedScope, assigneeId: string | null): Promise<AssignResult> {
  enforce(decideAssign(actor, scope, assigneeId));
  if (assigneeId !== null) {
    const assignee = await loadAssignee(db, assigneeId);
    if (!assignee) throw new AppError("invalid_input", 422, "This agent does not exist.", { assigneeId: "This agent does not exist." });
    if (!assignee.active || !canOwnConversationIn(assignee, scope.channelId)) {
      const message = `${assignee.name} has no access to this channel.`;
      throw new AppError("assignee_without_access", 422, message, { assigneeId: message });
    }
  }
  const previousAssigneeId = scope.assigneeId;
  if (previousAssigneeId === assigneeId) return { conversationId: scope.conversationId, assigneeId, previousAssigneeId };

  await db.transaction(async (tx) => {
    const updated = await tx
      .update(conversations)
      .set({ assigneeId })
      .where(and(eq(conversations.id, scope.conversationId), sql`${conversations.assigneeId} is not distinct from ${previousAssigneeId}`))
      .returning({ id: conversations.id });
    if (updated.length === 0) throw new AppError("assignment_conflict", 409, "Someone else took this conversation.");
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      kind: "conversation.assigned",
      target: { type: "conversation", id: scope.conversationId },
      before: { assigneeId: previousAssigneeId },
      after: { assigneeId },
    });
    await publishEvents(tx, [
      { type: "conversation.assigned", channelId: scope.channelId, conversationId: scope.conversationId, assigneeId, previousAssigneeId, assignedBy: actor.id },
    ]);
  });
  // Given back: auto-assignment may hand it to someone else.
  if (assigneeId === null) wakeTeamWorker();
  return { conversationId: scope.conversationId, assigneeId, previousAssigneeId };
}
