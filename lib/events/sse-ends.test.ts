import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { EventHub } from "./hub";
import { publishEvents } from "./publish";
import { createEventStream, parseLastEventId } from "./sse";

const CHANNEL = "7b0c1f0e-6a43-4e7e-9d59-3d8f4a3b2a10";
const AGENT = "11111111-1111-4111-8111-111111111111";

let database: OpenDatabase;
let hub: EventHub;
function withDatabase() {
  beforeEach(async () => {
    database = await openDatabase({ kind: "pglite" });
    hub = new EventHub(database.db);
    await hub.start(database.listen);
  });
  afterEach(async () => {
    await hub.stop();
    await database.close();
  });
}

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string, ms = 3000): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (!text.includes(needle)) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, deadline - Date.now())))]);
    if (next === null || next.done) throw new Error(`"${needle}" never came; got ${JSON.stringify(text)}`);
    text += decoder.decode(next.value);
  }
  return text;
}

describe("reading Last-Event-ID", () => {
  it("reads only safe positive integers as a resume point", () => {
    expect(parseLastEventId(null)).toBeNull();
    expect(parseLastEventId("")).toBeNull();
    expect(parseLastEventId("42")).toBe(42);
    for (const odd of ["1".repeat(30), "9007199254740993", "-1", "1e3", "abc", "4.2", " 7"]) expect(parseLastEventId(odd), odd).toBe("unusable");
  });
});

describe("resuming from an odd Last-Event-ID", () => {
  withDatabase();

  it("answers a 30-digit id with reset and keeps streaming live events", async () => {
    const abort = new AbortController();
    const s = createEventStream({ hub, db: database.db, actor: { id: AGENT, role: "admin", channelIds: [] }, lastEventId: "1".repeat(30), signal: abort.signal, refreshActor: async () => ({ id: "x", role: "admin", channelIds: [] }) });
    const reader = s.getReader();
    expect(await readUntil(reader, "event: reset")).toContain("retry: 3000");
    await publishEvents(database.db, [{ type: "conversation.updated", channelId: CHANNEL, conversationId: "c1" }]);
    expect(await readUntil(reader, '"conversationId":"c1"')).toContain("event: inbox");
    abort.abort();
  });
});

describe("the end of a stream", () => {
  withDatabase();

  const open = (signal: AbortSignal, onEnd: () => void) =>
    createEventStream({ hub, db: database.db, actor: { id: AGENT, role: "admin", channelIds: [] }, lastEventId: null, signal, refreshActor: async () => ({ id: "x", role: "admin", channelIds: [] }), onEnd });

  it("is reported once when the client goes away", async () => {
    let ends = 0;
    const abort = new AbortController();
    const reader = open(abort.signal, () => ends++).getReader();
    await reader.read();
    abort.abort();
    await reader.cancel();
    expect(ends).toBe(1);
    expect(hub.clientCount).toBe(0);
  });

  it("is reported when the response is cancelled without an abort", async () => {
    let ends = 0;
    const reader = open(new AbortController().signal, () => ends++).getReader();
    await reader.read();
    await reader.cancel();
    expect(ends).toBe(1);
  });

  it("is reported for a request already aborted before the stream started", async () => {
    let ends = 0;
    const abort = new AbortController();
    abort.abort();
    open(abort.signal, () => ends++);
    await new Promise((r) => setTimeout(r, 10));
    expect(ends).toBe(1);
    expect(hub.clientCount).toBe(0);
  });

  it("is reported when the server shuts its streams", async () => {
    let ends = 0;
    const reader = open(new AbortController().signal, () => ends++).getReader();
    await reader.read();
    hub.closeAll();
    expect(ends).toBe(1);
  });
});
