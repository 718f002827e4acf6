import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SearchResponse } from "@/lib/search/types";
import { startApp, type RunningApp } from "../support/app-server";
import { createTestDatabase } from "../support/postgres";
import { signIn } from "../support/session";

/*
 * GET /api/search over real HTTP on PostgreSQL (the migration's extensions and text search
 * configuration included), with messages that came in through the sandbox and the mirror.
 */

let app: RunningApp;
let database: { url: string; drop: () => Promise<void> };
const cookies: Record<"admin" | "agent", string> = { admin: "", agent: "" };

async function search(who: keyof typeof cookies, query: string): Promise<{ status: number; body: SearchResponse & { error?: { code: string; message: string; fields?: Record<string, string> } } }> {
  const res = await fetch(`${app.url}/api/search?${query}`, { headers: { cookie: cookies[who] } });
  return { status: res.status, body: await res.json() };
}

/** Writes as a contact through the sandbox's simulator (the provider's side), as a person on /sandbox would. */
async function contactWrites(channelName: string, destination: string, text: string): Promise<void> {
  const list = (await (await fetch(`${app.url}/sandbox/simulator/channels`)).json()) as { channels: { id: number; name: string }[] };
  const channel = list.channels.find((c) => c.name === channelName);
  if (!channel) throw new Error(`no sandbox channel ${channelName}`);
  const res = await fetch(`${app.url}/sandbox/simulator/channels/${channel.id}/chats/${encodeURIComponent(destination)}/messages`, {
    method: "POST",
    headers: { origin: app.url, "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  expect(res.ok).toBe(true);
}

const mirrored = (tag: string) =>
  vi.waitFor(
    async () => {
      const { body } = await search("admin", `q=${tag}`);
      if (body.conversations.length === 0) throw new Error("not mirrored yet");
      return body;
    },
    { timeout: 30_000, interval: 300 },
  );

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startApp(3481, { DATABASE_URL: database.url });
  cookies.admin = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
  cookies.agent = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("GET /api/search", () => {
  it("never shows an agent the messages of a channel it is not a member of", async () => {
    const tag = `tag${randomUUID().slice(0, 8)}`;
    await contactWrites("Telegram Bot", `hidden-${tag}`, `Mi pedido llegó dañado ${tag}`);
    await contactWrites("WhatsApp Support", `shown-${tag}`, `Mi pedido llegó dañado ${tag}`);
    await mirrored(tag);
    await vi.waitFor(async () => expect((await search("admin", `q=${tag}`)).body.conversations).toHaveLength(2), { timeout: 30_000, interval: 300 });

    const asAdmin = await search("admin", `q=danado+${tag}`);
    expect(asAdmin.body.conversations.map((c) => c.channelName).sort()).toEqual(["Telegram Bot", "WhatsApp Support"]);
    const asAgent = await search("agent", `q=danado+${tag}`);
    expect(asAgent.status).toBe(200);
    expect(asAgent.body.conversations.map((c) => c.channelName)).toEqual(["WhatsApp Support"]);
    expect(asAgent.body.conversations[0].message.snippet).toContain("dañado");
    // Naming the channel does not open it either.
    const telegram = asAdmin.body.conversations.find((c) => c.channelName === "Telegram Bot")!;
    const named = await search("agent", `q=${tag}&channel=${telegram.channelId}`);
    expect(named.status).toBe(200);
    expect(named.body.conversations).toEqual([]);
    // Nor does the contact who wrote there.
    expect((await search("admin", `q=hidden-${tag}`)).body.contacts.map((c) => c.destination)).toEqual([`hidden-${tag}`]);
    const contact = await search("agent", `q=hidden-${tag}`);
    expect(contact.body.contacts).toEqual([]);
    expect(contact.body.conversations).toEqual([]);
  });

  it("answers bad input with a 422 naming the field, or an empty result, never a 500", async () => {
    const empty = await search("agent", "q=");
    expect(empty.status).toBe(422);
    expect(empty.body.error?.fields?.q).toBe("Type something to search for.");
    const long = await search("agent", `q=${"x".repeat(2000)}`);
    expect(long.status).toBe(422);
    expect(long.body.error?.fields?.q).toBe("Search for at most 200 characters.");
    expect((await search("agent", "q=a&q=b")).status).toBe(422);
    expect((await search("agent", "q=hola&channel=not-an-id")).body.error?.fields?.channel).toBe("The channel must be an id.");
    expect((await search("agent", "q=hola&from=yesterday")).status).toBe(422);
    for (const text of ["?!…", "'; drop table messages; --", ".*", "(a|b)+$", "& | ! :* <->", "%_\\", "\u0000"]) {
      const res = await search("agent", new URLSearchParams({ q: text }).toString());
      expect([200, 422], text).toContain(res.status);
      if (res.status === 200) expect(res.body.conversations, text).toBeInstanceOf(Array);
    }
    expect((await search("agent", new URLSearchParams({ q: "?!…" }).toString())).body).toEqual({ terms: [], conversations: [], contacts: [] });
  });
});
