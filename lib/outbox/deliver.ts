import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AfilnetClient, ChatRef } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { channels, conversations, messages } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import type { MessageRow } from "@/lib/db/rows";
import { leaseFor, renewLease } from "./claim";
import { backoffDelay } from "@/lib/backoff";
import { classifySendError, SEND_BACKOFF } from "./classify";
import { findUpstreamCopy } from "./reconcile";

export interface DeliverDeps {
  db: Db;
  provider: AfilnetClient;
  /** After a send: fetch the chat so the mirror links the provider's copy. */
  onSent?: (conversationId: string) => void;
  /** The claim's lease; renewed before the send after a look upstream. */
  leaseMs?: number;
  /** Give up after this many attempts, or this long after the reply was written. */
  maxAttempts?: number;
  maxAgeMs?: number;
  random?: () => number;
}

type Outcome = "sent" | "retry" | "failed" | "lost";

async function chatOf(db: Db, conversationId: string): Promise<{ chat: ChatRef; channelId: string } | null> {
  const [row] = await db
    .select({ destination: conversations.destination, platform: channels.platform, platformId: channels.platformId, channelId: channels.id })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(conversations.id, conversationId));
  return row ? { chat: { platform: row.platform, platformId: row.platformId, destination: row.destination }, channelId: row.channelId } : null;
}

/**
 * Writes a delivery change if this worker still holds the claim (attempt number and 'sending'),
 * so a worker whose lease passed cannot overwrite what the next one did.
 */
async function settle(db: Db, row: MessageRow, channelId: string, set: Parameters<ReturnType<Db["update"]>["set"]>[0]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(messages)
      .set({ ...set, leaseUntil: null, updatedAt: sql`now()` })
      .where(and(eq(messages.id, row.id), eq(messages.delivery, "sending"), eq(messages.deliveryAttempts, row.deliveryAttempts)))
      .returning({ id: messages.id, delivery: messages.delivery });
    if (!updated) return false;
    await publishEvents(tx, [
      { type: "message.updated", channelId, conversationId: row.conversationId, messageId: row.id, status: updated.delivery ?? "" },
    ]);
    return true;
  });
}

/** Sends one claimed reply (or finds it already upstream) and records how it went. */
export async function deliver(deps: DeliverDeps, row: MessageRow): Promise<Outcome> {
  const target = await chatOf(deps.db, row.conversationId);
  if (!target) return "lost";
  const { chat, channelId } = target;
  await publishEvents(deps.db, [{ type: "message.updated", channelId, conversationId: row.conversationId, messageId: row.id, status: "sending" }]);
  try {
    if (row.ambiguousSince) {
      const copy = await findUpstreamCopy(deps.db, deps.provider, chat, row);
      if (copy) {
        const ok = await settle(deps.db, row, channelId, {
          delivery: "sent",
          providerMessageId: copy.messageId,
          providerStatus: copy.status,
          sentAt: copy.sentAt,
          lastError: null,
          lastErrorCode: null,
        });
        return ok ? "sent" : "lost";
      }
      if (!(await renewLease(deps.db, row, deps.leaseMs ?? leaseFor(deps.provider)))) return "lost";
    }
    const result =
      row.kind === "file" && row.fileUrl && row.fileType
        ? await deps.provider.sendFile({
            ...chat,
            type: row.fileType,
            fileUrl: row.fileUrl,
            ...(row.thumbUrl ? { thumbUrl: row.thumbUrl } : {}),
            ...(row.body ? { message: row.body } : {}),
          })
        : await deps.provider.sendMessage({ ...chat, message: row.body });
    const ok = await settle(deps.db, row, channelId, {
      delivery: "sent",
      ambiguousSince: null,
      lastError: null,
      lastErrorCode: null,
      ...(result.messageId ? { providerMessageId: sql`coalesce(${messages.providerMessageId}, ${result.messageId})` } : {}),
    });
    if (ok) deps.onSent?.(row.conversationId);
    return ok ? "sent" : "lost";
  } catch (error) {
    const failure = classifySendError(error);
    const tooMany = row.deliveryAttempts >= (deps.maxAttempts ?? 10);
    const tooOld = Date.now() - row.createdAt.getTime() >= (deps.maxAgeMs ?? 24 * 3_600_000);
    if (failure.kind === "permanent" || tooMany || tooOld) {
      const message = failure.kind === "permanent" ? failure.message : "The provider kept failing; the reply was not sent. Try again.";
      await settle(deps.db, row, channelId, { delivery: "failed", lastError: message, lastErrorCode: failure.code });
      return "failed";
    }
    const delay = backoffDelay(row.deliveryAttempts, { ...SEND_BACKOFF, random: deps.random });
    await settle(deps.db, row, channelId, {
      delivery: "pending",
      nextAttemptAt: new Date(Date.now() + delay),
      lastError: failure.message,
      lastErrorCode: failure.code,
      ...(failure.kind === "ambiguous" ? { ambiguousSince: sql`coalesce(${messages.ambiguousSince}, now())` } : {}),
    });
    return "retry";
  }
}
