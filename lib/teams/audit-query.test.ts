import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authFixture } from "@/lib/auth/test-db";
import { auditLog } from "@/lib/db/schema";
import { auditQuerySchema } from "@/lib/validation/settings";
import { recordAudit } from "./audit";
import { AUDIT_PAGE_SIZE, listAudit } from "./audit-query";
import { auditSignIn } from "./sign-in-audit";

let fx: Awaited<ReturnType<typeof authFixture>>;
let ana: { id: string; email: string };
beforeAll(async () => {
  fx = await authFixture();
  const row = await fx.addAgent("ana@example.com", "ana-password", { role: "admin", name: "Ana" });
  ana = { id: row.id, email: row.email };
}, 60_000);
afterAll(() => fx.close());

const query = (raw: Record<string, string>) => auditQuerySchema.parse(raw);

describe("sign-in audit", () => {
  it("records a sign-in with the actor and address, a failure for an unknown email without an actor (email cut to 254), never a password", async () => {
    await auditSignIn(fx.db, "ana@example.com", { outcome: "signed-in", agentId: ana.id, sessionId: crypto.randomUUID() }, "192.0.2.1");
    const long = `${"x".repeat(300)}@example.com`;
    await auditSignIn(fx.db, long, { outcome: "wrong-credentials" }, "192.0.2.2");
    await auditSignIn(fx.db, "ana@example.com", { outcome: "wrong-credentials" }, "192.0.2.3");
    await auditSignIn(fx.db, "ana@example.com", { outcome: "throttled", retryAfterSeconds: 5 }, "192.0.2.4");
    const page = await listAudit(fx.db, query({}), "UTC");
    expect(page.entries.map((e) => [e.kind, e.actor?.id ?? null, e.address])).toEqual([
      ["sign_in_failed", ana.id, "192.0.2.3"],
      ["sign_in_failed", null, "192.0.2.2"],
      ["sign_in", ana.id, "192.0.2.1"],
    ]);
    expect(page.entries[1].after).toEqual({ email: long.slice(0, 254) });
    expect(page.entries[2].actor).toEqual({ id: ana.id, email: "ana@example.com", name: "Ana" });
  });
});

describe("listAudit", () => {
  it("pages newest first with a keyset cursor, filtered by actor, kind and days in the reader's zone", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await recordAudit(fx.db, { actor: ana, kind: "label.created", target: { type: "label", id: `l${i}` } });
    const first = await listAudit(fx.db, query({ kind: "label.created", actor: ana.id }), "UTC");
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0].target).toEqual({ type: "label", id: `l${AUDIT_PAGE_SIZE + 4}` });
    const second = await listAudit(fx.db, query({ kind: "label.created", cursor: first.nextCursor! }), "UTC");
    expect(second.entries.map((e) => e.target!.id)).toEqual(["l4", "l3", "l2", "l1", "l0"]);
    expect(second.nextCursor).toBeNull();
    expect((await listAudit(fx.db, query({ actor: crypto.randomUUID() }), "UTC")).entries).toEqual([]);
  });

  it("takes whole days in the reader's time zone, the 'to' day included", async () => {
    // 23:30 UTC on 1 March is already 2 March in Madrid (UTC+1).
    await fx.db.insert(auditLog).values({ kind: "sign_out", at: new Date("2026-03-01T23:30:00Z") });
    const on = (tz: string, day: string) => listAudit(fx.db, query({ kind: "sign_out", from: day, to: day }), tz).then((p) => p.entries.length);
    expect(await on("UTC", "2026-03-01")).toBe(1);
    expect(await on("Europe/Madrid", "2026-03-01")).toBe(0);
    expect(await on("Europe/Madrid", "2026-03-02")).toBe(1);
  });

  it("refuses bad filters in the schema (unknown kind, impossible date, from after to)", () => {
    expect(auditQuerySchema.safeParse({ kind: "nope" }).success).toBe(false);
    expect(auditQuerySchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(auditQuerySchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(auditQuerySchema.safeParse({ cursor: "0" }).success).toBe(false);
    expect(auditQuerySchema.parse({ actor: "", kind: "" })).toEqual({});
  });
});
