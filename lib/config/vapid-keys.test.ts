import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";
import { buildConfig } from "./index";
import { loadOrCreateVapidKeys, newVapidKeys } from "./vapid-keys";

const SECRET = "s".repeat(32);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("VAPID keys", () => {
  it("are generated once into DATA_DIR (mode 0600) and the same pair is read back on the next start", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vapid-"));
    dirs.push(dir);
    const first = loadOrCreateVapidKeys(dir);
    expect(Buffer.from(first.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(first.privateKey, "base64url")).toHaveLength(32);
    expect(statSync(path.join(dir, "vapid-keys.json")).mode & 0o777).toBe(0o600);
    expect(loadOrCreateVapidKeys(dir)).toEqual(first);
  });

  it("come from VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when both are set, with a subject from PUBLIC_URL by default", () => {
    const keys = newVapidKeys();
    const config = buildConfig(parseEnv({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, PUBLIC_URL: "https://inbox.example.com" }), SECRET, newVapidKeys());
    expect(config.vapid).toEqual({ ...keys, subject: "mailto:admin@inbox.example.com" });
  });

  it("refuse one variable without the other, a key of the wrong size and a subject that is not mailto: or https:", () => {
    const keys = newVapidKeys();
    const problem = (env: Record<string, string>) => {
      try {
        parseEnv(env);
        return null;
      } catch (error) {
        return error instanceof ConfigError ? error.variable : "other";
      }
    };
    expect(problem({ VAPID_PUBLIC_KEY: keys.publicKey })).toBe("VAPID_PRIVATE_KEY");
    expect(problem({ VAPID_PRIVATE_KEY: keys.privateKey })).toBe("VAPID_PUBLIC_KEY");
    expect(problem({ VAPID_PUBLIC_KEY: keys.privateKey, VAPID_PRIVATE_KEY: keys.privateKey })).toBe("VAPID_PUBLIC_KEY");
    expect(problem({ VAPID_SUBJECT: "admin@example.com" })).toBe("VAPID_SUBJECT");
    expect(problem({ VAPID_SUBJECT: "https://example.com/contact" })).toBeNull();
  });
});
