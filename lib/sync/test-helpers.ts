import { asc, eq, sql } from "drizzle-orm";
import { vi } from "vitest";
import { createAfilnetClient } from "@/lib/afilnet/client";
import type { AfilnetClient } from "@/lib/afilnet/types";
import { channels, conversations, events, messages, sandboxChannels, sandboxMessages } from "@/lib/db/schema";
import type { InboxEvent } from "@/lib/events/types";
import { clearFaults } from "@/lib/sandbox/faults";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/node-server";
import { openSandboxFixture, TEST_CREDENTIALS, type SandboxFixture } from "@/lib/sandbox/test-helpers";

/**
 * The sync's tests run against the real stand-in on node:http and the app's real client, with
 * one in-memory PGlite holding both the stand-in's state and the mirror. The client uses the
 * `get` transport so each request's method can be read from its URL.
 */

export interface SyncFixture extends SandboxFixture {
  server: SandboxServer;
  provider: AfilnetClient;
  /** Methods of the requests the stand-in received, in order. */
  calls: { method: string; at: number; platformId?: string; destination?: string }[];
  count(method: string): number;
  /** A message in the stand-in: `sent` 0 = from the contact, 1 = from the operator. */
  addMessage(input: { destination: string; text: string; sent?: 0 | 1; status?: string; at?: Date; channelId?: number }): Promise<number>;
  setStatus(sandboxMessageId: number, status: string): Promise<void>;
  mirroredChannel(platform: string): Promise<typeof channels.$inferSelect>;
  conversation(channelId: string, destination: string): Promise<typeof conversations.$inferSelect>;
  threadOf(conversationId: string): Promise<(typeof messages.$inferSelect)[]>;
  /** Events published so far, oldest first. */
  events(): Promise<InboxEvent[]>;
  /** Empties the mirror and the stand-in (keeping its two channels, same ids), forgets requests and faults. */
  reset(): Promise<void>;
  teardown(): Promise<void>;
}

export async function openSyncFixture(): Promise<SyncFixture> {
  clearFaults();
  const fx = await openSandboxFixture();
  const calls: SyncFixture["calls"] = [];
  const server = await startSandboxServer({
    db: fx.db,
    credentials: TEST_CREDENTIALS,
    onRequest: (r) => {
      const query = new URL(r.url, "http://127.0.0.1").searchParams;
      calls.push({
        method: query.get("method") ?? "?",
        at: Date.now(),
        platformId: query.get("platformid") ?? undefined,
        destination: query.get("destination") ?? undefined,
      });
    },
  });
  const provider = createAfilnetClient({
    ...TEST_CREDENTIALS,
    auth: "get",
    apiUrl: server.apiUrl,
    timezone: "Europe/Madrid",
    timeoutMs: 3000,
    readRetries: 0,
  });

  return {
    ...fx,
    server,
    provider,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    async addMessage({ destination, text, sent = 0, status, at = new Date(), channelId = fx.whatsapp.id }) {
      const [row] = await fx.db
        .insert(sandboxMessages)
        .values({ channelId, destination, sent, message: text, status: status ?? (sent === 1 ? "sent" : "received"), createdAt: at })
        .returning({ id: sandboxMessages.id });
      return row.id;
    },
    async setStatus(id, status) {
      await fx.db.update(sandboxMessages).set({ status }).where(eq(sandboxMessages.id, id));
    },
    async mirroredChannel(platform) {
      const [row] = await fx.db.select().from(channels).where(eq(channels.platform, platform));
      if (!row) throw new Error(`no mirrored ${platform} channel`);
      return row;
    },
    async conversation(channelId, destination) {
      const rows = await fx.db.select().from(conversations).where(eq(conversations.channelId, channelId));
      const row = rows.find((r) => r.destination === destination);
      if (!row) throw new Error(`no mirrored conversation with ${destination}`);
      return row;
    },
    threadOf: (conversationId) =>
      fx.db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.sentAt), asc(messages.id)),
    async events() {
      const rows = await fx.db.select().from(events).orderBy(asc(events.id));
      return rows.map((r) => r.payload as InboxEvent);
    },
    async reset() {
      clearFaults();
      await fx.db.execute(sql`truncate table events, messages, conversations, channels, sandbox_messages, sandbox_channels restart identity cascade`);
      await fx.db.insert(sandboxChannels).values([
        { id: fx.whatsapp.id, platform: fx.whatsapp.platform, platformId: fx.whatsapp.platformId, name: "WhatsApp Support" },
        { id: fx.telegram.id, platform: fx.telegram.platform, platformId: fx.telegram.platformId, name: "Telegram Bot" },
      ]);
      await fx.db.execute(sql`select setval(pg_get_serial_sequence('sandbox_channels', 'id'), 2)`);
      calls.length = 0;
    },
    async teardown() {
      clearFaults();
      await server.close();
      await fx.close();
    },
  };
}

/**
 * vi.waitFor for checks that answer rather than assert: polls `check` until it returns a value
 * other than undefined/null/false, and returns it.
 */
export function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, what = "condition"): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined || value === null || value === false) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 20 },
  );
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The real client, watched: when each call starts and how many are in flight, per channel. Not a
 * mock: every call still goes to the stand-in over HTTP.
 */
export function watchProvider(provider: AfilnetClient) {
  const inFlight = new Map<string, number>();
  const starts: number[] = [];
  let maxPerChannel = 0;
  let maxOverall = 0;
  const total = () => [...inFlight.values()].reduce((a, b) => a + b, 0);
  const watch =
    <A extends { platformId: string }, R>(call: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R> => {
      starts.push(Date.now());
      inFlight.set(arg.platformId, (inFlight.get(arg.platformId) ?? 0) + 1);
      maxPerChannel = Math.max(maxPerChannel, inFlight.get(arg.platformId)!);
      maxOverall = Math.max(maxOverall, total());
      try {
        return await call(arg);
      } finally {
        inFlight.set(arg.platformId, inFlight.get(arg.platformId)! - 1);
      }
    };
  const watched: AfilnetClient = {
    ...provider,
    getChatChannels: async () => {
      starts.push(Date.now());
      return provider.getChatChannels();
    },
    getChats: watch((c) => provider.getChats(c)),
    getMessages: watch((c) => provider.getMessages(c)),
  };
  return {
    provider: watched,
    starts,
    inFlight: total,
    maxPerChannel: () => maxPerChannel,
    maxOverall: () => maxOverall,
  };
}
