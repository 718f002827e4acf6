import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InfiniteQueryObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InboxEvent } from "@/lib/events/types";
import type { ChannelsResponse, ConversationView, MessageView } from "@/lib/inbox/types";
import { apiFetch } from "./api-fetch";
import { flattenConversations, flattenThread } from "./cache-merge";
import { DEFAULT_FILTERS, type ConversationFilters } from "@/lib/inbox/conversation-filters";
import { ALL_CHANNELS, inboxKeys, type ChannelsData, type ConversationPages, type ThreadPages } from "./inbox-keys";
import { createLiveSync, type LiveSync } from "./live-sync";
import { assigneesKey } from "./team-keys";
import { channel, conversation, listPages, message, threadPage, threadPages } from "./test-data";

/** What the fake-free API server below answers: the test sets it, the server serves it. */
const state = {
  summaries: new Map<string, ConversationView>(),
  newMessages: [] as MessageView[],
  failSummaries: false,
  delayMs: 0,
  requests: [] as string[],
};

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    state.requests.push(url);
    const send = (status: number, body: unknown) =>
      setTimeout(() => res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body)), state.delayMs);
    const messages = url.match(/^\/api\/conversations\/([^/?]+)\/messages\?after=(\d+)$/);
    if (messages) return send(200, { messages: state.newMessages.filter((m) => m.id > Number(messages[2])) });
    const summary = url.match(/^\/api\/conversations\/([^/?]+)$/);
    if (summary && !state.failSummaries) {
      const found = state.summaries.get(decodeURIComponent(summary[1]));
      return found ? send(200, { conversation: found }) : send(404, { error: { code: "not_found", message: "Gone." } });
    }
    if (url.startsWith("/api/conversation-counts")) return send(200, { mine: 1, unassigned: 0, all: 2 });
    if (url === "/api/channels") return send(200, { channels: [channel({ inboundCount: 99 })] } satisfies ChannelsResponse);
    send(503, { error: { code: "unavailable", message: "Down." } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let qc: QueryClient;
let sync: LiveSync;
let unsubscribe: (() => void)[] = [];

const a = conversation("a", "2025-01-01T10:05:00Z", { inboundCount: 2, readInboundCount: 2 });
const b = conversation("b", "2025-01-01T10:04:00Z", { inboundCount: 3, readInboundCount: 1 });
const c1Messages = [message(10, "2025-01-01T10:03:00Z"), message(11, "2025-01-01T10:04:00Z")];

function seed() {
  qc.setQueryData<ChannelsData>(inboxKeys.channels(), { channels: [channel({ inboundCount: 10, readInboundSum: 7 })] });
  qc.setQueryData<ConversationPages>(inboxKeys.conversations("ch1"), listPages({ rows: [a, b], nextCursor: null }));
  qc.setQueryData<ThreadPages>(inboxKeys.thread("b"), threadPages(threadPage(c1Messages, { conversation: b })));
}

/** A pane on screen: an observer that would fetch from the test server when told to. */
function watch(key: "list" | "thread" | "channels") {
  const fetchJson = (path: string) => apiFetch(`${base}${path}`);
  const observer =
    key === "channels"
      ? new QueryObserver(qc, { queryKey: inboxKeys.channels(), queryFn: () => fetchJson("/api/channels"), staleTime: Infinity })
      : new InfiniteQueryObserver(qc, {
          queryKey: key === "list" ? inboxKeys.conversations("ch1") : inboxKeys.thread("b"),
          queryFn: () => fetchJson(key === "list" ? "/api/channels/ch1/conversations" : "/api/conversations/b/messages"),
          initialPageParam: null,
          getNextPageParam: () => null,
          staleTime: Infinity,
        });
  unsubscribe.push(observer.subscribe(() => {}));
}

const created = (over: Partial<Extract<InboxEvent, { type: "message.created" }>> = {}): InboxEvent => ({
  type: "message.created",
  channelId: "ch1",
  conversationId: "b",
  messageId: 12,
  direction: "inbound",
  at: "2025-01-01T10:06:00Z",
  conversationInboundCount: 4,
  channelInboundCount: 11,
  ...over,
});

const list = () => flattenConversations(qc.getQueryData<ConversationPages>(inboxKeys.conversations("ch1"))!);
const thread = () => qc.getQueryData<ThreadPages>(inboxKeys.thread("b"))!;
const channels = () => qc.getQueryData<ChannelsData>(inboxKeys.channels())!.channels;

beforeEach(() => {
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  sync = createLiveSync(qc, (path) => apiFetch(`${base}${path}`));
  Object.assign(state, { summaries: new Map(), newMessages: [], failSummaries: false, delayMs: 0, requests: [] });
  seed();
});

afterEach(() => {
  unsubscribe.forEach((u) => u());
  unsubscribe = [];
  qc.clear();
});

describe("live sync", () => {
  it("shows a new inbound message in the open thread and moves its conversation up, with two small requests", async () => {
    watch("list");
    watch("thread");
    watch("channels");
    const fresh = conversation("b", "2025-01-01T10:06:00Z", { inboundCount: 4, readInboundCount: 1 });
    fresh.lastMessage = { text: "Is anyone there?", direction: "inbound", at: "2025-01-01T10:06:00Z", author: null };
    state.summaries.set("b", fresh);
    state.newMessages = [...c1Messages, message(12, "2025-01-01T10:06:00Z", { text: "Is anyone there?" })];

    const applied = sync.apply(created());
    // Badges move at once, from the event's counts alone.
    expect(channels()[0]).toMatchObject({ inboundCount: 11, unreadCount: 4 });
    expect(list().find((r) => r.id === "b")?.unreadCount).toBe(3);
    await applied;

    expect(flattenThread(thread()).map((m) => m.text).at(-1)).toBe("Is anyone there?");
    expect(list().map((r) => r.id)).toEqual(["b", "a"]);
    expect(list()[0]).toMatchObject({ unreadCount: 3, lastMessage: { text: "Is anyone there?" } });
    expect(state.requests.sort()).toEqual(["/api/conversations/b", "/api/conversations/b/messages?after=11"]);
  });

  it("coalesces a burst of events for one conversation into at most two fetches of it", async () => {
    watch("list");
    state.summaries.set("b", b);
    state.delayMs = 30;
    await Promise.all([1, 2, 3, 4, 5].map((n) => sync.apply(created({ messageId: 11 + n, conversationInboundCount: 3 + n }))));
    expect(state.requests.filter((r) => r === "/api/conversations/b")).toHaveLength(2);
    expect(list().find((r) => r.id === "b")?.inboundCount).toBe(8);
  });

  it("fetches nothing for views nobody is looking at, but marks them stale for their next visit", async () => {
    await sync.apply(created());
    expect(state.requests).toEqual([]);
    expect(qc.getQueryState(inboxKeys.conversations("ch1"))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(inboxKeys.thread("b"))?.isInvalidated).toBe(true);
    expect(channels()[0].unreadCount).toBe(4);
  });

  it("clears badges for this agent from a read event, without any request", async () => {
    watch("list");
    watch("thread");
    await sync.apply({ type: "conversation.read", agentId: "me", channelId: "ch1", conversationId: "b", readInboundCount: 3, channelReadInboundSum: 10 });
    expect(list().find((r) => r.id === "b")?.unreadCount).toBe(0);
    expect(thread().pages[0].conversation.unreadCount).toBe(0);
    expect(channels()[0].unreadCount).toBe(0);
    expect(state.requests).toEqual([]);
  });

  it("marks a channel degraded everywhere it shows, and clears it on recovery", async () => {
    const health = { degraded: true, lastSyncedAt: "2025-01-01T10:00:00Z", lastSyncError: "timeout" };
    await sync.apply({ type: "channel.updated", channelId: "ch1", ...health });
    expect(channels()[0].health).toEqual(health);
    expect(qc.getQueryData<ConversationPages>(inboxKeys.conversations("ch1"))!.pages[0].channel!.health).toEqual(health);
    expect(thread().pages[0].channel.health).toEqual(health);
    await sync.apply({ type: "channel.updated", channelId: "ch1", degraded: false, lastSyncedAt: "2025-01-01T10:09:00Z", lastSyncError: null });
    expect(channels()[0].health.degraded).toBe(false);
  });

  it("patches a known message's status in place and fetches one it has not seen", async () => {
    watch("thread");
    await sync.apply({ type: "message.updated", channelId: "ch1", conversationId: "b", messageId: 11, status: "read" });
    expect(flattenThread(thread()).find((m) => m.id === 11)?.status).toBe("read");
    expect(state.requests).toEqual([]);

    state.newMessages = [message(12, "2025-01-01T10:06:00Z", { direction: "outbound", status: "delivered" })];
    await sync.apply({ type: "message.updated", channelId: "ch1", conversationId: "b", messageId: 12, status: "delivered" });
    expect(flattenThread(thread()).at(-1)).toMatchObject({ id: 12, status: "delivered" });
  });

  it("refetches a reply whose delivery changed, so its error and Retry show", async () => {
    watch("thread");
    state.newMessages = [message(11, "2025-01-01T10:04:00Z", { direction: "outbound", delivery: "failed", error: "Chat not found" })];
    await sync.apply({ type: "message.updated", channelId: "ch1", conversationId: "b", messageId: 11, status: "failed" });
    expect(state.requests).toEqual(["/api/conversations/b/messages?after=10"]);
    expect(flattenThread(thread()).find((m) => m.id === 11)).toMatchObject({ delivery: "failed", error: "Chat not found" });
    expect(flattenThread(thread())).toHaveLength(2);
  });

  it("refetches a reply still shown as sending whatever status its event carries", async () => {
    qc.setQueryData<ThreadPages>(
      inboxKeys.thread("b"),
      threadPages(threadPage([c1Messages[0], message(11, "2025-01-01T10:04:00Z", { direction: "outbound", delivery: "pending" })], { conversation: b })),
    );
    watch("thread");
    state.newMessages = [message(11, "2025-01-01T10:04:00Z", { direction: "outbound", delivery: "sent", status: "delivered" })];
    await sync.apply({ type: "message.updated", channelId: "ch1", conversationId: "b", messageId: 11, status: "delivered" });
    expect(flattenThread(thread()).find((m) => m.id === 11)).toMatchObject({ delivery: "sent", status: "delivered" });
  });

  it("falls back to refetching a view when the follow-up request fails", async () => {
    watch("list");
    state.failSummaries = true;
    await sync.apply({ type: "conversation.updated", channelId: "ch1", conversationId: "b" });
    expect(state.requests).toContain("/api/channels/ch1/conversations");
  });

  it("shows a new owner in the open thread and its list, and marks the assign menu stale", async () => {
    watch("list");
    watch("thread");
    qc.setQueryData(assigneesKey("b"), { agents: [] });
    state.summaries.set("b", { ...b, assigneeId: "agent-1" });
    await sync.apply({ type: "conversation.assigned", channelId: "ch1", conversationId: "b", assigneeId: "agent-1", previousAssigneeId: null });
    expect(thread().pages[0].conversation.assigneeId).toBe("agent-1");
    expect(list().find((r) => r.id === "b")?.assigneeId).toBe("agent-1");
    expect(qc.getQueryState(assigneesKey("b"))?.isInvalidated).toBe(true);
  });

  it("refetches the channel list when channels change upstream", async () => {
    watch("channels");
    await sync.apply({ type: "channels.changed" });
    expect(channels()[0].inboundCount).toBe(99);
  });

  it("after a gap, refetches only the views loaded before the stream came back", async () => {
    watch("channels");
    watch("list");
    const since = Date.now() + 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    qc.setQueryData<ThreadPages>(inboxKeys.thread("b"), threadPages(threadPage(c1Messages, { conversation: b })));
    await sync.resync(since);
    expect(state.requests.sort()).toEqual(["/api/channels", "/api/channels/ch1/conversations"]);
    expect(qc.getQueryState(inboxKeys.thread("b"))?.isInvalidated).toBe(false);
  });

  describe("filtered views", () => {
    const ME = "agent-me";
    const view = (over: Partial<ConversationFilters>) => ({ ...DEFAULT_FILTERS, ...over });
    const keyOf = (scope: string, over: Partial<ConversationFilters>) => inboxKeys.conversations(scope, view(over));
    const ids = (key: readonly unknown[]) => flattenConversations(qc.getQueryData<ConversationPages>(key)!).map((c) => c.id);
    function watchKey(key: readonly unknown[]) {
      const observer = new InfiniteQueryObserver(qc, {
        queryKey: key,
        queryFn: () => Promise.reject(new Error("no refetch expected")),
        initialPageParam: null,
        getNextPageParam: () => null,
        staleTime: Infinity,
      });
      unsubscribe.push(observer.subscribe(() => {}));
    }

    beforeEach(() => {
      sync = createLiveSync(qc, (path) => apiFetch(`${base}${path}`), ME);
      for (const [scope, over] of [["ch1", { view: "unassigned" }], ["ch1", { view: "mine" }], [ALL_CHANNELS, {}], ["ch1", { status: "resolved" }]] as const) {
        const rows = over.view === "mine" || ("status" in over) ? [] : [a, b];
        qc.setQueryData<ConversationPages>(keyOf(scope, over), listPages({ rows, nextCursor: null }));
        watchKey(keyOf(scope, over));
      }
    });

    it("moves a conversation assigned to me out of Unassigned, into Mine, and refetches the tab counts", async () => {
      const counts = new QueryObserver(qc, {
        queryKey: inboxKeys.countsOf("ch1", "open"),
        queryFn: () => apiFetch(`${base}/api/conversation-counts?status=open&channelId=ch1`),
        staleTime: Infinity,
      });
      unsubscribe.push(counts.subscribe(() => {}));
      await counts.refetch();
      state.requests = [];
      state.summaries.set("b", { ...b, assigneeId: ME, assignee: { id: ME, name: "Me" } });
      await sync.apply({ type: "conversation.assigned", channelId: "ch1", conversationId: "b", assigneeId: ME, previousAssigneeId: null });
      expect(ids(keyOf("ch1", { view: "unassigned" }))).toEqual(["a"]);
      expect(ids(keyOf("ch1", { view: "mine" }))).toEqual(["b"]);
      expect(ids(keyOf(ALL_CHANNELS, {}))).toEqual(["a", "b"]);
      expect(flattenConversations(qc.getQueryData<ConversationPages>(keyOf(ALL_CHANNELS, {}))!)[1].assignee?.name).toBe("Me");
      expect(state.requests.sort()).toEqual(["/api/conversation-counts?status=open&channelId=ch1", "/api/conversations/b"]);
    });

    it("keeps one agent's list (?assignee=, from the wallboard) to that agent's conversations as they are reassigned", async () => {
      const SAM = "agent-sam";
      const samsKey = keyOf(ALL_CHANNELS, { assigneeId: SAM });
      qc.setQueryData<ConversationPages>(samsKey, listPages({ rows: [], nextCursor: null }));
      watchKey(samsKey);
      state.summaries.set("b", { ...b, assigneeId: SAM, assignee: { id: SAM, name: "Sam" } });
      await sync.apply({ type: "conversation.assigned", channelId: "ch1", conversationId: "b", assigneeId: SAM, previousAssigneeId: null });
      expect(ids(samsKey)).toEqual(["b"]);
      state.summaries.set("b", { ...b, assigneeId: ME, assignee: { id: ME, name: "Me" } });
      await sync.apply({ type: "conversation.assigned", channelId: "ch1", conversationId: "b", assigneeId: ME, previousAssigneeId: SAM });
      expect(ids(samsKey)).toEqual([]);
      expect(ids(keyOf("ch1", { view: "mine" }))).toEqual(["b"]);
    });

    it("moves a resolved conversation out of the Open lists and into the Resolved one", async () => {
      state.summaries.set("a", { ...a, status: "resolved" });
      await sync.apply({ type: "conversation.updated", channelId: "ch1", conversationId: "a" });
      expect(ids(keyOf("ch1", { view: "unassigned" }))).toEqual(["b"]);
      expect(ids(keyOf(ALL_CHANNELS, {}))).toEqual(["b"]);
      expect(ids(keyOf("ch1", { status: "resolved" }))).toEqual(["a"]);
    });
  });
});
