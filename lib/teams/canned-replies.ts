import "server-only";
import { asc, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbExecutor } from "@/lib/db/client";
import { cannedReplies } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { REPLY_MAX_LENGTH } from "@/lib/inbox/types";
import { hasNul, nulMessage } from "@/lib/validation/text";
import { recordAudit } from "./audit";

export interface CannedReplyView {
  id: string;
  shortcut: string;
  body: string;
}

/** Every canned reply, by shortcut: the picker filters them in the browser (a team has dozens, not thousands). */
export async function listCannedReplies(db: DbExecutor): Promise<CannedReplyView[]> {
  return db
    .select({ id: cannedReplies.id, shortcut: cannedReplies.shortcut, body: cannedReplies.body })
    .from(cannedReplies)
    .orderBy(asc(sql`lower(${cannedReplies.shortcut})`));
}

export const cannedReplySchema = z.object({
  shortcut: z
    .string({ message: "Give the shortcut." })
    .trim()
    .min(1, "Give the shortcut.")
    .max(32, "A shortcut can be at most 32 characters.")
    .regex(/^[\p{L}\p{N}_-]+$/u, "A shortcut can only have letters, digits, - and _."),
  body: z
    .string({ message: "Write the reply's text." })
    .trim()
    .min(1, "Write the reply's text.")
    .max(REPLY_MAX_LENGTH, `A canned reply can be at most ${REPLY_MAX_LENGTH} characters.`)
    .refine((t) => !hasNul(t), nulMessage("Canned replies")),
});

/** Adds a canned reply (admins; audited). A shortcut taken in any letter case is a 409. */
export async function createCannedReply(db: Db, actor: { id: string; email: string }, input: z.infer<typeof cannedReplySchema>): Promise<CannedReplyView> {
  return db.transaction(async (tx) => {
    const [made] = await tx
      .insert(cannedReplies)
      .values({ shortcut: input.shortcut, body: input.body, createdBy: actor.id })
      .onConflictDoNothing()
      .returning({ id: cannedReplies.id, shortcut: cannedReplies.shortcut, body: cannedReplies.body });
    if (!made) {
      const message = `A canned reply with the shortcut "${input.shortcut}" already exists.`;
      throw new AppError("conflict", 409, message, { shortcut: message });
    }
    await recordAudit(tx, { actor, kind: "canned_reply.created", target: { type: "canned_reply", id: made.id }, after: { shortcut: made.shortcut } });
    return made;
  });
}
