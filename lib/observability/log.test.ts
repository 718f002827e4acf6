import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { errorFields } from "./log";
import { routeLabel } from "./metrics";

let database: OpenDatabase;
beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
}, 60_000);
afterAll(() => database.close());

describe("errorFields", () => {
  it("keeps a failed query's parameters (what customers wrote) out of the log", async () => {
    const secret = `customer wrote ${randomUUID()}`;
    const error = await database.db
      .insert(conversations)
      .values({ channelId: randomUUID(), destination: "+34600", lastMessageText: secret })
      .catch((e: unknown) => e);
    expect(String((error as Error).message)).toContain(secret);
    const fields = errorFields(error);
    expect(fields.error).not.toContain(secret);
    expect(fields.errorCode).toBe("23503");
  });

  it("gives a plain error's class and message, cut to 300 characters", () => {
    expect(errorFields(new TypeError("x".repeat(1000))).error).toBe(`TypeError: ${"x".repeat(289)}`);
  });
});

describe("routeLabel", () => {
  it("turns ids into placeholders so a conversation is not a series of its own", () => {
    expect(routeLabel("/api/conversations/0b5e7c1e-9a55-4d3f-8a42-3f1c2b8e9d10/messages")).toBe("/api/conversations/:id/messages");
    expect(routeLabel("/api/messages/123/retry")).toBe("/api/messages/:n/retry");
    expect(routeLabel(`/files/${"a".repeat(43)}/photo.jpg`)).toBe("/files/:token/photo.jpg");
  });
});
