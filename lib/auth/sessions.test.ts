import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAgentActive, setAgentPassword } from "./agents";
import { createSession, endAgentSessions, endSession, findSessionAgent } from "./sessions";
import { authFixture } from "./test-db";

let fx: Awaited<ReturnType<typeof authFixture>>;
beforeAll(async () => {
  fx = await authFixture();
});
afterAll(() => fx.close());

describe("server-side sessions", { timeout: 30_000 }, () => {
  it("ends one session on sign-out and leaves the agent's others", async () => {
    const agent = await fx.addAgent("one@example.com", "password-1");
    const [a, b] = [await createSession(fx.db, agent.id, null), await createSession(fx.db, agent.id, null)];
    await endSession(fx.db, a);
    expect(await findSessionAgent(fx.db, a, "sandbox")).toBeNull();
    expect(await findSessionAgent(fx.db, b, "sandbox")).toMatchObject({ id: agent.id });
  });

  it("ends every session of the agent when signing out everywhere", async () => {
    const agent = await fx.addAgent("two@example.com", "password-2");
    const other = await fx.addAgent("bystander@example.com", "password-3");
    const mine = [await createSession(fx.db, agent.id, null), await createSession(fx.db, agent.id, null)];
    const theirs = await createSession(fx.db, other.id, null);
    expect(await endAgentSessions(fx.db, agent.id)).toBe(2);
    for (const s of mine) expect(await findSessionAgent(fx.db, s, "sandbox")).toBeNull();
    expect(await findSessionAgent(fx.db, theirs, "sandbox")).not.toBeNull();
  });

  it("ends every session when the password changes", async () => {
    const agent = await fx.addAgent("three@example.com", "password-4");
    const session = await createSession(fx.db, agent.id, null);
    await setAgentPassword(fx.db, agent.id, "a-new-password");
    expect(await findSessionAgent(fx.db, session, "sandbox")).toBeNull();
  });

  it("ends every session when the agent is deactivated", async () => {
    const agent = await fx.addAgent("four@example.com", "password-5");
    const session = await createSession(fx.db, agent.id, null);
    await setAgentActive(fx.db, agent.id, false);
    expect(await findSessionAgent(fx.db, session, "sandbox")).toBeNull();
    await setAgentActive(fx.db, agent.id, true);
    expect(await findSessionAgent(fx.db, session, "sandbox")).toBeNull();
  });

  it("does not count an expired session", async () => {
    const agent = await fx.addAgent("five@example.com", "password-6");
    const session = await createSession(fx.db, agent.id, null);
    await fx.db.execute(sql`update agent_sessions set expires_at = now() - interval '1 second' where id = ${session}`);
    expect(await findSessionAgent(fx.db, session, "sandbox")).toBeNull();
  });

  it("does not count a demo account's session in live mode", async () => {
    const agent = await fx.addAgent("six@switchboard.test", "password-7", { isDemo: true });
    const session = await createSession(fx.db, agent.id, null);
    expect(await findSessionAgent(fx.db, session, "sandbox")).not.toBeNull();
    expect(await findSessionAgent(fx.db, session, "live")).toBeNull();
  });
});
