import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { cannedReplies } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { cannedReplyPatchSchema, cannedReplySchema } from "@/lib/validation/settings";
import { recordAudit } from "./audit";
import { conflictAs, type AuditActor } from "./actor";

export interface CannedReplyView {
  id: string;
  shortcut: string;
  body: string;
}

const columns = { id: cannedReplies.id, shortcut: cannedReplies.shortcut, body: cannedReplies.body };

export const duplicateShortcut = (shortcut: string) => {
  const message = `The shortcut /${shortcut} is already used.`;
  return new AppError("shortcut_taken", 409, message, { shortcut: message });
};

/** Every canned reply, by shortcut (what the composer's "/" picker filters). */
export async function listCannedReplies(db: DbExecutor): Promise<CannedReplyView[]> {
  return db.select(columns).from(cannedReplies).orderBy(asc(sql`lower(${cannedReplies.shortcut})`), asc(cannedReplies.id));
}

async function shortcutTaken(db: DbExecutor, shortcut: string, exceptId: string | null): Promise<boolean> {
  const same = eq(sql`lower(${cannedReplies.shortcut})`, shortcut.toLowerCase());
  const [row] = await db.select({ id: cannedReplies.id }).from(cannedReplies).where(exceptId ? and(same, ne(cannedReplies.id, exceptId)) : same).limit(1);
  return row !== undefined;
}

// The audit keeps the shortcut and the text's length, not the text: it can be long and the log is forever.
const summary = (reply: { shortcut?: string; body?: string }) => ({
  ...(reply.shortcut !== undefined ? { shortcut: reply.shortcut } : {}),
  ...(reply.body !== undefined ? { bodyLength: reply.body.length } : {}),
});

export async function createCannedReply(db: Db, actor: AuditActor, input: unknown): Promise<CannedReplyView> {
  const reply = cannedReplySchema.parse(input);
  return conflictAs(
    () =>
      db.transaction(async (tx) => {
        if (await shortcutTaken(tx, reply.shortcut, null)) throw duplicateShortcut(reply.shortcut);
        const [row] = await tx.insert(cannedReplies).values({ ...reply, createdBy: actor.id }).returning(columns);
        await recordAudit(tx, { actor, kind: "canned_reply.created", target: { type: "canned_reply", id: row.id }, after: summary(reply) });
        return row;
      }),
    () => duplicateShortcut(reply.shortcut),
  );
}

export async function updateCannedReply(db: Db, actor: AuditActor, replyId: string, input: unknown): Promise<CannedReplyView> {
  const change = cannedReplyPatchSchema.parse(input);
  return conflictAs(
    () =>
      db.transaction(async (tx) => {
        const [current] = await tx.select(columns).from(cannedReplies).where(eq(cannedReplies.id, replyId)).for("update");
        if (!current) throw notFound("This canned reply");
        if (change.shortcut !== undefined && (await shortcutTaken(tx, change.shortcut, replyId))) throw duplicateShortcut(change.shortcut);
        const [row] = await tx.update(cannedReplies).set({ ...change, updatedAt: new Date() }).where(eq(cannedReplies.id, replyId)).returning(columns);
        await recordAudit(tx, { actor, kind: "canned_reply.updated", target: { type: "canned_reply", id: replyId }, before: summary(current), after: summary(change) });
        return row;
      }),
    () => duplicateShortcut(change.shortcut ?? ""),
  );
}

export async function deleteCannedReply(db: Db, actor: AuditActor, replyId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(cannedReplies).where(eq(cannedReplies.id, replyId)).returning(columns);
    if (!gone) throw notFound("This canned reply");
    await recordAudit(tx, { actor, kind: "canned_reply.deleted", target: { type: "canned_reply", id: replyId }, before: summary(gone) });
  });
}
