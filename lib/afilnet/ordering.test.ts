import { describe, expect, it } from "vitest";
import { latestPerChat, sortOldestFirst } from "./ordering";
import type { ProviderMessage } from "./types";

const message = (overrides: Partial<ProviderMessage>): ProviderMessage => ({
  platform: "whatsapp",
  platformId: "1001",
  destination: "34600000001",
  messageId: "1",
  direction: "inbound",
  text: "",
  status: "",
  sentAt: new Date("2024-07-01T10:00:00Z"),
  ...overrides,
});

describe("latestPerChat", () => {
  it("keeps the newest row of a destination by datetime", () => {
    const rows = [
      message({ messageId: "5", sentAt: new Date("2024-07-01T10:00:00Z"), text: "old" }),
      message({ messageId: "3", sentAt: new Date("2024-07-01T11:00:00Z"), text: "new" }),
      message({ messageId: "4", sentAt: new Date("2024-07-01T09:00:00Z"), text: "older" }),
    ];
    expect(latestPerChat(rows).map((m) => m.text)).toEqual(["new"]);
  });

  it("breaks a datetime tie by the larger numeric message id", () => {
    const rows = [message({ messageId: "10", text: "ten" }), message({ messageId: "9", text: "nine" })];
    expect(latestPerChat(rows).map((m) => m.text)).toEqual(["ten"]);
    expect(latestPerChat([...rows].reverse()).map((m) => m.text)).toEqual(["ten"]);
  });

  it("keeps one row per destination, newest chat first", () => {
    const rows = [
      message({ destination: "a", sentAt: new Date("2024-07-01T08:00:00Z") }),
      message({ destination: "b", sentAt: new Date("2024-07-01T12:00:00Z") }),
      message({ destination: "a", sentAt: new Date("2024-07-01T09:00:00Z"), messageId: "2" }),
      message({ destination: "c", sentAt: new Date("2024-07-01T10:00:00Z") }),
    ];
    expect(latestPerChat(rows).map((m) => [m.destination, m.messageId])).toEqual([
      ["b", "1"],
      ["c", "1"],
      ["a", "2"],
    ]);
  });

  it("does not merge the same destination on two channels", () => {
    const rows = [message({ platformId: "1" }), message({ platformId: "2" })];
    expect(latestPerChat(rows)).toHaveLength(2);
  });
});

describe("sortOldestFirst", () => {
  it("sorts by time, then numeric id, without touching its input", () => {
    const rows = [
      message({ messageId: "11", sentAt: new Date("2024-07-01T10:00:01Z") }),
      message({ messageId: "10", sentAt: new Date("2024-07-01T10:00:01Z") }),
      message({ messageId: "2", sentAt: new Date("2024-07-01T10:00:02Z") }),
      message({ messageId: "99", sentAt: new Date("2024-07-01T10:00:00Z") }),
    ];
    expect(sortOldestFirst(rows).map((m) => m.messageId)).toEqual(["99", "10", "11", "2"]);
    expect(rows.map((m) => m.messageId)).toEqual(["11", "10", "2", "99"]);
  });
});
