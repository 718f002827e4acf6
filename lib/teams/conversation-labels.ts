/* The labels on one conversation: what agents add and remove (the catalogue itself is labels.ts). */
import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { LoadedScope } from "@/lib/auth/scope";
import type { Db, DbExecutor } from "@/lib/db/client";
import { conversationLabels, labels } from "@/lib/db/schema";
import { invalidInput } from "@/lib/errors";
import { publishEvents } from "@/lib/events/publish";
import { recordAudit } from "./audit";
import type { LabelView } from "./labels";

export const MAX_LABELS_PER_CONVERSATION = 20;

export const conversationLabelsSchema = z.object({
  labelIds: z
    .array(z.string().uuid("A label id must be a UUID."), { message: "Give the list of label ids." })
    .max(MAX_LABELS_PER_CONVERSATION, `A conversation can have at most ${MAX_LABELS_PER_CONVERSATION} labels.`),
});

export async function labelsOf(db: DbExecutor, conversationId: string): Promise<LabelView[]> {
  return db
    .select({ id: labels.id, name: labels.name, color: labels.color })
    .from(conversationLabels)
    .innerJoin(labels, eq(labels.id, conversationLabels.labelId))
    .where(eq(conversationLabels.conversationId, conversationId))
    .orderBy(asc(sql`lower(${labels.name})`));
}

/**
 * Replaces a conversation's labels with exactly `labelIds`, audited (label names before and
 * after) and announced, in one transaction. An id that names no label refuses the whole change.
 */
export async function setConversationLabels(
  db: Db,
  actor: { id: string; email: string },
  scope: LoadedScope,
  labelIds: string[],
): Promise<LabelView[]> {
  const wanted = [...new Set(labelIds)];
  return db.transaction(async (tx) => {
    const found = wanted.length ? await tx.select({ id: labels.id }).from(labels).where(inArray(labels.id, wanted)) : [];
    if (found.length !== wanted.length) {
      const message = "One of these labels does not exist any more. Reload and try again.";
      throw invalidInput(message, { labelIds: message });
    }
    const before = await labelsOf(tx, scope.conversationId);
    await tx.delete(conversationLabels).where(eq(conversationLabels.conversationId, scope.conversationId));
    if (wanted.length) await tx.insert(conversationLabels).values(wanted.map((labelId) => ({ conversationId: scope.conversationId, labelId })));
    const after = await labelsOf(tx, scope.conversationId);
    await recordAudit(tx, {
      actor,
      kind: "conversation.labels",
      target: { type: "conversation", id: scope.conversationId },
      before: { labels: before.map((l) => l.name) },
      after: { labels: after.map((l) => l.name) },
    });
    await publishEvents(tx, [{ type: "conversation.updated", channelId: scope.channelId, conversationId: scope.conversationId }]);
    return after;
  });
}
