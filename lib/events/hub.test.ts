import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { EventHub } from "./hub";
import { publishEvents } from "./publish";
import { createEventStream } from "./sse";
import type { InboxEvent, StoredEvent } from "./types";

const CHANNEL = "7b0c1f0e-6a43-4e7e-9d59-3d8f4a3b2a10";
const AGENT_A = "11111111-1111-4111-8111-111111111111";
const AGENT_B = "22222222-2222-4222-8222-222222222222";
const updated = (n: number): InboxEvent => ({ type: "conversation.updated", channelId: CHANNEL, conversationId: `c${n}` });

let database: OpenDatabase;
let hub: EventHub;
beforeEach(async () => {
  database = await openDatabase({ kind: "pglite" });
  hub = new EventHub(database.db);
  await hub.start(database.listen);
});
afterEach(async () => {
  await hub.stop();
  await database.close();
});

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the event hub", () => {
  it("delivers published events to every subscriber, in order, once", async () => {
    const a: StoredEvent[] = [];
    const b: StoredEvent[] = [];
    hub.subscribe((e) => a.push(e));
    hub.subscribe((e) => b.push(e));
    await publishEvents(database.db, [updated(1), updated(2)]);
    await publishEvents(database.db, [updated(3)]);
    await until(() => a.length === 3 && b.length === 3);
    await hub.drain();
    expect(a.map((e) => (e.event as { conversationId: string }).conversationId)).toEqual(["c1", "c2", "c3"]);
    expect(b).toEqual(a);
  });

  it("still delivers an event whose lower id becomes visible after a higher one", async () => {
    const got: number[] = [];
    hub.subscribe((e) => got.push(e.id));
    await database.db.insert(events).values({ id: 1005, type: "channels.changed", payload: { type: "channels.changed" } });
    await hub.drain();
    await database.db.insert(events).values({ id: 1003, type: "channels.changed", payload: { type: "channels.changed" } });
    await hub.drain();
    expect(got).toEqual([1005, 1003]);
    await hub.drain();
    expect(got).toEqual([1005, 1003]);
  });
});

async function readFrames(stream: ReadableStream<Uint8Array>, count: number): Promise<string[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const frames = () => text.split("\n\n").filter((f) => f.trim() !== "");
  while (frames().length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return frames();
}

describe("the event stream", () => {
  const stream = (agentId: string, lastEventId: string | null, signal: AbortSignal) =>
    createEventStream({ hub, db: database.db, actor: { id: agentId, role: "admin", channelIds: [] }, lastEventId, signal, refreshActor: async () => ({ id: "x", role: "admin", channelIds: [] }) });

  it("replays what was missed after Last-Event-ID, then goes on live, hiding other agents' read events", async () => {
    await publishEvents(database.db, [updated(1), updated(2)]);
    const [first] = await database.db.select().from(events).limit(1);
    const abort = new AbortController();
    const s = stream(AGENT_A, String(first.id), abort.signal);
    await publishEvents(database.db, [
      { type: "conversation.read", agentId: AGENT_B, channelId: CHANNEL, conversationId: "c2", readInboundCount: 1, channelReadInboundSum: 1 },
      updated(3),
    ]);
    const frames = await readFrames(s, 3);
    abort.abort();
    expect(frames[0]).toBe("retry: 3000");
    expect(frames[1]).toContain(`id: ${first.id + 1}`);
    expect(frames[1]).toContain('"conversationId":"c2"');
    expect(frames[2]).toContain('"conversationId":"c3"');
    expect(frames.join()).not.toContain(AGENT_B);
  });

  it("tells the browser to start over when the events it missed are gone", async () => {
    await publishEvents(database.db, [updated(1)]);
    await database.db.delete(events);
    await publishEvents(database.db, [updated(2)]);
    const abort = new AbortController();
    const frames = await readFrames(stream(AGENT_A, "0", abort.signal), 2);
    abort.abort();
    expect(frames[1]).toBe("event: reset\ndata: {}");
  });
});

describe("shutting down", () => {
  it("ends every open event stream so a stopping server is not held open", async () => {
    const abort = new AbortController();
    const s = createEventStream({ hub, db: database.db, actor: { id: AGENT_A, role: "admin", channelIds: [] }, lastEventId: null, signal: abort.signal, refreshActor: async () => ({ id: "x", role: "admin", channelIds: [] }) });
    const reader = s.getReader();
    await reader.read(); // retry line
    hub.closeAll();
    expect((await reader.read()).done).toBe(true);
    expect(hub.clientCount).toBe(0);
  });
});
