import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { conversationCursor, decodeCursor, encodeCursor, messageCursor } from "./cursor";

const raw = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the cursor to be refused");
}

describe("page cursors", () => {
  it("round-trips what encodeCursor hands out, at both ends of the range", () => {
    for (const at of [new Date("2026-11-29T10:00:00.123Z"), new Date("0001-01-01T00:00:00.000Z"), new Date("9999-12-31T23:59:59.999Z")]) {
      const id = randomUUID();
      expect(decodeCursor(encodeCursor(at, id), conversationCursor)).toEqual({ at, id });
      expect(decodeCursor(encodeCursor(at, 42), messageCursor)).toEqual({ at, id: "42" });
    }
  });

  it("reads no cursor as the first page", () => {
    expect(decodeCursor(null, conversationCursor)).toBeNull();
    expect(decodeCursor("", messageCursor)).toBeNull();
  });

  it.each([
    ["the year 0000", raw(["0000-01-01T00:00:00.000Z", randomUUID()])],
    ["an impossible month", raw(["2026-13-01T00:00:00.000Z", randomUUID()])],
    ["an id that is not a UUID", raw(["2026-01-01T00:00:00.000Z", "1"])],
    ["a third part", raw(["2026-01-01T00:00:00.000Z", randomUUID(), "x"])],
    ["no JSON at all", "%%%"],
    ["a huge blob", "A".repeat(10_000)],
  ])("refuses a conversation-list cursor with %s, as a 422", (_name, cursor) => {
    const error = refusal(() => decodeCursor(cursor, conversationCursor));
    expect([error.status, error.code, error.message]).toEqual([422, "invalid_input", "This page cursor is not valid. Reload the list."]);
  });

  it.each([
    ["a 20-digit id (past bigint)", raw(["2026-01-01T00:00:00.000Z", "99999999999999999999"])],
    ["an id past the safe integers", raw(["2026-01-01T00:00:00.000Z", "9007199254740993"])],
    ["a UUID id", raw(["2026-01-01T00:00:00.000Z", randomUUID()])],
    ["the year 0000", raw(["0000-01-01T00:00:00.000Z", "1"])],
  ])("refuses a thread cursor with %s, as a 422", (_name, cursor) => {
    const error = refusal(() => decodeCursor(cursor, messageCursor));
    expect([error.status, error.message]).toEqual([422, "This page cursor is not valid. Reload the conversation."]);
  });
});
