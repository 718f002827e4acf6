import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ConversationCountsResponse } from "@/lib/inbox/types";
import type { Wallboard } from "@/lib/monitor/types";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

/* GET /api/monitor over real HTTP on the sandbox (PGlite): who may read it, and what it answers. */

let app: RunningApp;
const cookies = { supervisor: "", agent: "" };

async function get<T>(path: string, cookie = ""): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  app = await startApp(3621);
  cookies.supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
  cookies.agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe("GET /api/monitor", () => {
  it("asks a visitor to sign in and refuses an agent", async () => {
    const visitor = await get<{ error: { code: string } }>("/api/monitor");
    expect(visitor.status).toBe(401);
    const agent = await get<{ error: { code: string; message: string } }>("/api/monitor", cookies.agent);
    expect(agent.status).toBe(403);
    expect(agent.body.error.message).toMatch(/supervisors and admins/);
  });

  it("gives a supervisor every channel and active agent, with figures that agree with the view counts", async () => {
    // Wait for the first mirror pass: the sandbox's chats become conversations.
    const board = await vi.waitFor(
      async () => {
        const { status, body } = await get<Wallboard>("/api/monitor", cookies.supervisor);
        expect(status).toBe(200);
        if (!body.channels.some((c) => c.open > 0)) throw new Error("not mirrored yet");
        return body;
      },
      { timeout: 30_000, interval: 500 },
    );
    expect(Math.abs(Date.parse(board.now) - Date.now())).toBeLessThan(10_000);
    expect(board.channels.map((c) => c.name)).toContain("WhatsApp Support");
    for (const c of board.channels) {
      expect(c).toEqual({
        id: expect.any(String),
        name: expect.any(String),
        platform: expect.any(String),
        open: expect.any(Number),
        unassigned: expect.any(Number),
        waitingSince: c.waitingSince === null ? null : expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        waitWarnMinutes: expect.any(Number),
        waitAlertMinutes: expect.any(Number),
        agentsOnline: expect.any(Number),
      });
    }
    // The same counters as the view tabs: read again until the first mirror pass has settled.
    await vi.waitFor(
      async () => {
        const { body } = await get<Wallboard>("/api/monitor", cookies.supervisor);
        for (const c of body.channels) {
          const counts = await get<ConversationCountsResponse>(`/api/conversation-counts?status=open&channelId=${c.id}`, cookies.supervisor);
          expect([c.name, c.open, c.unassigned]).toEqual([c.name, counts.body.all, counts.body.unassigned]);
        }
      },
      { timeout: 30_000, interval: 1_000 },
    );
    const names = board.agents.map((a) => a.name);
    expect(board.agents.length).toBeGreaterThanOrEqual(3);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const a of board.agents) {
      expect(["admin", "supervisor", "agent"]).toContain(a.role);
      expect(["online", "away", "offline"]).toContain(a.presence);
      expect(a.capacity).toBeGreaterThan(0);
    }
  });
});
