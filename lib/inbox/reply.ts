import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { AppConfig } from "@/lib/config";
import { FOREIGN_KEY_VIOLATION, sqlState } from "@/lib/db/errors";
import { agents, channels, conversations, messages } from "@/lib/db/schema";
import { AppError, invalidInput } from "@/lib/errors";
import { publishEvents } from "@/lib/events/publish";
import { assertProviderCanFetch, fileUrls } from "@/lib/files/public-url";
import { getFile } from "@/lib/files/store";
import { hasNul, nulMessage } from "@/lib/validation/text";
import { wakeOutbox } from "@/lib/outbox/wake";
import type { InboxContext } from "./context";
import { getConversation } from "./conversations";
import { toMessageViews } from "./thread";
import { REPLY_MAX_LENGTH, type SendReplyResponse } from "./types";

const FILE_GONE = "This file was not found. Upload it again.";

// Links longer than this are not links people paste; browsers and proxies cap URLs near here too.
const FILE_URL_MAX_LENGTH = 2048;

const FILE_TYPES = ["image", "video", "audio", "voice", "document", "contact"] as const;

export const replySchema = z
  .object({
    idempotencyKey: z.string({ message: "Every reply needs an idempotency key." }).uuid("The idempotency key must be a UUID."),
    text: z
      .string()
      .max(REPLY_MAX_LENGTH, `A message can have at most ${REPLY_MAX_LENGTH} characters.`)
      .refine((t) => !hasNul(t), nulMessage("Messages"))
      .optional(),
    fileId: z.string().uuid("This file was not found. Upload it again.").optional(),
    fileUrl: z
      .string()
      .max(FILE_URL_MAX_LENGTH, `A file link can have at most ${FILE_URL_MAX_LENGTH} characters.`)
      .url("The file link must be a full http(s) address.")
      .max(2048, "The file link can be at most 2048 characters.")
      .refine((u) => /^https?:\/\//i.test(u), "The file link must be a full http(s) address.")
      .refine((u) => !hasNul(u), nulMessage("File links"))
      .optional(),
    fileType: z.enum(FILE_TYPES, { message: "Choose what kind of file the link is." }).optional(),
  })
  .superRefine((input, ctx) => {
    const hasText = (input.text ?? "").trim().length > 0;
    if (input.fileId && (input.fileUrl || input.fileType)) {
      ctx.addIssue({ code: "custom", path: ["fileUrl"], message: "Send either an uploaded file or a link, not both." });
    } else if (input.fileUrl && !input.fileType) {
      ctx.addIssue({ code: "custom", path: ["fileType"], message: "Choose what kind of file the link is." });
    } else if (input.fileType && !input.fileUrl) {
      ctx.addIssue({ code: "custom", path: ["fileUrl"], message: "Give the file's link." });
    } else if (!input.fileId && !input.fileUrl && !hasText) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "Write a message first." });
    }
  });
export type ReplyInput = z.infer<typeof replySchema>;

export interface StoredReply extends SendReplyResponse {
  /** False when this idempotency key was stored before (nothing new was queued). */
  created: boolean;
}

interface FilePart {
  fileType: (typeof FILE_TYPES)[number];
  fileUrl: string;
  thumbUrl: string | null;
  fileId: string | null;
}

async function filePart(ctx: InboxContext, config: AppConfig, input: ReplyInput): Promise<FilePart | null> {
  if (input.fileId) {
    const file = await getFile(ctx.db, input.fileId);
    if (!file) throw invalidInput(FILE_GONE, { fileId: FILE_GONE });
    assertProviderCanFetch(config);
    const urls = fileUrls(config, file);
    return { fileType: file.type, fileUrl: urls.url, thumbUrl: urls.thumbUrl, fileId: file.id };
  }
  if (input.fileUrl && input.fileType) return { fileType: input.fileType, fileUrl: input.fileUrl, thumbUrl: null, fileId: null };
  return null;
}

/**
 * Stores an agent's reply as pending and leaves the sending to the outbox: the reply is shown at
 * once and survives a crash. The client's idempotency key makes a repeated POST (double click,
 * retry after a network error) return the stored reply instead of queueing a second one.
 */
export async function sendReply(ctx: InboxContext, config: AppConfig, conversationId: string, input: ReplyInput): Promise<StoredReply> {
  const { row } = await getConversation(ctx, conversationId);
  const earlier = await byKey(ctx, conversationId, input.idempotencyKey);
  if (earlier) return earlier;
  const file = await filePart(ctx, config, input);
  const body = input.text ?? "";

  const inserted = await ctx.db
    .transaction(async (tx) => {
      const [message] = await tx
        .insert(messages)
        .values({
          conversationId: row.id,
          direction: "outbound",
          kind: file ? "file" : "text",
          body,
          sentByAgentId: ctx.agent.id,
          idempotencyKey: input.idempotencyKey,
          delivery: "pending",
          nextAttemptAt: sql`now()`,
          sentAt: sql`now()`,
          fileType: file?.fileType ?? null,
          fileUrl: file?.fileUrl ?? null,
          thumbUrl: file?.thumbUrl ?? null,
          fileId: file?.fileId ?? null,
        })
        .onConflictDoNothing({ target: messages.idempotencyKey })
        .returning();
      if (!message) return null;
      const [conv] = await tx
        .update(conversations)
        .set({ lastMessageText: body || `[${file?.fileType ?? "file"}]`, lastMessageAt: message.sentAt, lastMessageDirection: "outbound" })
        .where(eq(conversations.id, row.id))
        .returning();
      // The wallboard's "Last reply" (lib/monitor): kept here so it never scans messages.
      await tx.update(agents).set({ lastReplyAt: message.sentAt }).where(eq(agents.id, ctx.agent.id));
      const [channel] = await tx.select({ inboundCount: channels.inboundCount }).from(channels).where(eq(channels.id, row.channelId));
      await publishEvents(tx, [
        {
          type: "message.created",
          channelId: row.channelId,
          conversationId: row.id,
          messageId: message.id,
          direction: "outbound",
          at: message.sentAt.toISOString(),
          conversationInboundCount: conv?.inboundCount ?? row.inboundCount,
          channelInboundCount: channel?.inboundCount ?? 0,
        },
        { type: "conversation.updated", channelId: row.channelId, conversationId: row.id },
      ]);
      return message;
    })
    .catch((error: unknown) => {
      // The unsent-upload sweep removed the file between the check above and this insert.
      if (file?.fileId && sqlState(error) === FOREIGN_KEY_VIOLATION) throw invalidInput(FILE_GONE, { fileId: FILE_GONE });
      throw error;
    });
  if (!inserted) {
    // Lost a race with the same key: the other request stored it.
    const again = await byKey(ctx, conversationId, input.idempotencyKey);
    if (again) return again;
    throw new AppError("conflict", 409, "This reply could not be stored. Try again.");
  }
  wakeOutbox();
  const [view] = await toMessageViews(ctx.db, [inserted]);
  return { message: view, created: true };
}

async function byKey(ctx: InboxContext, conversationId: string, key: string): Promise<StoredReply | null> {
  const [found] = await ctx.db.select().from(messages).where(and(eq(messages.idempotencyKey, key))).limit(1);
  if (!found) return null;
  if (found.conversationId !== conversationId || found.sentByAgentId !== ctx.agent.id) {
    throw new AppError("idempotency_conflict", 409, "This idempotency key was already used for another reply.");
  }
  const [view] = await toMessageViews(ctx.db, [found]);
  return { message: view, created: false };
}
