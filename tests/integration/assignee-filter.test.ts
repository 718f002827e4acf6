import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelsResponse, ConversationsResponse } from "@/lib/inbox/types";
import type { Wallboard } from "@/lib/monitor/types";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

/*
 * The inbox list's `?assignee=` filter over real HTTP (the wallboard's agent open count links to
 * it): a supervisor lists one agent's conversations; an agent may not ask about another agent
 * (403); a malformed id is a 422 naming the param, an id that names nobody a 422 too.
 */
let app: RunningApp;
const cookies: Record<"supervisor" | "agent", string> = { supervisor: "", agent: "" };
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

async function api<T = ErrorBody>(who: keyof typeof cookies, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { cookie: cookies[who], origin: app.url, "content-type": "application/json", ...init.headers } });
  return { status: res.status, body: (await res.json()) as T };
}

let alex: string;
let sam: string;
let channelId: string;
let assigned: string[];

beforeAll(async () => {
  app = await startApp(3721);
  cookies.supervisor = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
  cookies.agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
  const board = await api<Wallboard>("supervisor", "/api/monitor");
  alex = board.body.agents.find((a) => a.name === "Alex Agent")!.id;
  sam = board.body.agents.find((a) => a.role === "supervisor")!.id;
  // Two conversations go to Alex, one to the supervisor, all in channels Alex is a member of
  // (every demo channel but Telegram Bot); the rest stay unassigned.
  const list = await vi.waitFor(async () => {
    const { body } = await api<ChannelsResponse>("supervisor", "/api/channels");
    if (body.channels.length < 3) throw new Error("not mirrored yet");
    const { body: page } = await api<ConversationsResponse>("supervisor", "/api/conversations");
    const open = page.conversations.filter((c) => c.channelId !== body.channels.find((ch) => ch.name === "Telegram Bot")?.id);
    if (open.length < 3) throw new Error("not mirrored yet");
    channelId = open[0].channelId;
    return open;
  }, { timeout: 30_000, interval: 300 });
  const put = (id: string, assigneeId: string) =>
    api("supervisor", `/api/conversations/${id}/assignee`, { method: "PUT", body: JSON.stringify({ assigneeId }) });
  assigned = [list[0].id, list[1].id];
  for (const id of assigned) expect((await put(id, alex)).status).toBe(200);
  expect((await put(list[2].id, sam)).status).toBe(200);
}, 120_000);
afterAll(async () => app?.stop());

describe("the list's assignee filter", { timeout: 60_000 }, () => {
  it("lists exactly one agent's open conversations for a supervisor, across channels and in one, and names the agent", async () => {
    const everywhere = await api<ConversationsResponse>("supervisor", `/api/conversations?assignee=${alex}`);
    expect(everywhere.status).toBe(200);
    expect(everywhere.body.assignee).toEqual({ id: alex, name: "Alex Agent" });
    expect(everywhere.body.conversations.map((c) => c.id).sort()).toEqual([...assigned].sort());
    expect(everywhere.body.conversations.every((c) => c.assigneeId === alex && c.status === "open")).toBe(true);
    const inChannel = await api<ConversationsResponse>("supervisor", `/api/channels/${channelId}/conversations?assignee=${alex}`);
    expect(inChannel.body.conversations.length).toBeGreaterThan(0);
    expect(inChannel.body.conversations.every((c) => c.channelId === channelId && assigned.includes(c.id))).toBe(true);
    // Another status is another list: none of Alex's are pending.
    expect((await api<ConversationsResponse>("supervisor", `/api/conversations?assignee=${alex}&status=pending`)).body.conversations).toEqual([]);
  });

  it("gives an agent its own, and 403 for another agent's", async () => {
    const own = await api<ConversationsResponse>("agent", `/api/conversations?assignee=${alex}`);
    expect(own.status).toBe(200);
    expect(own.body.conversations.map((c) => c.id).sort()).toEqual([...assigned].sort());
    for (const path of [`/api/conversations?assignee=${sam}`, `/api/channels/${channelId}/conversations?assignee=${sam}`]) {
      const refused = await api("agent", path);
      expect(refused.status, path).toBe(403);
      expect(refused.body.error).toEqual({ code: "forbidden_role", message: "Only supervisors and admins see every conversation." });
    }
  });

  it("answers 422 for a malformed id, a repeated one, and an id that names no agent", async () => {
    const malformed = await api("supervisor", "/api/conversations?assignee=not-an-id");
    expect(malformed).toEqual({ status: 422, body: { error: { code: "invalid_input", message: "These list filters are not valid.", fields: { assignee: "Assignee must be an agent's id." } } } });
    const repeated = await api("supervisor", `/api/conversations?assignee=${alex}&assignee=${sam}`);
    expect(repeated.status).toBe(422);
    expect(repeated.body.error.fields).toEqual({ assignee: "Give assignee once." });
    const nobody = await api("supervisor", "/api/conversations?assignee=00000000-0000-4000-8000-000000000000");
    expect(nobody).toEqual({ status: 422, body: { error: { code: "invalid_input", message: "No agent has this id.", fields: { assignee: "No agent has this id." } } } });
  });
});
