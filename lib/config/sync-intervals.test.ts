import { describe, expect, it } from "vitest";
import { buildConfig } from "./index";
import { ConfigError, parseEnv } from "./env";

const SECRET = "s".repeat(32);
const LIVE = { AFILNET_USER: "u", AFILNET_PASSWORD: "p" };
const config = (env: Record<string, string>) => buildConfig(parseEnv(env), SECRET);

describe("SYNC_IDLE_INTERVAL_MS", () => {
  it("defaults to 30 s in live mode, and to SYNC_INTERVAL_MS in sandbox mode (no cooling)", () => {
    expect(config(LIVE)).toMatchObject({ syncIntervalMs: 2000, syncIdleIntervalMs: 30_000 });
    expect(config({ SYNC_INTERVAL_MS: "1500" })).toMatchObject({ mode: "sandbox", syncIdleIntervalMs: 1500 });
  });

  it("takes a value, and refuses one below SYNC_INTERVAL_MS or not a whole number of milliseconds", () => {
    expect(config({ ...LIVE, SYNC_IDLE_INTERVAL_MS: "60000" }).syncIdleIntervalMs).toBe(60_000);
    expect(config({ SYNC_IDLE_INTERVAL_MS: "10000" }).syncIdleIntervalMs).toBe(10_000);
    expect(() => parseEnv({ SYNC_INTERVAL_MS: "5000", SYNC_IDLE_INTERVAL_MS: "4000" })).toThrow(
      new ConfigError("SYNC_IDLE_INTERVAL_MS", "must be at least SYNC_INTERVAL_MS (5000)"),
    );
    expect(() => parseEnv({ SYNC_IDLE_INTERVAL_MS: "soon" })).toThrow(/SYNC_IDLE_INTERVAL_MS must be a number of milliseconds/);
    expect(() => parseEnv({ SYNC_IDLE_INTERVAL_MS: "2500.5" })).toThrow(/SYNC_IDLE_INTERVAL_MS must be a whole number/);
  });
});
