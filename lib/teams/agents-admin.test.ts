import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authFixture } from "@/lib/auth/test-db";
import { createSession, findSessionAgent } from "@/lib/auth/sessions";
import { agents, auditLog, channels } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createAgentWithAccess, listAgents } from "./agents-admin";
import { updateAgent } from "./agent-update";

let fx: Awaited<ReturnType<typeof authFixture>>;
let admin: { id: string; email: string };
let support: string;
let sales: string;
beforeAll(async () => {
  fx = await authFixture();
  const row = await fx.addAgent("root@example.com", "root-password", { role: "admin" });
  admin = { id: row.id, email: row.email };
  const made = await fx.db
    .insert(channels)
    .values([
      { platform: "whatsapp", platformId: "1", name: "Support" },
      { platform: "telegram", platformId: "2", name: "Sales" },
    ])
    .returning();
  [support, sales] = [made[0].id, made[1].id];
}, 60_000);
afterAll(() => fx.close());

const auditOf = (targetId: string) => fx.db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.id);
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof AppError ? { status: e.status, code: e.code, message: e.message } : e));

describe("agents in settings", { timeout: 60_000 }, () => {
  it("adds an agent with access to the chosen channels and records who did it (never the password)", async () => {
    const made = await createAgentWithAccess(fx.db, admin, { name: "Cleo", email: "Cleo@Example.com", password: "cleo-password", role: "agent", channelIds: [support] });
    expect(made).toMatchObject({ name: "Cleo", email: "cleo@example.com", role: "agent", channelIds: [support], capacity: 10, active: true });
    const [entry] = await auditOf(made.id);
    expect(entry).toMatchObject({ kind: "agent.created", actorId: admin.id, actorEmail: admin.email });
    expect(entry.after).toEqual({ name: "Cleo", email: "cleo@example.com", role: "agent", capacity: 10, channelIds: [support] });
    expect(JSON.stringify(entry)).not.toContain("cleo-password");
  });

  it("refuses an email that exists in another case with a 409 and adds nothing", async () => {
    const before = (await listAgents(fx.db)).length;
    expect(await refusal(createAgentWithAccess(fx.db, admin, { name: "Other", email: "CLEO@example.com", password: "another-pass", role: "agent" }))).toEqual({
      status: 409,
      code: "email_taken",
      message: "An agent with this email already exists.",
    });
    expect((await listAgents(fx.db)).length).toBe(before);
  });

  it("refuses a channel that does not exist with a 422 on the channels field, adding no agent", async () => {
    const error = await refusal(createAgentWithAccess(fx.db, admin, { name: "Dee", email: "dee@example.com", password: "dee-password", role: "agent", channelIds: [crypto.randomUUID()] }));
    expect(error).toMatchObject({ status: 422 });
    expect((await fx.db.select().from(agents).where(eq(agents.email, "dee@example.com"))).length).toBe(0);
  });

  it("changes channels, role and capacity, recording the access before and after", async () => {
    const made = await createAgentWithAccess(fx.db, admin, { name: "Eve", email: "eve@example.com", password: "eve-password", role: "agent", channelIds: [support] });
    const changed = await updateAgent(fx.db, admin, made.id, { channelIds: [sales], role: "supervisor", capacity: 40 });
    expect(changed).toMatchObject({ channelIds: [sales], role: "supervisor", capacity: 40 });
    const entries = await auditOf(made.id);
    expect(entries.find((e) => e.kind === "channel.access")).toMatchObject({ before: { channelIds: [support] }, after: { channelIds: [sales] } });
    expect(entries.find((e) => e.kind === "agent.updated")).toMatchObject({ before: { role: "agent", capacity: 10 }, after: { role: "supervisor", capacity: 40 } });
  });

  it("deactivating ends the agent's sessions at once; a reset password does too, and its audit holds no hash", async () => {
    const made = await createAgentWithAccess(fx.db, admin, { name: "Fay", email: "fay@example.com", password: "fay-password", role: "agent" });
    const first = await createSession(fx.db, made.id, null);
    await updateAgent(fx.db, admin, made.id, { active: false });
    expect(await findSessionAgent(fx.db, first, "sandbox")).toBeNull();
    await updateAgent(fx.db, admin, made.id, { active: true });
    const second = await createSession(fx.db, made.id, null);
    await updateAgent(fx.db, admin, made.id, { password: "fresh-password" });
    expect(await findSessionAgent(fx.db, second, "sandbox")).toBeNull();
    const kinds = (await auditOf(made.id)).map((e) => e.kind);
    expect(kinds).toEqual(["agent.created", "agent.deactivated", "agent.reactivated", "agent.password_reset"]);
    const [hash] = await fx.db.select({ h: agents.passwordHash }).from(agents).where(eq(agents.id, made.id));
    expect(JSON.stringify(await auditOf(made.id))).not.toContain(hash.h);
  });

  it("refuses to demote or deactivate the last active admin (409), and allows it once another admin exists", async () => {
    const solo = await authFixture();
    try {
      const only = await solo.addAgent("only@example.com", "only-password", { role: "admin" });
      const me = { id: only.id, email: only.email };
      expect(await refusal(updateAgent(solo.db, me, only.id, { role: "agent" }))).toMatchObject({ status: 409, code: "last_admin" });
      expect(await refusal(updateAgent(solo.db, me, only.id, { active: false }))).toMatchObject({ status: 409, code: "last_admin" });
      expect((await listAgents(solo.db))[0]).toMatchObject({ role: "admin", active: true });
      await createAgentWithAccess(solo.db, me, { name: "Second", email: "second@example.com", password: "second-pass", role: "admin" });
      expect(await updateAgent(solo.db, me, only.id, { role: "agent" })).toMatchObject({ role: "agent" });
    } finally {
      await solo.close();
    }
  });

  it("answers 404 for an agent that does not exist", async () => {
    expect(await refusal(updateAgent(fx.db, admin, crypto.randomUUID(), { capacity: 5 }))).toMatchObject({ status: 404 });
  });
});
