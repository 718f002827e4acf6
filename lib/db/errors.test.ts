import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "./client";
import { FOREIGN_KEY_VIOLATION, sqlState } from "./errors";
import { readMarkers } from "./schema";

let database: OpenDatabase;
beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
}, 60_000);
afterAll(() => database.close());

describe("sqlState", () => {
  it("finds the SQLSTATE of a foreign key violation through Drizzle's wrapping", async () => {
    const error = await database.db
      .insert(readMarkers)
      .values({ agentId: randomUUID(), conversationId: randomUUID(), channelId: randomUUID() })
      .catch((e: unknown) => e);
    expect(sqlState(error)).toBe(FOREIGN_KEY_VIOLATION);
  });

  it("answers undefined for errors that are not from the database", () => {
    expect(sqlState(new Error("plain"))).toBeUndefined();
    expect(sqlState({ code: "ECONNRESET" })).toBeUndefined();
    expect(sqlState(null)).toBeUndefined();
  });
});
