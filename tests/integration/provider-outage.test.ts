import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { seedSandbox } from "@/lib/sandbox/seed";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/node-server";
import { injectInboundMessage, listSimulatorChannels } from "@/lib/sandbox/simulator";
import type { ChannelsResponse, ConversationsResponse, ThreadResponse } from "@/lib/inbox/types";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

// The provider goes away while agents work: reads keep coming from the mirror, the channel shows
// as degraded, and once the provider is back the mirror catches up without duplicates.
const PROVIDER = { user: "outage", password: "outage-password" };
const ADMIN = { email: "owner@outage.test", password: "owner-password-1" };
const PROVIDER_PORT = 3159;

let database: OpenDatabase;
let provider: SandboxServer;
let app: RunningApp;
let cookie: string;

const get = async <T>(path: string) => {
  const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
  await seedSandbox(database.db);
  provider = await startSandboxServer({ db: database.db, credentials: PROVIDER, port: PROVIDER_PORT });
  app = await startApp(3151, {
    AFILNET_USER: PROVIDER.user,
    AFILNET_PASSWORD: PROVIDER.password,
    AFILNET_API_URL: provider.apiUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SYNC_INTERVAL_MS: "500",
  });
  cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await app?.stop();
  await provider?.close().catch(() => {});
  await database?.close();
});

describe("a provider outage", () => {
  it("keeps the inbox readable, shows the channel degraded, and catches up without duplicates", async () => {
    const { channel, conversation } = await vi.waitFor(async () => {
      const { channels } = await get<ChannelsResponse>("/api/channels");
      const whatsapp = channels.find((c) => c.platform === "whatsapp")!;
      // A whole poll has completed (heads and threads), not just its first steps.
      expect(whatsapp.health.lastSyncedAt).not.toBeNull();
      const list = await get<ConversationsResponse>(`/api/channels/${whatsapp.id}/conversations`);
      expect(list.conversations.length).toBeGreaterThan(0);
      return { channel: whatsapp, conversation: list.conversations[0] };
    }, { timeout: 15_000, interval: 200 });
    const threadPath = `/api/conversations/${conversation.id}/messages`;
    const before = await vi.waitFor(async () => {
      const t = await get<ThreadResponse>(threadPath);
      expect(t.messages.length).toBeGreaterThan(0);
      return t.messages.length;
    }, { timeout: 15_000, interval: 200 });

    await provider.close();
    const simChannel = (await listSimulatorChannels(database.db)).channels.find((c) => c.platformId === channel.platformId)!;
    const missed = ["while you were away 1", "while you were away 2", "while you were away 3"];
    for (const text of missed) await injectInboundMessage(database.db, simChannel.id, conversation.destination, { text });

    const degraded = await vi.waitFor(async () => {
      const { channels } = await get<ChannelsResponse>("/api/channels");
      const c = channels.find((x) => x.id === channel.id)!;
      expect(c.health.degraded).toBe(true);
      return c;
    }, { timeout: 30_000, interval: 200 });
    expect(degraded.health.lastSyncedAt, app.output()).not.toBeNull();
    expect((await get<ThreadResponse>(threadPath)).messages).toHaveLength(before);

    provider = await startSandboxServer({ db: database.db, credentials: PROVIDER, port: PROVIDER_PORT });
    await vi.waitFor(async () => {
      const t = await get<ThreadResponse>(threadPath);
      expect(t.messages.map((m) => m.text).slice(-3)).toEqual(missed);
      expect(t.messages).toHaveLength(before + missed.length);
    }, { timeout: 30_000, interval: 200 });
    await vi.waitFor(async () => {
      const { channels } = await get<ChannelsResponse>("/api/channels");
      expect(channels.find((x) => x.id === channel.id)!.health.degraded).toBe(false);
    }, { timeout: 30_000, interval: 200 });

    // Polls after recovery store nothing twice.
    await new Promise((r) => setTimeout(r, 2_000));
    const thread = await get<ThreadResponse>(threadPath);
    expect(thread.messages).toHaveLength(before + missed.length);
    expect(new Set(thread.messages.map((m) => m.providerMessageId)).size).toBe(thread.messages.length);
  });
});
