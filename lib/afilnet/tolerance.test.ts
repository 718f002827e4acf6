import { describe, expect, it } from "vitest";
import {
  compareMessageIds,
  isValidZone,
  messageIdFromSendResult,
  normaliseId,
  normaliseMessageStatus,
  parseDirection,
  parseProviderDatetime,
  statusIs,
} from "./tolerance";

describe("statusIs", () => {
  it.each(["SUCCESS", "success", "Success", " success "])("reads %j as success", (value) => {
    expect(statusIs(value, "success")).toBe(true);
    expect(statusIs(value, "error")).toBe(false);
  });

  it.each(["ERROR", "error", "Error"])("reads %j as error", (value) => {
    expect(statusIs(value, "error")).toBe(true);
  });

  it.each([undefined, null, 1, true, "", "SUCCEEDED", "OK"])("reads %j as neither", (value) => {
    expect(statusIs(value, "success")).toBe(false);
    expect(statusIs(value, "error")).toBe(false);
  });
});

describe("normaliseId", () => {
  it.each<[unknown, string]>([
    ["123", "123"],
    [123, "123"],
    [0, "0"],
    [-1001234567890, "-1001234567890"],
    [" 77 ", "77"],
    ["abc-DEF_1", "abc-DEF_1"],
    ["007", "007"],
  ])("normalises %j to %j", (value, expected) => {
    expect(normaliseId(value)).toBe(expected);
  });

  it.each([undefined, null, "", "   ", 1.5, 2 ** 60, Number.NaN, true, {}, []])("refuses %j", (value) => {
    expect(normaliseId(value)).toBeNull();
  });
});

describe("parseDirection", () => {
  it.each([1, "1", true, "true", "TRUE", " 1 "])("reads %j as outbound (sent by the account)", (value) => {
    expect(parseDirection(value)).toBe("outbound");
  });

  it.each([0, "0", false, "false", "False"])("reads %j as inbound (from the contact)", (value) => {
    expect(parseDirection(value)).toBe("inbound");
  });

  it.each([undefined, null, 2, -1, "", "yes", "sent", {}])("refuses %j", (value) => {
    expect(parseDirection(value)).toBeNull();
  });
});

describe("parseProviderDatetime", () => {
  const madrid = (value: unknown) => parseProviderDatetime(value, "Europe/Madrid")?.toISOString() ?? null;

  it("reads a summer wall-clock time in Madrid as UTC+2", () => {
    expect(madrid("2024-07-01 10:00:00")).toBe("2024-07-01T08:00:00.000Z");
  });

  it("reads a winter wall-clock time in Madrid as UTC+1", () => {
    expect(madrid("2024-01-15 10:00:00")).toBe("2024-01-15T09:00:00.000Z");
  });

  it("switches offset on the night DST starts", () => {
    expect(madrid("2024-03-31 01:59:59")).toBe("2024-03-31T00:59:59.000Z");
    expect(madrid("2024-03-31 03:00:00")).toBe("2024-03-31T01:00:00.000Z");
    // 02:30 does not exist that night: moved forward to 03:30 CEST.
    expect(madrid("2024-03-31 02:30:00")).toBe("2024-03-31T01:30:00.000Z");
  });

  it("takes the standard-time offset for the hour that occurs twice when DST ends", () => {
    expect(madrid("2024-10-27 02:30:00")).toBe("2024-10-27T01:30:00.000Z");
  });

  it("uses the configured zone instead of Madrid", () => {
    expect(parseProviderDatetime("2024-07-01 10:00:00", "America/Mexico_City")?.toISOString()).toBe(
      "2024-07-01T16:00:00.000Z",
    );
    expect(parseProviderDatetime("2024-07-01 10:00:00", "UTC")?.toISOString()).toBe("2024-07-01T10:00:00.000Z");
  });

  it.each([
    ["2024-07-01T10:00:00+05:30", "2024-07-01T04:30:00.000Z"],
    ["2024-07-01T10:00:00Z", "2024-07-01T10:00:00.000Z"],
    ["2024-07-01T10:00:00.250-03:00", "2024-07-01T13:00:00.250Z"],
    ["2024-07-01 10:00:00+05:30", "2024-07-01T04:30:00.000Z"],
  ])("reads ISO 8601 with an offset, %s, ignoring the provider zone", (value, expected) => {
    expect(madrid(value)).toBe(expected);
  });

  it("reads ISO 8601 without an offset in the provider zone", () => {
    expect(madrid("2024-07-01T10:00:00")).toBe("2024-07-01T08:00:00.000Z");
  });

  it.each([
    [1719820800, "2024-07-01T08:00:00.000Z"],
    ["1719820800", "2024-07-01T08:00:00.000Z"],
    [1719820800.5, "2024-07-01T08:00:00.500Z"],
  ])("reads Unix seconds %j", (value, expected) => {
    expect(madrid(value)).toBe(expected);
  });

  it.each([undefined, null, "", "yesterday", "2024-02-30 10:00:00", "2024-07-01 25:00:00", 0, -5, Number.NaN, {}])(
    "refuses %j",
    (value) => {
      expect(madrid(value)).toBeNull();
    },
  );
});

describe("isValidZone", () => {
  it("knows IANA zones", () => {
    expect(isValidZone("Europe/Madrid")).toBe(true);
    expect(isValidZone("Atlantic/Canary")).toBe(true);
    expect(isValidZone("Europe/Atlantis")).toBe(false);
  });
});

describe("normaliseMessageStatus", () => {
  it.each<[unknown, string]>([
    ["sent", "sent"],
    ["Delivered", "Delivered"],
    ["en_cola_🤷", "en_cola_🤷"],
    [2, "2"],
    [0, "0"],
    [null, ""],
    [undefined, ""],
    ["", ""],
  ])("keeps %j as %j", (value, expected) => {
    expect(normaliseMessageStatus(value)).toBe(expected);
  });

  it.each([{}, [], true, Number.POSITIVE_INFINITY])("refuses %j", (value) => {
    expect(normaliseMessageStatus(value)).toBeNull();
  });
});

describe("messageIdFromSendResult", () => {
  it.each([undefined, null, "", {}, [], "OK", true, 1, { queued: true }])(
    "accepts %j as a success without an id",
    (value) => {
      expect(messageIdFromSendResult(value)).toBeNull();
    },
  );

  it.each([
    [{ messageid: "991" }, "991"],
    [{ messageid: 991 }, "991"],
    [{ messageid: "991", credits: 1 }, "991"],
    [{ messageId: 5 }, "5"],
  ])("takes the id from %j", (value, expected) => {
    expect(messageIdFromSendResult(value)).toBe(expected);
  });
});

describe("compareMessageIds", () => {
  it("compares numeric ids as numbers", () => {
    expect(compareMessageIds("9", "10")).toBeLessThan(0);
    expect(compareMessageIds("100", "99")).toBeGreaterThan(0);
    expect(compareMessageIds("12345678901234567891", "12345678901234567890")).toBeGreaterThan(0);
    expect(compareMessageIds("7", "7")).toBe(0);
  });

  it("compares other ids as strings", () => {
    expect(compareMessageIds("wamid.B", "wamid.A")).toBeGreaterThan(0);
    expect(compareMessageIds("9a", "10a")).toBeGreaterThan(0);
  });
});
