import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, channels, contacts, conversationLabels, conversations, events, labels } from "@/lib/db/schema";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { applyChatHeads } from "@/lib/sync/mirror-heads";
import { contactPatchSchema, updateContact } from "./contact-edit";
import { getContact, linkContacts } from "./contacts";
import { setConversationLabels } from "./conversation-labels";

// One database for the file (a fresh PGlite costs seconds): each test uses its own destinations.
let f: Awaited<ReturnType<typeof inboxFixture>>;
beforeAll(async () => {
  f = await inboxFixture();
});
afterAll(async () => f.close());

const scopeOf = (c: { id: string; channelId: string; assigneeId: string | null }) => ({ conversationId: c.id, channelId: c.channelId, assigneeId: c.assigneeId });

describe("labels on a conversation", () => {
  it("replace the set exactly, audited with names before and after, and announced", async () => {
    const [urgent, vip, billing] = await f.db
      .insert(labels)
      .values([
        { name: "Urgent", color: "#ff0000" },
        { name: "VIP", color: "#00ff00" },
        { name: "Billing", color: "#0000ff" },
      ])
      .returning();
    const conv = await f.addConversation("+34700", new Date());
    await setConversationLabels(f.db, f.ana, scopeOf(conv), [urgent.id, vip.id]);
    const after = await setConversationLabels(f.db, f.ana, scopeOf(conv), [vip.id, billing.id, billing.id]);
    expect(after.map((l) => l.name)).toEqual(["Billing", "VIP"]);
    const stored = await f.db.select().from(conversationLabels).where(eq(conversationLabels.conversationId, conv.id));
    expect(stored.map((r) => r.labelId).sort()).toEqual([vip.id, billing.id].sort());
    const audits = await f.db.select().from(auditLog).where(eq(auditLog.targetId, conv.id));
    expect(audits.at(-1)).toMatchObject({ kind: "conversation.labels", actorId: f.ana.id, before: { labels: ["Urgent", "VIP"] }, after: { labels: ["Billing", "VIP"] } });
    const announced = await f.db.select().from(events).where(eq(events.type, "conversation.updated"));
    expect(announced.some((e) => (e.payload as { conversationId: string }).conversationId === conv.id)).toBe(true);
  });

  it("refuse an unknown label with a 422 and change nothing", async () => {
    const conv = await f.addConversation("+34701", new Date());
    const [known] = await f.db.insert(labels).values({ name: "Known", color: "#123456" }).returning();
    await setConversationLabels(f.db, f.ana, scopeOf(conv), [known.id]);
    await expect(setConversationLabels(f.db, f.ana, scopeOf(conv), [known.id, crypto.randomUUID()])).rejects.toMatchObject({
      status: 422,
      fields: { labelIds: expect.any(String) },
    });
    const stored = await f.db.select().from(conversationLabels).where(eq(conversationLabels.conversationId, conv.id));
    expect(stored.map((r) => r.labelId)).toEqual([known.id]);
  });
});

describe("contacts", () => {
  it("are one per platform and destination, across channels, and list only conversations the agent may see", async () => {
    const [other] = await f.db.insert(channels).values({ platform: "whatsapp", platformId: "200", name: "Sales" }).returning();
    const [telegram] = await f.db.insert(channels).values({ platform: "telegram", platformId: "300", name: "Bot" }).returning();
    const here = await f.addConversation("+34710", new Date());
    const [there] = await f.db.insert(conversations).values({ channelId: other.id, destination: "+34710" }).returning();
    const [elsewhere] = await f.db.insert(conversations).values({ channelId: telegram.id, destination: "+34710" }).returning();
    await linkContacts(f.db, other, ["+34710"]);
    await linkContacts(f.db, telegram, ["+34710"]);
    const asAna = await getContact(f.db, f.ana, here.id);
    const [linked] = await f.db.select().from(conversations).where(eq(conversations.id, here.id));
    expect(linked.contactId).toBe(asAna.contact.id);
    const [thereRow] = await f.db.select().from(conversations).where(eq(conversations.id, there.id));
    expect(thereRow.contactId).toBe(asAna.contact.id);
    const [elsewhereRow] = await f.db.select().from(conversations).where(eq(conversations.id, elsewhere.id));
    expect(elsewhereRow.contactId).not.toBe(asAna.contact.id);
    // Ana is only a member of "Support"; Bo (supervisor) sees both WhatsApp channels.
    expect(asAna.conversations.map((c) => c.id)).toEqual([here.id]);
    const asBo = await getContact(f.db, f.bo, here.id);
    expect(asBo.conversations.map((c) => c.channelName).sort()).toEqual(["Sales", "Support"]);
    expect(await f.db.select().from(contacts).where(eq(contacts.destination, "+34710"))).toHaveLength(2);
  });

  it("are created and linked by the mirror when it creates a conversation", async () => {
    const head = { platform: "whatsapp", platformId: "100", destination: "+34730", messageId: "m-730", direction: "inbound" as const, text: "hi", status: "", sentAt: new Date() };
    await applyChatHeads(f.db, f.channel, [head]);
    const [conv] = await f.db.select().from(conversations).where(eq(conversations.destination, "+34730"));
    const [contact] = await f.db.select().from(contacts).where(eq(contacts.destination, "+34730"));
    expect(contact).toMatchObject({ platform: "whatsapp", name: null });
    expect(conv.contactId).toBe(contact.id);
  });

  it("edits change only what was given, clear on empty, and are audited and announced on each conversation", async () => {
    const conv = await f.addConversation("+34720", new Date());
    const first = await updateContact(f.db, f.ana, conv.id, { name: " Marta Ruiz ", email: "marta@example.com" });
    expect(first.contact).toMatchObject({ name: "Marta Ruiz", email: "marta@example.com", phone: null });
    const second = await updateContact(f.db, f.ana, conv.id, { email: "", phone: "+34 (600) 11-22" });
    expect(second.contact).toMatchObject({ name: "Marta Ruiz", email: null, phone: "+34 (600) 11-22" });
    const audits = await f.db.select().from(auditLog).where(eq(auditLog.targetId, first.contact.id));
    expect(audits.map((a) => [a.kind, a.before, a.after])).toEqual([
      ["contact.updated", { name: null, email: null }, { name: "Marta Ruiz", email: "marta@example.com" }],
      ["contact.updated", { email: "marta@example.com", phone: null }, { email: null, phone: "+34 (600) 11-22" }],
    ]);
    const announced = await f.db.select().from(events).where(eq(events.type, "conversation.updated"));
    expect(announced.filter((e) => (e.payload as { conversationId: string }).conversationId === conv.id)).toHaveLength(2);
  });

  it("validate each field with a message naming it", () => {
    const fieldsOf = (input: unknown) => {
      const parsed = contactPatchSchema.safeParse(input);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(fieldsOf({ name: "n".repeat(101) })).toEqual({ name: "The name can be at most 100 characters." });
    expect(fieldsOf({ email: "not-an-email" })).toEqual({ email: "Enter an email address like name@example.com." });
    expect(fieldsOf({ phone: "call me" })).toEqual({ phone: "A phone number can only have digits, +, spaces, - and brackets." });
    expect(fieldsOf({ phone: "1".repeat(33) })).toHaveProperty("phone");
    expect(fieldsOf({ notes: "x".repeat(5001) })).toEqual({ notes: "The notes can be at most 5,000 characters." });
    expect(fieldsOf({ name: "Ok", email: "a@b.co", phone: "+34 600", notes: "" })).toEqual({});
  });
});
