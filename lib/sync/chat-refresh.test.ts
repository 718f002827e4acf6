import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channels, conversations } from "@/lib/db/schema";
import { queueFault } from "@/lib/sandbox/faults";
import { refreshChatNow, requestChatRefresh, type ChatRefreshDeps } from "./chat-refresh";
import { silentSyncLog } from "./log";
import { applyChannels } from "./mirror-channels";
import { applyChatHeads } from "./mirror-heads";
import { listenForWatchedChannels } from "./watch";
import { openSyncFixture, type SyncFixture } from "./test-helpers";

let fx: SyncFixture;
let deps: ChatRefreshDeps;
beforeAll(async () => {
  fx = await openSyncFixture();
  deps = { db: fx.db, provider: fx.provider, intervalMs: 2000, log: silentSyncLog };
}, 60_000);
beforeEach(async () => {
  await fx.reset();
});
afterAll(async () => {
  await fx?.teardown();
});

/** A conversation known to the mirror (from `getchats`) whose thread was never fetched. */
async function knownConversation(destination = "34600000001") {
  await fx.addMessage({ destination, text: "Hola", at: new Date(Date.now() - 60_000) });
  await applyChannels(fx.db, await fx.provider.getChatChannels());
  const channel = await fx.mirroredChannel("whatsapp");
  await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel));
  fx.calls.length = 0;
  return fx.conversation(channel.id, destination);
}

describe("on-demand chat refresh", { timeout: 30_000 }, () => {
  it("ten agents opening a stale thread at once cause one upstream call, and all see its result", async () => {
    const conversation = await knownConversation();
    await Promise.all(Array.from({ length: 10 }, () => requestChatRefresh(deps, conversation.id)));
    expect(fx.count("getmessages")).toBe(1);
    expect((await fx.threadOf(conversation.id)).map((m) => m.body)).toEqual(["Hola"]);
  });

  it("does not fetch a thread mirrored less than an interval ago", async () => {
    const conversation = await knownConversation();
    await requestChatRefresh(deps, conversation.id);
    await requestChatRefresh(deps, conversation.id);
    expect(fx.count("getmessages")).toBe(1);

    await fx.db.update(conversations).set({ mirroredAt: sql`now() - interval '3 seconds'` }).where(eq(conversations.id, conversation.id));
    await requestChatRefresh(deps, conversation.id);
    expect(fx.count("getmessages")).toBe(2);
  });

  it("does not fetch a thread whose channel the poller has just polled: the poll proved it current", async () => {
    const conversation = await knownConversation();
    await fx.db.update(channels).set({ lastSyncedAt: sql`now() - interval '1 second'` }).where(eq(channels.id, conversation.channelId));
    await Promise.all(Array.from({ length: 5 }, () => requestChatRefresh(deps, conversation.id)));
    expect(fx.count("getmessages")).toBe(0);

    // The poller lags (more than two intervals): the thread is fetched on demand again.
    await fx.db.update(channels).set({ lastSyncedAt: sql`now() - interval '5 seconds'` }).where(eq(channels.id, conversation.channelId));
    await requestChatRefresh(deps, conversation.id);
    expect(fx.count("getmessages")).toBe(1);
  });

  it("takes the caller's read of the channel's last poll instead of asking the database", async () => {
    const conversation = await knownConversation();
    // The database says stale (never mirrored, channel never polled): the read says polled 1 s ago.
    const justPolled = { channelId: conversation.channelId, channelSyncedAt: new Date(Date.now() - 1000).toISOString() };
    await requestChatRefresh(deps, conversation.id, justPolled);
    expect(fx.count("getmessages")).toBe(0);
    // Polled 5 s ago (over two intervals): the claim in the database decides, and it is stale.
    await requestChatRefresh(deps, conversation.id, { ...justPolled, channelSyncedAt: new Date(Date.now() - 5000) });
    expect(fx.count("getmessages")).toBe(1);
  });

  it("lets only one instance claim a stale thread: the claim is a conditional update in the database", async () => {
    const conversation = await knownConversation();
    // Another instance has just claimed it: this one goes on with the mirror.
    await fx.db.update(conversations).set({ mirroredAt: sql`now()` }).where(eq(conversations.id, conversation.id));
    await requestChatRefresh(deps, conversation.id);
    expect(fx.count("getmessages")).toBe(0);
  });

  it("refreshChatNow fetches whatever the age, and picks up what changed after a fetch already on the wire", async () => {
    const conversation = await knownConversation();
    await requestChatRefresh(deps, conversation.id);
    await refreshChatNow(deps, conversation.id);
    expect(fx.count("getmessages")).toBe(2);

    // A fetch is on the wire (slow) when the agent's reply lands upstream: the refresh asked
    // for after the reply runs once more, shared by everyone who asked meanwhile.
    queueFault({ kind: "latency", ms: 150, methods: ["getmessages"] });
    const first = refreshChatNow(deps, conversation.id);
    await new Promise((r) => setTimeout(r, 60));
    await fx.addMessage({ destination: "34600000001", text: "Respuesta", sent: 1 });
    await Promise.all([first, ...Array.from({ length: 5 }, () => refreshChatNow(deps, conversation.id))]);
    expect(fx.count("getmessages")).toBe(4);
    expect((await fx.threadOf(conversation.id)).map((m) => m.body)).toEqual(["Hola", "Respuesta"]);
  });

  it("never rejects: provider failures and unknown conversations leave the mirror as it is", async () => {
    const conversation = await knownConversation();
    queueFault({ kind: "http500", methods: ["getmessages"] });
    await expect(requestChatRefresh(deps, conversation.id)).resolves.toBeUndefined();
    await expect(refreshChatNow(deps, "00000000-0000-0000-0000-000000000000")).resolves.toBeUndefined();
    await expect(refreshChatNow(deps, "not-a-uuid")).resolves.toBeUndefined();
    expect(await fx.threadOf(conversation.id)).toEqual([]);
  });

  it("tells this process's poller that an agent is looking at the thread's channel", async () => {
    const conversation = await knownConversation();
    const watched: string[] = [];
    listenForWatchedChannels((channelId) => watched.push(channelId));
    try {
      await requestChatRefresh(deps, conversation.id);
      await requestChatRefresh(deps, conversation.id); // fresh now: no fetch, still an agent looking
      await requestChatRefresh(deps, conversation.id, { channelId: conversation.channelId, channelSyncedAt: new Date() });
    } finally {
      listenForWatchedChannels(undefined);
    }
    expect(watched).toEqual([conversation.channelId, conversation.channelId, conversation.channelId]);
    expect(fx.count("getmessages")).toBe(1);
  });
});
