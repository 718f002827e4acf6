import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { conversation, message } from "./test-data";
import { firstUnread, layoutThread, type ThreadItem, type ThreadLayoutOptions } from "./thread-layout";

const sam = { id: "a-sam", name: "Sam Supervisor" };
const me = { id: "a-me", name: "Ada Admin" };
const now = new Date("2025-03-14T12:00:00Z");
const base: ThreadLayoutOptions = { unread: null, selfId: me.id, contactName: "Lucía", t: testTranslator("en", "thread"), timeZone: "Europe/Madrid", now };

/** Each item in one short line: "day:Today", "unread:2", "msg:3 Lucía" (the name only on the first of a run). */
const summary = (items: ThreadItem[]) =>
  items.map((i) => (i.kind === "day" ? `day:${i.label}` : i.kind === "unread" ? `unread:${i.count}` : `msg:${i.key}${i.first ? ` ${i.sender}` : ""}`));

describe("firstUnread", () => {
  const thread = [
    message(1, "2025-03-14T09:00:00Z"),
    message(2, "2025-03-14T09:01:00Z", { direction: "outbound", sentBy: me }),
    message(3, "2025-03-14T09:02:00Z"),
    message(4, "2025-03-14T09:03:00Z", { direction: "outbound", kind: "note", sentBy: sam }),
    message(5, "2025-03-14T09:04:00Z"),
  ];

  it("is the (inbound − read)-th newest inbound message, notes and replies not counted", () => {
    expect(firstUnread(thread, conversation("c1", null, { inboundCount: 10, readInboundCount: 8 }))).toEqual({ messageId: 3, count: 2 });
    expect(firstUnread(thread, conversation("c1", null, { inboundCount: 10, readInboundCount: 9 }))).toEqual({ messageId: 5, count: 1 });
  });

  it("is nothing when all is read, and the oldest loaded inbound one when more are unread than loaded", () => {
    expect(firstUnread(thread, conversation("c1", null, { inboundCount: 10, readInboundCount: 10 }))).toBeNull();
    expect(firstUnread(thread, conversation("c1", null, { inboundCount: 60, readInboundCount: 0 }))).toEqual({ messageId: 1, count: 60 });
  });
});

describe("layoutThread", () => {
  it("puts a day separator before each new calendar day in the agent's zone", () => {
    const items = layoutThread(
      [
        message(1, "2025-03-10T10:00:00Z"),
        message(2, "2025-03-13T22:30:00Z"), // 23:30 on the 13th in Madrid
        message(3, "2025-03-13T23:30:00Z"), // 00:30 on the 14th in Madrid
        message(4, "2025-03-14T11:00:00Z"),
      ],
      base,
    );
    expect(summary(items)).toEqual(["day:Monday 10 March", "msg:1 Lucía", "day:Yesterday", "msg:2 Lucía", "day:Today", "msg:3 Lucía", "msg:4"]);
  });

  it("names each sender once per run: You for me, teammates by name, notes as their author", () => {
    const items = layoutThread(
      [
        message(1, "2025-03-14T09:00:00Z"),
        message(2, "2025-03-14T09:01:00Z"),
        message(3, "2025-03-14T09:02:00Z", { direction: "outbound", sentBy: sam }),
        message(4, "2025-03-14T09:03:00Z", { direction: "outbound", kind: "note", sentBy: sam }),
        message(5, "2025-03-14T09:04:00Z", { direction: "outbound", sentBy: me }),
        message(6, "2025-03-14T09:05:00Z", { direction: "outbound", sentBy: me }),
        message(7, "2025-03-14T09:06:00Z", { direction: "outbound", kind: "note", sentBy: null }),
      ],
      base,
    );
    expect(summary(items)).toEqual(["day:Today", "msg:1 Lucía", "msg:2", "msg:3 Sam Supervisor", "msg:4", "msg:5 You", "msg:6", "msg:7 A former agent"]);
  });

  it("words days and senders in the agent's language", () => {
    const thread = [
      message(1, "2025-03-10T10:00:00Z"),
      message(2, "2025-03-14T09:01:00Z", { direction: "outbound", sentBy: me }),
      message(3, "2025-03-14T09:02:00Z", { direction: "outbound", kind: "note", sentBy: null }),
    ];
    const french = layoutThread(thread, { ...base, t: testTranslator("fr", "thread"), locale: "fr-FR" });
    expect(summary(french)).toEqual(["day:lundi 10 mars", "msg:1 Lucía", "day:Aujourd’hui", "msg:2 Vous", "msg:3 Un ancien agent"]);
    const spanish = layoutThread(thread, { ...base, t: testTranslator("es", "thread"), locale: "es-ES" });
    expect(summary(spanish)).toEqual(["day:lunes, 10 de marzo", "msg:1 Lucía", "day:Hoy", "msg:2 Tú", "msg:3 Un antiguo agente"]);
  });

  it("puts the unread separator right above the first unread message and starts a new run there", () => {
    const thread = [message(1, "2025-03-14T09:00:00Z"), message(2, "2025-03-14T09:01:00Z"), message(3, "2025-03-14T09:02:00Z")];
    const items = layoutThread(thread, { ...base, unread: { messageId: 2, count: 2 } });
    expect(summary(items)).toEqual(["day:Today", "msg:1 Lucía", "unread:2", "msg:2 Lucía", "msg:3"]);
  });
});
