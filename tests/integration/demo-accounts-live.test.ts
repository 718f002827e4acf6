import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { seedSandbox } from "@/lib/sandbox/seed";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/node-server";
import { startApp, startAppExpectingExit } from "../support/app-server";
import { signIn } from "../support/session";

// The finding as reported: start once in sandbox mode, then restart live on the same DATA_DIR.
const PROVIDER = { user: "acme-support", password: "Pr0vider-Secret!" };
const OWNER = { email: "owner@acme.test", password: "owner-password-1" };

let database: OpenDatabase;
let provider: SandboxServer;
let dataDir: string;

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
  await seedSandbox(database.db);
  provider = await startSandboxServer({ db: database.db, credentials: PROVIDER });
  dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-demo-live-"));
});
afterAll(async () => {
  await provider?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const live = () => ({ AFILNET_USER: PROVIDER.user, AFILNET_PASSWORD: PROVIDER.password, AFILNET_API_URL: provider.apiUrl });
const signInStatus = async (url: string, email: string, password: string) =>
  (await fetch(`${url}/api/session`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify({ email, password }) })).status;

describe("demo accounts after a sandbox start", () => {
  it("never sign in to the live server started on the same DATA_DIR, and ADMIN_EMAIL does", { timeout: 180_000 }, async () => {
    const sandbox = await startApp(3305, {}, { dataDir });
    const demoCookie = await signIn(sandbox.url, "admin@switchboard.test", "switchboard-admin");
    await sandbox.stop();

    const app = await startApp(3306, { ...live(), ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password }, { dataDir });
    try {
      expect((await fetch(`${app.url}/api/health`).then((r) => r.json())).mode).toBe("live");
      expect(await signInStatus(app.url, "admin@switchboard.test", "switchboard-admin")).toBe(401);
      expect(await signInStatus(app.url, "agent@switchboard.test", "switchboard-agent")).toBe(401);
      // A session opened in sandbox mode does not survive into live mode either.
      expect((await fetch(`${app.url}/api/channels`, { headers: { cookie: demoCookie } })).status).toBe(401);
      expect(await signInStatus(app.url, OWNER.email, OWNER.password)).toBe(200);
      expect(app.output()).toContain("demo accounts from sandbox mode disabled");
    } finally {
      await app.stop();
    }
  });

  it("refuse a live start whose only agents are demo accounts, saying how to create the admin", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "switchboard-demo-only-"));
    try {
      const sandbox = await startApp(3307, {}, { dataDir: dir });
      await sandbox.stop();
      const { code, output } = await startAppExpectingExit(3308, { ...live(), DATA_DIR: dir });
      expect(code).toBe(1);
      expect(output).toContain("Set ADMIN_EMAIL and ADMIN_PASSWORD");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
