import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildConfig } from "@/lib/config";
import { parseEnv } from "@/lib/config/env";
import { agents } from "@/lib/db/schema";
import { findAgentByEmail } from "./agents";
import { ensureFirstAgents, StartupError } from "./bootstrap";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { createSession, findSessionAgent } from "./sessions";
import { authFixture } from "./test-db";

const SECRET = "s".repeat(32);
const sandbox = () => buildConfig(parseEnv({}), SECRET);
const live = (extra: Record<string, string> = {}) => buildConfig(parseEnv({ AFILNET_USER: "u", AFILNET_PASSWORD: "p", ...extra }), SECRET);
const ADMIN = { ADMIN_EMAIL: "owner@example.com", ADMIN_PASSWORD: "owner-password" };

let fx: Awaited<ReturnType<typeof authFixture>>;
beforeAll(async () => {
  fx = await authFixture();
}, 30_000);
beforeEach(async () => {
  await fx.db.delete(agents);
});
afterAll(() => fx.close());

// Seeding hashes three demo passwords at bcrypt cost 12.
describe("ensureFirstAgents", { timeout: 60_000 }, () => {
  it("seeds the demo accounts in sandbox mode, marked as demo", async () => {
    await ensureFirstAgents(fx.db, sandbox());
    for (const account of DEMO_ACCOUNTS) expect(await findAgentByEmail(fx.db, account.email)).toMatchObject({ isDemo: true, active: true });
  });

  it("disables the demo accounts and ends their sessions at a live start, and creates ADMIN_EMAIL", async () => {
    await ensureFirstAgents(fx.db, sandbox());
    const demoAdmin = (await findAgentByEmail(fx.db, DEMO_ACCOUNTS[0].email))!;
    const session = await createSession(fx.db, demoAdmin.id, null);

    const report = await ensureFirstAgents(fx.db, live(ADMIN));
    expect(report).toEqual({ demoAccountsDisabled: 3, adminCreated: true });
    expect(await findAgentByEmail(fx.db, demoAdmin.email)).toMatchObject({ active: false });
    expect(await findSessionAgent(fx.db, session, "sandbox")).toBeNull();
    expect(await findAgentByEmail(fx.db, ADMIN.ADMIN_EMAIL)).toMatchObject({ role: "admin", isDemo: false, active: true });
  });

  it("refuses a live start whose only agents are demo accounts, saying how to create an admin", async () => {
    await ensureFirstAgents(fx.db, sandbox());
    const start = ensureFirstAgents(fx.db, live());
    await expect(start).rejects.toBeInstanceOf(StartupError);
    await expect(start).rejects.toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
  });

  it("leaves ADMIN_EMAIL alone when a real admin exists", async () => {
    await fx.addAgent("boss@example.com", "boss-password", { role: "admin" });
    expect((await ensureFirstAgents(fx.db, live(ADMIN))).adminCreated).toBe(false);
    expect(await findAgentByEmail(fx.db, ADMIN.ADMIN_EMAIL)).toBeNull();
  });

  it("makes an existing real agent named by ADMIN_EMAIL the admin when no real admin exists", async () => {
    const agent = await fx.addAgent(ADMIN.ADMIN_EMAIL, "old-password", { role: "agent" });
    const session = await createSession(fx.db, agent.id, null);
    await ensureFirstAgents(fx.db, live(ADMIN));
    expect(await findAgentByEmail(fx.db, ADMIN.ADMIN_EMAIL)).toMatchObject({ role: "admin", active: true });
    // Its password changed to ADMIN_PASSWORD: whoever held the old one is signed out.
    expect(await findSessionAgent(fx.db, session, "live")).toBeNull();
  });

  it("enables the demo accounts again when the app goes back to sandbox mode", async () => {
    await ensureFirstAgents(fx.db, sandbox());
    await ensureFirstAgents(fx.db, live(ADMIN));
    await ensureFirstAgents(fx.db, sandbox());
    const rows = await fx.db.select().from(agents).where(eq(agents.isDemo, true));
    expect(rows.map((r) => r.active)).toEqual([true, true, true]);
  });
});
