import { describe, expect, it } from "vitest";
import { startApp, startAppExpectingExit } from "../support/app-server";
import { createTestDatabase } from "../support/postgres";
import { signIn } from "../support/session";

describe("starting Switchboard", () => {
  it("stops on a bad variable with one line naming it", async () => {
    const { code, output } = await startAppExpectingExit(3121, { AFILNET_AUTH: "soap" });
    expect(code).toBe(1);
    expect(output).toContain("switchboard: Invalid configuration: AFILNET_AUTH must be one of post, basic, get");
  });

  it("refuses a half-set provider account, naming the missing variable", async () => {
    const { code, output } = await startAppExpectingExit(3122, { AFILNET_USER: "someone" });
    expect(code).toBe(1);
    expect(output).toContain("Invalid configuration: AFILNET_PASSWORD must be set too");
  });

  it("refuses to start in live mode with no agent, saying how to create the first admin", async () => {
    const { code, output } = await startAppExpectingExit(3123, {
      AFILNET_USER: "someone",
      AFILNET_PASSWORD: "secret-password-123",
      AFILNET_API_URL: "http://127.0.0.1:9/api/http/",
    });
    expect(code).toBe(1);
    expect(output).toContain("no agent exists yet");
    expect(output).toContain("Set ADMIN_EMAIL and ADMIN_PASSWORD");
    expect(output).toContain("npm run agent:create");
    expect(output).not.toContain("secret-password-123");
  });

  it("runs the same migrations on a PostgreSQL server and serves from it", async () => {
    const database = await createTestDatabase();
    const app = await startApp(3124, { DATABASE_URL: database.url });
    try {
      const health = await fetch(`${app.url}/api/health`).then((r) => r.json());
      expect(health).toEqual({ status: "ok", mode: "sandbox", database: { kind: "postgres", state: "ok" }, sync: { role: "leader" } });
      const cookie = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
      const res = await fetch(`${app.url}/api/channels`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect((await res.json()).channels).toHaveLength(3);
    } finally {
      await app.stop();
      await database.drop();
    }
  });
});
