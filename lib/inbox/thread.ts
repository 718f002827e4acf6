import "server-only";
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import type { MessageRow } from "@/lib/db/rows";
import { agents, files, messages } from "@/lib/db/schema";
import { readJoin, viewsSilently } from "@/lib/teams/silent-view";
import type { InboxContext } from "./context";
import { getConversation } from "./conversations";
import { decodeCursor, encodeCursor, messageCursor } from "./cursor";
import { MESSAGES_PAGE_SIZE, type MessageView, type NewMessagesResponse, type ThreadResponse } from "./types";

type FileInfo = { name: string; mime: string; size: number };

function toMessageView(m: MessageRow, file: FileInfo | undefined, sentBy: { id: string; name: string } | undefined): MessageView {
  return {
    id: m.id,
    providerMessageId: m.providerMessageId,
    direction: m.direction,
    kind: m.kind,
    text: m.body,
    file:
      m.fileType && m.fileUrl
        ? { type: m.fileType, url: m.fileUrl, thumbUrl: m.thumbUrl, name: file?.name ?? null, mime: file?.mime ?? null, size: file?.size ?? null }
        : null,
    status: m.providerStatus,
    delivery: m.delivery,
    error: m.delivery === "failed" ? m.lastError : null,
    errorCode: m.delivery === "failed" ? m.lastErrorCode : null,
    sentBy: sentBy ?? null,
    at: m.sentAt.toISOString(),
  };
}

/** Views of stored messages, with their uploads' names and the agents who wrote them (two lookups, not one per row). */
export async function toMessageViews(db: DbExecutor, rows: MessageRow[]): Promise<MessageView[]> {
  const fileIds = [...new Set(rows.map((r) => r.fileId).filter((id): id is string => id !== null))];
  const agentIds = [...new Set(rows.map((r) => r.sentByAgentId).filter((id): id is string => id !== null))];
  const fileRows = fileIds.length
    ? await db.select({ id: files.id, name: files.name, mime: files.mime, size: files.size }).from(files).where(inArray(files.id, fileIds))
    : [];
  const agentRows = agentIds.length ? await db.select({ id: agents.id, name: agents.name }).from(agents).where(inArray(agents.id, agentIds)) : [];
  const fileById = new Map(fileRows.map((f) => [f.id, f]));
  const agentById = new Map(agentRows.map((a) => [a.id, a]));
  return rows.map((r) =>
    toMessageView(r, r.fileId ? fileById.get(r.fileId) : undefined, r.sentByAgentId ? agentById.get(r.sentByAgentId) : undefined),
  );
}

/**
 * Messages with their upload's name and their author in the same query: a thread page is one
 * query, not three (on PGlite each query is CPU on the server's only thread).
 */
const withFileAndAuthor = (db: DbExecutor) =>
  db
    .select({
      message: messages,
      file: { name: files.name, mime: files.mime, size: files.size },
      sentBy: { id: agents.id, name: agents.name },
    })
    .from(messages)
    .leftJoin(files, eq(files.id, messages.fileId))
    .leftJoin(agents, eq(agents.id, messages.sentByAgentId));

const pageOf = (db: DbExecutor, older?: SQL) =>
  withFileAndAuthor(db)
    .where(and(eq(messages.conversationId, sql.placeholder("conversationId")), older))
    .orderBy(desc(messages.sentAt), desc(messages.id))
    .limit(MESSAGES_PAGE_SIZE + 1);
// Every thread view asks for the newest page: built once per database (see preparedPer).
const newestPage = preparedPer((db) => pageOf(db).prepare("thread_newest_page"));
const olderPage = preparedPer((db) =>
  pageOf(db, sql`(${messages.sentAt}, ${messages.id}) < (${sql.placeholder("at")}::timestamptz, ${sql.placeholder("id")}::bigint)`).prepare(
    "thread_older_page",
  ),
);

/** A page of a conversation's messages from the mirror (the newest, or those before a cursor), oldest first. */
export async function getThread(
  ctx: Pick<InboxContext, "db" | "agent">,
  conversationId: string,
  rawBefore: string | null,
): Promise<ThreadResponse> {
  const before = decodeCursor(rawBefore, messageCursor);
  // Side by side (the caller's rule has allowed the conversation): one round trip, not three.
  const [{ row, view, channel }, rows, joined] = await Promise.all([
    getConversation(ctx, conversationId),
    before
      ? olderPage(ctx.db).execute({ conversationId, at: before.at.toISOString(), id: before.id })
      : newestPage(ctx.db).execute({ conversationId }),
    readJoin(ctx.db, ctx.agent, conversationId),
  ]);
  const page = rows.slice(0, MESSAGES_PAGE_SIZE);
  const oldest = page.at(-1)?.message;
  return {
    silent: viewsSilently(ctx.agent, row.assigneeId, joined),
    conversation: view,
    channel: channel.view,
    messages: page.reverse().map((r) => toMessageView(r.message, r.file ?? undefined, r.sentBy ?? undefined)),
    olderCursor: rows.length > MESSAGES_PAGE_SIZE && oldest ? encodeCursor(oldest.sentAt, oldest.id) : null,
  };
}

/** Messages mirrored after a known one, oldest first: what a live thread appends. */
export async function getNewMessages(
  ctx: Pick<InboxContext, "db" | "agent">,
  conversationId: string,
  afterId: number,
): Promise<NewMessagesResponse> {
  const { row } = await getConversation(ctx, conversationId);
  const rows = await withFileAndAuthor(ctx.db)
    .where(and(eq(messages.conversationId, row.id), gt(messages.id, afterId)))
    .orderBy(asc(messages.sentAt), asc(messages.id))
    .limit(500);
  return { messages: rows.map((r) => toMessageView(r.message, r.file ?? undefined, r.sentBy ?? undefined)) };
}
