import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authFixture } from "@/lib/auth/test-db";
import { auditLog, channels, events } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createCannedReply, deleteCannedReply, listCannedReplies, updateCannedReply } from "./canned-replies";
import { updateChannelSettings } from "./channel-settings";
import { createLabel, deleteLabel, listLabels, updateLabel } from "./labels";

let fx: Awaited<ReturnType<typeof authFixture>>;
let admin: { id: string; email: string };
beforeAll(async () => {
  fx = await authFixture();
  const row = await fx.addAgent("root@example.com", "root-password", { role: "admin" });
  admin = { id: row.id, email: row.email };
}, 60_000);
afterAll(() => fx.close());

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof AppError ? { status: e.status, message: e.message, fields: e.fields } : e));
const kindsFor = async (id: string) => (await fx.db.select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(auditLog.id)).map((e) => e.kind);

describe("labels", () => {
  it("are listed by name, renamed and recoloured, deleted, each change audited", async () => {
    const urgent = await createLabel(fx.db, admin, { name: "Urgent", color: "#EF4444" });
    await createLabel(fx.db, admin, { name: "billing", color: "#3b82f6" });
    expect((await listLabels(fx.db)).map((l) => [l.name, l.color])).toEqual([["billing", "#3b82f6"], ["Urgent", "#ef4444"]]);
    expect(await updateLabel(fx.db, admin, urgent.id, { name: "Very urgent", color: "#22c55e" })).toMatchObject({ name: "Very urgent", color: "#22c55e" });
    await deleteLabel(fx.db, admin, urgent.id);
    expect((await listLabels(fx.db)).map((l) => l.name)).toEqual(["billing"]);
    expect(await kindsFor(urgent.id)).toEqual(["label.created", "label.updated", "label.deleted"]);
  });

  it("refuses a name that exists in another case, on create and on rename, with the name in the message", async () => {
    const vip = await createLabel(fx.db, admin, { name: "VIP", color: "#8b5cf6" });
    expect(await refusal(createLabel(fx.db, admin, { name: "Billing", color: "#000000" }))).toMatchObject({ status: 409, message: "A label named “Billing” already exists." });
    expect(await refusal(updateLabel(fx.db, admin, vip.id, { name: "BILLING" }))).toMatchObject({ status: 409, fields: { name: "A label named “BILLING” already exists." } });
  });
});

describe("canned replies", () => {
  it("are listed by shortcut; a leading slash is dropped; the audit keeps the text's length, not the text", async () => {
    const thanks = await createCannedReply(fx.db, admin, { shortcut: "/thanks", body: "Thank you, {{contact.name}}!" });
    await createCannedReply(fx.db, admin, { shortcut: "hello", body: "Hi" });
    expect((await listCannedReplies(fx.db)).map((r) => r.shortcut)).toEqual(["hello", "thanks"]);
    await updateCannedReply(fx.db, admin, thanks.id, { body: "Thanks a lot" });
    const entries = await fx.db.select().from(auditLog).where(eq(auditLog.targetId, thanks.id)).orderBy(auditLog.id);
    expect(entries.map((e) => e.after)).toEqual([{ shortcut: "thanks", bodyLength: 28 }, { bodyLength: 12 }]);
    expect(JSON.stringify(entries)).not.toContain("Thank you");
    await deleteCannedReply(fx.db, admin, thanks.id);
    expect((await listCannedReplies(fx.db)).map((r) => r.shortcut)).toEqual(["hello"]);
  });

  it("refuses a shortcut already used (any case) with a 409 naming it", async () => {
    expect(await refusal(createCannedReply(fx.db, admin, { shortcut: "HELLO", body: "x" }))).toMatchObject({ status: 409, message: "The shortcut /HELLO is already used." });
  });

  it("answers 404 when deleting one that is gone", async () => {
    expect(await refusal(deleteCannedReply(fx.db, admin, crypto.randomUUID()))).toMatchObject({ status: 404 });
  });
});

describe("channel settings", () => {
  it("sets a display name and auto-assignment, audits before/after and tells open inboxes", async () => {
    const [channel] = await fx.db.insert(channels).values({ platform: "whatsapp", platformId: "9", name: "+34 600" }).returning();
    const updated = await updateChannelSettings(fx.db, admin, channel.id, { displayName: "  Support  ", autoAssign: true });
    expect(updated).toMatchObject({ providerName: "+34 600", displayName: "Support", autoAssign: true });
    const [entry] = await fx.db.select().from(auditLog).where(eq(auditLog.targetId, channel.id));
    expect(entry).toMatchObject({ kind: "channel.updated", before: { displayName: null, autoAssign: false }, after: { displayName: "Support", autoAssign: true } });
    expect((await fx.db.select().from(events)).map((e) => e.type)).toContain("channels.changed");
    expect(await updateChannelSettings(fx.db, admin, channel.id, { displayName: "", autoAssign: true })).toMatchObject({ displayName: null });
  });

  it("keeps waiting-time thresholds (amber before red), and unchanged when left out", async () => {
    const [channel] = await fx.db.insert(channels).values({ platform: "whatsapp", platformId: "10", name: "Sales" }).returning();
    const updated = await updateChannelSettings(fx.db, admin, channel.id, { displayName: null, autoAssign: false, waitWarnMinutes: 5, waitAlertMinutes: 20 });
    expect(updated).toMatchObject({ waitWarnMinutes: 5, waitAlertMinutes: 20 });
    expect(await updateChannelSettings(fx.db, admin, channel.id, { displayName: "Sales team", autoAssign: false })).toMatchObject({ waitWarnMinutes: 5, waitAlertMinutes: 20 });
    // Red before amber, also against the stored value, is refused with the field named.
    expect(await refusal(updateChannelSettings(fx.db, admin, channel.id, { displayName: null, autoAssign: false, waitWarnMinutes: 25 }))).toMatchObject({
      status: 422,
      fields: { waitAlertMinutes: expect.stringContaining("Red must come after amber") },
    });
    const [row] = await fx.db.select().from(channels).where(eq(channels.id, channel.id));
    expect(row).toMatchObject({ waitWarnMinutes: 5, waitAlertMinutes: 20 });
  });
});
