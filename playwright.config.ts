import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STATE } from "./tests/fixtures";
import { chromiumArgs as args, chromiumExecutable as executablePath } from "./tests/support/chromium";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${PORT}`;

// The config is evaluated in every worker too; only the main process picks the data folder.
process.env.SWITCHBOARD_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "switchboard-e2e-"));

const LONG_THREAD = /long-thread\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath, args },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { launchOptions: { executablePath, args } } },
    {
      name: "desktop",
      dependencies: ["setup"],
      testIgnore: LONG_THREAD,
      use: { ...devices["Desktop Chrome"], storageState: ADMIN_STATE, launchOptions: { executablePath, args } },
    },
    {
      name: "phone",
      dependencies: ["setup"],
      // The reports' seeded data set is checked once, on desktop.
      testIgnore: [LONG_THREAD, /reports-data\.spec\.ts/],
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, storageState: ADMIN_STATE, launchOptions: { executablePath, args } },
    },
    {
      // The 20,000-message thread and the 2,000-conversation channel, measured once, on desktop,
      // after every other test: the bulk import fills the shared server's lists, which other specs
      // count (their rows are virtual too), and scrolling back through 400 pages takes minutes
      // (the virtual list is the same code at 390 px).
      name: "long-threads",
      dependencies: ["desktop", "phone"],
      testMatch: LONG_THREAD,
      use: { ...devices["Desktop Chrome"], storageState: ADMIN_STATE, launchOptions: { executablePath, args } },
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Sandbox mode whatever the caller's shell holds: the contract's variables are blanked.
    env: {
      DATA_DIR: process.env.SWITCHBOARD_E2E_DATA_DIR,
      PORT: String(PORT),
      NODE_ENV: "production",
      AFILNET_USER: "",
      AFILNET_PASSWORD: "",
      DATABASE_URL: "",
      PUBLIC_URL: "",
      AUTH_SECRET: "",
      ADMIN_EMAIL: "",
      ADMIN_PASSWORD: "",
      // Not the default (16 MB), so a test can tell the browser checks the server's own limits.
      FILE_LIMITS_MB: "image=2",
    },
  },
});
