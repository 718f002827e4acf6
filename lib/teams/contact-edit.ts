import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { contacts } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import { hasNul, nulMessage } from "@/lib/validation/text";
import { recordAudit } from "./audit";
import { conversationsOfContact, ensureContact, getContact, type ContactResponse } from "./contacts";

/** Free text: trimmed, bounded, no NUL; an empty value clears the field. */
const text = (max: number, what: string) =>
  z
    .string({ message: `${what} must be text.` })
    .max(max, `${what} can be at most ${max.toLocaleString("en-GB")} characters.`)
    .refine((t) => !hasNul(t), nulMessage(what));

export const contactPatchSchema = z
  .object({
    name: text(100, "The name").optional(),
    email: text(254, "The email")
      .refine((t) => t.trim() === "" || z.string().email().safeParse(t.trim()).success, "Enter an email address like name@example.com.")
      .optional(),
    phone: text(32, "The phone number")
      .refine((t) => /^[\d+\s\-()]*$/.test(t), "A phone number can only have digits, +, spaces, - and brackets.")
      .optional(),
    notes: text(5000, "The notes").optional(),
  })
  .strict();
export type ContactPatch = z.infer<typeof contactPatchSchema>;

const FIELDS = ["name", "email", "phone", "notes"] as const;

/**
 * Changes the contact of a conversation: audited with the changed fields before and after, and
 * announced on each of its conversations (lists and threads show the contact's name).
 */
export async function updateContact(db: Db, actor: Actor & { email: string }, conversationId: string, patch: ContactPatch): Promise<ContactResponse> {
  await db.transaction(async (tx) => {
    const current = await ensureContact(tx, conversationId);
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const field of FIELDS) {
      const given = patch[field];
      if (given === undefined) continue;
      const value = given.trim() === "" ? null : given.trim();
      if (value === current[field]) continue;
      before[field] = current[field];
      after[field] = value;
    }
    if (Object.keys(after).length === 0) return;
    await tx.update(contacts).set({ ...after, updatedAt: sql`now()` }).where(eq(contacts.id, current.id));
    await recordAudit(tx, { actor: { id: actor.id, email: actor.email }, kind: "contact.updated", target: { type: "contact", id: current.id }, before, after });
    const touched = await conversationsOfContact(tx, current.id);
    await publishEvents(
      tx,
      touched.map((c) => ({ type: "conversation.updated" as const, channelId: c.channelId, conversationId: c.id })),
    );
  });
  return getContact(db, actor, conversationId);
}
