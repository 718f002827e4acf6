import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbExecutor } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { decideConversation } from "@/lib/auth/policy";
import { enforce } from "@/lib/auth/route-rules";
import type { LoadedScope } from "@/lib/auth/scope";
import { publishEvents } from "@/lib/events/publish";
import { AppError, notFound } from "@/lib/errors";
import type { TeamActor } from "./assignment";
import { recordAudit } from "./audit";
import type { StatusResult } from "./types";
import { wakeTeamWorker } from "./wake";

/** The longest snooze: past a year it is a forgotten conversation, not a snooze. */
export const MAX_SNOOZE_MS = 366 * 24 * 60 * 60 * 1000;
type ConversationStatus = (typeof conversations.$inferSelect)["status"];
const FUTURE_ONLY = "Choose a time in the future.";

/** `PUT /api/conversations/:id/status`: the same schema the UI's buttons send. */
export const statusInputSchema = z.discriminatedUnion("status", [
  z.object({ status: z.enum(["open", "pending", "resolved"]) }).strict(),
  z.object({ status: z.literal("snoozed"), until: z.iso.datetime({ offset: true, message: FUTURE_ONLY }) }).strict(),
]);
export type StatusInput = z.infer<typeof statusInputSchema>;


function snoozeEnd(input: StatusInput, now: Date): Date | null {
  if (input.status !== "snoozed") return null;
  const until = new Date(input.until);
  const ahead = until.getTime() - now.getTime();
  if (!(ahead > 0 && ahead <= MAX_SNOOZE_MS)) throw new AppError("invalid_input", 422, FUTURE_ONLY, { until: FUTURE_ONLY });
  return until;
}

/** Sets a conversation's status (and its snooze end), audited and announced in one transaction. */
export async function setConversationStatus(db: Db, actor: TeamActor, scope: LoadedScope, input: StatusInput, now = new Date()): Promise<StatusResult> {
  enforce(decideConversation(actor, "conversation.status", scope));
  const until = snoozeEnd(input, now);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: conversations.status, snoozedUntil: conversations.snoozedUntil })
      .from(conversations)
      .where(eq(conversations.id, scope.conversationId))
      .for("update");
    if (!before) throw notFound("This conversation");
    if (before.status === input.status && before.snoozedUntil?.getTime() === until?.getTime()) return;
    await tx
      .update(conversations)
      .set({ status: input.status, snoozedUntil: until, statusChangedAt: sql`now()` })
      .where(eq(conversations.id, scope.conversationId));
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      kind: "conversation.status",
      target: { type: "conversation", id: scope.conversationId },
      before: { status: before.status, until: before.snoozedUntil?.toISOString() ?? null },
      after: { status: input.status, until: until?.toISOString() ?? null },
    });
    await publishEvents(tx, [{ type: "conversation.updated", channelId: scope.channelId, conversationId: scope.conversationId }]);
  });
  // A resolve frees capacity; a reopen may need an owner.
  if (input.status === "resolved" || input.status === "open") wakeTeamWorker();
  return { conversationId: scope.conversationId, status: input.status, snoozedUntil: until?.toISOString() ?? null };
}

const WAITING_STATES = ["resolved", "pending", "snoozed"] as const;

/**
 * A customer wrote: a resolved, pending or snoozed conversation is open again. Runs in the mirror
 * writer's transaction (the conversation row is locked there), so the message and the reopening
 * are seen together. Answers whether it reopened (the caller wakes auto-assignment after commit).
 */
export async function reopenOnCustomerMessage(tx: DbExecutor, conversation: { id: string; status: ConversationStatus; snoozedUntil: Date | null }): Promise<boolean> {
  if (!(WAITING_STATES as readonly string[]).includes(conversation.status)) return false;
  await tx.update(conversations).set({ status: "open", snoozedUntil: null, statusChangedAt: sql`now()` }).where(eq(conversations.id, conversation.id));
  await recordAudit(tx, {
    actor: null,
    kind: "conversation.status",
    target: { type: "conversation", id: conversation.id },
    before: { status: conversation.status, until: conversation.snoozedUntil?.toISOString() ?? null },
    after: { status: "open", until: null, reason: "customer_message" },
  });
  return true;
}
