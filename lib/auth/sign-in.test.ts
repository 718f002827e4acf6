import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword } from "./password";
import { authenticate, signInSchema } from "./sign-in";
import { findSessionAgent } from "./sessions";
import { authFixture } from "./test-db";

let fx: Awaited<ReturnType<typeof authFixture>>;
beforeAll(async () => {
  fx = await authFixture();
  await fx.addAgent("ana@example.com", "right-password");
  await fx.addAgent("demo@switchboard.test", "published-password", { isDemo: true, role: "admin" });
  await fx.addAgent("gone@example.com", "right-password", { active: false });
}, 60_000);
afterAll(() => fx.close());

let addressSeq = 0;
// Each test its own client address, so one test's failures do not lock another's.
const freshClient = () => ({ address: `192.0.2.${++addressSeq}`, userAgent: "test" });
const attempt = (email: string, password: string, client = freshClient(), mode: "sandbox" | "live" = "sandbox") =>
  authenticate(fx.db, { mode }, { email, password }, client);

// An unknown email is checked against the cost-12 dummy hash (~0.3 s here).
describe("authenticate", { timeout: 60_000 }, () => {
  it("signs in with the right password and opens a server-side session", async () => {
    const result = await attempt("ana@example.com", "right-password");
    expect(result.outcome).toBe("signed-in");
    if (result.outcome !== "signed-in") return;
    expect(await findSessionAgent(fx.db, result.sessionId, "sandbox")).toMatchObject({ email: "ana@example.com", sessionId: result.sessionId });
  });

  it("locks an account after 5 failures, even against the right password, and says for how long", async () => {
    await fx.addAgent("bo@example.com", "right-password");
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await attempt("bo@example.com", "wrong")).outcome);
    expect(outcomes).toEqual(Array(5).fill("wrong-credentials"));
    const locked = await attempt("bo@example.com", "right-password");
    expect(locked.outcome).toBe("throttled");
    if (locked.outcome === "throttled") expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    if (locked.outcome === "throttled") expect(locked.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it("answers an unknown email exactly as a known one, lock included", async () => {
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push((await attempt("nobody@example.com", "wrong")).outcome);
    expect(outcomes).toEqual([...Array(5).fill("wrong-credentials"), "throttled"]);
  });

  it("locks a client address after 20 failures spread over many accounts", async () => {
    const client = freshClient();
    for (let i = 0; i < 20; i++) await fx.addAgent(`spray${i}@example.com`, "right-password");
    for (let i = 0; i < 20; i++) expect((await attempt(`spray${i}@example.com`, "wrong", client)).outcome).toBe("wrong-credentials");
    expect((await attempt("ana@example.com", "right-password", client)).outcome).toBe("throttled");
    expect((await attempt("ana@example.com", "right-password")).outcome).toBe("signed-in");
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    await fx.addAgent("cy@example.com", "right-password");
    for (let i = 0; i < 4; i++) await attempt("cy@example.com", "wrong");
    expect((await attempt("cy@example.com", "right-password")).outcome).toBe("signed-in");
    for (let i = 0; i < 4; i++) expect((await attempt("cy@example.com", "wrong")).outcome).toBe("wrong-credentials");
  });

  it("never lets a demo account in while the app is live, published password or not", async () => {
    expect((await attempt("demo@switchboard.test", "published-password", freshClient(), "sandbox")).outcome).toBe("signed-in");
    expect((await attempt("demo@switchboard.test", "published-password", freshClient(), "live")).outcome).toBe("wrong-credentials");
  });

  it("refuses a deactivated agent as if the password were wrong", async () => {
    expect((await attempt("gone@example.com", "right-password")).outcome).toBe("wrong-credentials");
  });
});

describe("password hashing", () => {
  it("checks unknown emails against a dummy hash of the same cost as real ones, so timing tells nothing", async () => {
    const real = await hashPassword("x".repeat(12));
    expect(DUMMY_HASH.slice(0, 7)).toBe(real.slice(0, 7));
  }, 30_000);
});

describe("signInSchema", () => {
  it("caps the password at the 72 bytes bcrypt reads, counted in bytes", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x".repeat(72) }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x".repeat(73) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "ñ".repeat(37) }).success).toBe(false);
  });

});
