import "server-only";
import { createECDH } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Web Push's application server key pair (RFC 8292), base64url without padding. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const stored = z.object({ publicKey: z.string().min(80).max(100), privateKey: z.string().min(40).max(50) });

/** A fresh P-256 pair, in the shape browsers take as applicationServerKey (uncompressed point). */
export function newVapidKeys(): VapidKeys {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { publicKey: ecdh.getPublicKey().toString("base64url"), privateKey: ecdh.getPrivateKey().toString("base64url") };
}

/**
 * Reads the pair from DATA_DIR, creating it (mode 0600) on the first start, like the session
 * secret: browsers subscribe against the public key, so it must survive restarts. Several
 * instances do not share DATA_DIR, so they must set VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY.
 */
export function loadOrCreateVapidKeys(dataDir: string): VapidKeys {
  const file = path.join(dataDir, "vapid-keys.json");
  if (existsSync(file)) return stored.parse(JSON.parse(readFileSync(file, "utf8")));
  mkdirSync(dataDir, { recursive: true });
  const keys = newVapidKeys();
  try {
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: "wx" });
    return keys;
  } catch (error) {
    // Two processes of one instance started at once: the first one's pair wins.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return stored.parse(JSON.parse(readFileSync(file, "utf8")));
    throw error;
  }
}
