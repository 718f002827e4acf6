import { describe, expect, it } from "vitest";
import { announcementFor } from "./new-message-announcer";
import { message } from "./test-data";
import { testTranslator } from "@/lib/i18n/test-translator";

const en = testTranslator("en", "thread.announce");

const AT = "2025-01-01T10:00:00.000Z";

describe("announcementFor", () => {
  it("names the customer and reads their new message", () => {
    expect(announcementFor([message(5, AT, { text: "Where is my order?" })], "Maria", "me", en)).toBe("New message from Maria: Where is my order?");
  });

  it("counts several and reads the latest", () => {
    const fresh = [message(5, AT, { text: "Hello" }), message(6, AT, { text: "Anyone there?" })];
    expect(announcementFor(fresh, "Maria", "me", en)).toBe("2 new messages. Latest from Maria: Anyone there?");
  });

  it("names a teammate's reply but stays silent for the agent's own and for replies not stored yet", () => {
    const mine = message(7, AT, { direction: "outbound", text: "On it", sentBy: { id: "me", name: "Ada" } });
    const pending = message(-1, AT, { direction: "outbound", text: "sending", sentBy: null });
    expect(announcementFor([mine, pending], "Maria", "me", en)).toBe("");
    const teammate = message(8, AT, { direction: "outbound", text: "Shipped today", sentBy: { id: "sam", name: "Sam Supervisor" } });
    expect(announcementFor([mine, teammate], "Maria", "me", en)).toBe("New message from Sam Supervisor: Shipped today");
  });

  it("speaks the agent's language", () => {
    const fresh = [message(5, AT, { text: "Bonjour" }), message(6, AT, { kind: "file", text: "", file: { name: "a.jpg" } as never })];
    expect(announcementFor(fresh, "Maria", "me", testTranslator("fr", "thread.announce"))).toBe("2 nouveaux messages. Le dernier de Maria\u00a0: un fichier");
    expect(announcementFor(fresh.slice(0, 1), "Maria", "me", testTranslator("es", "thread.announce"))).toBe("Mensaje nuevo de Maria: Bonjour");
  });

  it("cuts a long text and says 'a file' for a file without a caption", () => {
    const long = announcementFor([message(9, AT, { text: "x".repeat(500) })], "Maria", null, en);
    expect(long.length).toBeLessThan(200);
    expect(long.endsWith("…")).toBe(true);
    const file = message(10, AT, { kind: "file", text: "", file: { name: "a.jpg" } as never });
    expect(announcementFor([file], "Maria", null, en)).toBe("New message from Maria: a file");
  });
});
