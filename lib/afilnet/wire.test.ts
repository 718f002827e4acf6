import { describe, expect, it } from "vitest";
import { AfilnetTransportError } from "./errors";
import { row } from "./test-helpers";
import { parseChannelList, parseMessageList, parseSendResult, readEnvelope } from "./wire";

const CONTEXT = { platform: "whatsapp", platformId: "1001", destination: "34600111222" };
const parse = (rows: unknown[], method: "getmessages" | "getunreadmessages" | "getchats" = "getmessages") =>
  parseMessageList(method, { list: rows }, "Europe/Madrid", CONTEXT);

describe("readEnvelope", () => {
  it.each(["SUCCESS", "success", "Success"])("reads status %j as success", (status) => {
    expect(readEnvelope({ status, result: { list: [] } })).toEqual({ ok: true, result: { list: [] } });
  });

  it.each(["ERROR", "error", "Error"])("reads status %j as an error with its code", (status) => {
    expect(readEnvelope({ status, error: "CHAT_NOT_FOUND" })).toEqual({ ok: false, code: "CHAT_NOT_FOUND" });
  });

  it("keeps an undocumented code as sent and upper-cases a documented one", () => {
    expect(readEnvelope({ status: "ERROR", error: "Quota_Exceeded" })).toEqual({ ok: false, code: "Quota_Exceeded" });
    expect(readEnvelope({ status: "ERROR", error: "missing_user" })).toEqual({ ok: false, code: "MISSING_USER" });
    expect(readEnvelope({ status: "ERROR", error: 42 })).toEqual({ ok: false, code: "42" });
  });

  it.each([null, "SUCCESS", [], {}, { status: 1 }, { status: "DONE" }, { status: "ERROR" }, { status: "ERROR", error: " " }])(
    "is null for %j",
    (json) => {
      expect(readEnvelope(json)).toBeNull();
    },
  );
});

describe("parseChannelList", () => {
  it("normalises numeric platform ids to strings and tolerates a missing name", () => {
    expect(
      parseChannelList("getchatchannels", {
        list: [
          { platformid: 7, platform: "webchat", name: "Web" },
          { platformid: "8", platform: "telegram", name: null },
        ],
      }),
    ).toEqual([
      { platform: "webchat", platformId: "7", name: "Web" },
      { platform: "telegram", platformId: "8", name: "" },
    ]);
  });

  it("fails on a row without a platform id", () => {
    expect(() => parseChannelList("getchatchannels", { list: [{ platform: "webchat", name: "Web" }] })).toThrow(
      /row 0 has unreadable platformid/,
    );
  });
});

describe("parseMessageList", () => {
  it("reshapes a documented row into the app's message", () => {
    expect(parse([row()])).toEqual([
      {
        platform: "whatsapp",
        platformId: "1001",
        destination: "34600111222",
        messageId: "1",
        direction: "inbound",
        text: "Hola",
        status: "read",
        sentAt: new Date("2024-07-01T08:00:00Z"),
      },
    ]);
  });

  it("normalises numeric messageid, platformid and destination to strings", () => {
    const [m] = parse([row({ messageid: 42, platformid: 1001, destination: 34600111222 })]);
    expect(m).toMatchObject({ messageId: "42", platformId: "1001", destination: "34600111222" });
  });

  it.each<[unknown, "inbound" | "outbound"]>([
    [0, "inbound"],
    [1, "outbound"],
    ["0", "inbound"],
    ["1", "outbound"],
    [false, "inbound"],
    [true, "outbound"],
    ["false", "inbound"],
    ["true", "outbound"],
  ])("reads sent=%j as %s", (sent, direction) => {
    expect(parse([row({ sent })])[0].direction).toBe(direction);
  });

  it.each<[unknown, "inbound" | "outbound"]>([
    [0, "inbound"],
    [1, "outbound"],
    ["0", "inbound"],
    ["1", "outbound"],
    [false, "inbound"],
    [true, "outbound"],
    ["false", "inbound"],
    ["true", "outbound"],
  ])("reads issent=%j as %s in getunreadmessages", (issent, direction) => {
    expect(parse([row({ sent: undefined, issent })], "getunreadmessages")[0].direction).toBe(direction);
  });

  it("prefers the field the method documents when a row has both", () => {
    expect(parse([row({ sent: 1, issent: 0 })], "getunreadmessages")[0].direction).toBe("inbound");
    expect(parse([row({ sent: 1, issent: 0 })], "getmessages")[0].direction).toBe("outbound");
  });

  it("keeps the status raw, numbers as digits, and a missing one empty", () => {
    const statuses = parse([
      row({ messageid: "1", status: "DELIVERED" }),
      row({ messageid: "2", status: 3 }),
      row({ messageid: "3", status: "procesando" }),
      row({ messageid: "4", status: null }),
    ]).map((m) => m.status);
    expect(statuses).toEqual(["DELIVERED", "3", "procesando", ""]);
  });

  it("fills platform, platform id and destination from the request when a row leaves them out", () => {
    const [m] = parse([{ messageid: "5", message: "x", sent: 0, status: "", datetime: 1719820800 }]);
    expect(m).toMatchObject({ platform: "whatsapp", platformId: "1001", destination: "34600111222" });
  });

  it.each([
    ["no direction", { sent: undefined }, /sent\/issent/],
    ["an unreadable direction", { sent: "maybe" }, /row 0 has unreadable sent/],
    ["no messageid", { messageid: undefined }, /messageid/],
    ["an unreadable datetime", { datetime: "01/07/2024 10:00" }, /datetime/],
    ["an object as text", { message: { text: "hi" } }, /message/],
  ])("fails the call on a row with %s", (_label, overrides, pattern) => {
    const attempt = () => parse([row({ messageid: "1" }), row(overrides)].slice(-1));
    expect(attempt).toThrow(AfilnetTransportError);
    expect(attempt).toThrow(pattern);
  });

  it("never puts row values in the error, only field names", () => {
    const attempt = () => parse([row({ message: "secreto del cliente", datetime: "nunca" })]);
    expect(attempt).toThrow(/datetime/);
    expect(attempt).not.toThrow(/secreto|nunca/);
  });

  it("fails a getchats row without a destination, which is what identifies the chat", () => {
    expect(() =>
      parseMessageList("getchats", { list: [row({ destination: undefined })] }, "Europe/Madrid", {
        platform: "whatsapp",
        platformId: "1001",
      }),
    ).toThrow(/destination/);
  });
});

describe("parseSendResult", () => {
  it.each([undefined, null, "", {}, { credits: 1 }])("accepts result %j as sent without an id", (result) => {
    expect(parseSendResult(result)).toEqual({ messageId: null });
  });

  it.each([{ messageid: "77" }, { messageid: 77, extra: "x" }])("returns the message id of %j", (result) => {
    expect(parseSendResult(result)).toEqual({ messageId: "77" });
  });
});
