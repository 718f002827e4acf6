import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv, publicUrlOf, readProcessEnv, type Env, type FileLimitType } from "./env";
import { loadOrCreateVapidKeys, newVapidKeys, type VapidKeys } from "./vapid-keys";

export type AfilnetAuthMode = Env["AFILNET_AUTH"];

export interface AppConfig {
  mode: "sandbox" | "live";
  afilnet: { user: string; password: string; auth: AfilnetAuthMode; apiUrl: string; timezone: string };
  database: { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };
  dataDir: string;
  port: number;
  publicUrl: string;
  authSecret: string;
  admin?: { email: string; password: string };
  /** How often a hot channel is polled (a customer writing, a reply in flight, an agent looking). */
  syncIntervalMs: number;
  /** How often a channel with nothing going on is polled; channels cool step by step down to it. */
  syncIdleIntervalMs: number;
  /** The most calls per second the sync engine makes to the provider, all channels together. */
  syncMaxRequestsPerSecond: number;
  /** The largest upload accepted per Afilnet file type, in bytes (FILE_LIMITS_MB). */
  fileLimits: Record<FileLimitType, number>;
  /** How many proxies in front of the app append to X-Forwarded-For (0: the socket's peer is the client). */
  trustProxyHops: number;
  logLevel: Env["LOG_LEVEL"];
  /** A bearer token that may read /api/metrics without a session (a Prometheus scraper). */
  metricsToken?: string;
  /** Web Push's application server keys (VAPID_*, else generated once into DATA_DIR). */
  vapid: VapidKeys & { subject: string };
}

/**
 * In sandbox mode the app's real client talks to the app's own Afilnet stand-in over HTTP,
 * with these credentials. They guard nothing secret: the sandbox only holds demo data.
 */
export const SANDBOX_CREDENTIALS = { user: "sandbox", password: "sandbox-password" } as const;

/** How often a quiet channel is polled in live mode when SYNC_IDLE_INTERVAL_MS is not set. */
export const DEFAULT_SYNC_IDLE_INTERVAL_MS = 30_000;

/**
 * `vapid` is the key pair kept in DATA_DIR, used when VAPID_* are not set; tests that never push
 * may leave it out and get a throwaway pair.
 */
export function buildConfig(env: Env, authSecret: string, generatedVapid?: VapidKeys): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR);
  const live = Boolean(env.AFILNET_USER && env.AFILNET_PASSWORD);
  const loopback = `http://127.0.0.1:${env.PORT}`;
  return {
    mode: live ? "live" : "sandbox",
    afilnet: live
      ? { user: env.AFILNET_USER!, password: env.AFILNET_PASSWORD!, auth: env.AFILNET_AUTH, apiUrl: env.AFILNET_API_URL, timezone: env.AFILNET_TIMEZONE }
      : { ...SANDBOX_CREDENTIALS, auth: env.AFILNET_AUTH, apiUrl: `${loopback}/sandbox/api/http/`, timezone: "Europe/Madrid" },
    database: env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: path.join(dataDir, "pglite") },
    dataDir,
    port: env.PORT,
    publicUrl: publicUrlOf(env),
    authSecret,
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    syncIntervalMs: env.SYNC_INTERVAL_MS,
    // In sandbox mode the "provider" is this very server and costs nothing: unless set, channels
    // do not cool, so the contact simulator's messages show at the hot pace.
    syncIdleIntervalMs: env.SYNC_IDLE_INTERVAL_MS ?? (live ? DEFAULT_SYNC_IDLE_INTERVAL_MS : env.SYNC_INTERVAL_MS),
    syncMaxRequestsPerSecond: env.SYNC_MAX_REQUESTS_PER_SECOND,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
    vapid: {
      ...(env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
        ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
        : (generatedVapid ?? newVapidKeys())),
      // Push services contact this address about a misbehaving sender.
      subject: env.VAPID_SUBJECT ?? `mailto:admin@${new URL(publicUrlOf(env)).hostname}`,
    },
    fileLimits: Object.fromEntries(
      Object.entries(env.FILE_LIMITS_MB).map(([type, mb]) => [type, Math.round(mb * 1024 * 1024)]),
    ) as Record<FileLimitType, number>,
  };
}

/** Reads AUTH_SECRET from DATA_DIR, creating it (mode 0600) on the first start. */
function loadOrCreateAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}

const globalForConfig = globalThis as unknown as { switchboardConfig?: AppConfig };

/** The validated configuration of this process; throws ConfigError on a bad variable. */
export function getConfig(): AppConfig {
  if (globalForConfig.switchboardConfig) return globalForConfig.switchboardConfig;
  const source = readProcessEnv();
  const env = parseEnv(source);
  const secret = env.AUTH_SECRET ?? loadOrCreateAuthSecret(path.resolve(env.DATA_DIR));
  const vapid = env.VAPID_PUBLIC_KEY ? undefined : loadOrCreateVapidKeys(path.resolve(env.DATA_DIR));
  const config = buildConfig(env, secret, vapid);
  // next-auth v4 builds its callback URLs from NEXTAUTH_URL; derive it from PUBLIC_URL.
  source.NEXTAUTH_URL ??= config.publicUrl;
  globalForConfig.switchboardConfig = config;
  return config;
}
