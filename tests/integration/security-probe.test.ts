import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";

let app: RunningApp;
beforeAll(async () => {
  app = await startApp(3303);
});
afterAll(async () => app?.stop());

function runProbe(base: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, "../../scripts/security-probe.mjs"), base], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("the security probe a newcomer runs", () => {
  it("reports no failure on a fresh sandbox start", async () => {
    const { code, output } = await runProbe(app.url);
    expect(output).not.toContain("FAIL");
    expect(output).toMatch(/security probe of .*: 11 passed, 0 failed/);
    expect(code).toBe(0);
  }, 120_000);
});
