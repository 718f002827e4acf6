import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agentCreateSchema, agentUpdateSchema, cannedReplySchema, channelSettingsSchema, labelSchema, profileSchema } from "./settings";

const ok = { name: "Ana", email: "ana@example.com", password: "long-enough", role: "agent" as const };

describe("settings schemas (shared by the routes and the forms)", () => {
  it("count a password's bytes as bcrypt does: 72 ASCII pass, 37 two-byte characters (74 bytes) do not", () => {
    expect(agentCreateSchema.safeParse({ ...ok, password: "a".repeat(72) }).success).toBe(true);
    expect(agentCreateSchema.safeParse({ ...ok, password: "é".repeat(37) }).success).toBe(false);
  });

  it("bound capacity to whole numbers 1–500 and refuse an empty change", () => {
    expect(agentUpdateSchema.safeParse({ capacity: 500 }).success).toBe(true);
    for (const capacity of [0, 501, 2.5, Number.NaN]) expect(agentUpdateSchema.safeParse({ capacity }).success).toBe(false);
    expect(agentUpdateSchema.safeParse({}).success).toBe(false);
  });

  it("drop a typed leading slash from a shortcut and refuse spaces or 33 characters", () => {
    expect(cannedReplySchema.parse({ shortcut: "/thanks", body: "x" }).shortcut).toBe("thanks");
    expect(cannedReplySchema.safeParse({ shortcut: "two words", body: "x" }).success).toBe(false);
    expect(cannedReplySchema.safeParse({ shortcut: "a".repeat(33), body: "x" }).success).toBe(false);
    expect(cannedReplySchema.safeParse({ shortcut: "ok", body: "x".repeat(4097) }).success).toBe(false);
  });

  it("take a blank display name as none, lowercase colours, refuse NUL and unknown time zones", () => {
    expect(channelSettingsSchema.parse({ displayName: "   ", autoAssign: false }).displayName).toBeNull();
    expect(labelSchema.parse({ name: "VIP", color: "#AABBCC" }).color).toBe("#aabbcc");
    expect(labelSchema.safeParse({ name: "a\u0000b", color: "#aabbcc" }).success).toBe(false);
    expect(profileSchema.safeParse({ name: "Ana", timeZone: "Europe/Madrid" }).success).toBe(true);
    expect(profileSchema.safeParse({ name: "Ana", timeZone: "Mars/Olympus" }).success).toBe(false);
  });

  it("stay browser-safe: no server-only module behind them", () => {
    for (const file of ["settings.ts", "text.ts", "../teams/audit-kinds.ts"]) {
      expect(readFileSync(path.join(__dirname, file), "utf8")).not.toMatch(/import "server-only"|from "node:|Buffer\./);
    }
  });
});
